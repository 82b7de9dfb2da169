package io.github.ets4j.core;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import javax.annotation.Nonnull;
import javax.annotation.meta.TypeQualifierDefault;

/**
 * JSR-305 default that makes every method return value of a package non-null unless annotated
 * {@code @Nullable}. Together with {@code @ParametersAreNonnullByDefault} on every package it makes
 * the whole public API of ets4j null-hostile.
 */
@Documented
@Nonnull
@TypeQualifierDefault(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface ReturnValuesAreNonnullByDefault {}
