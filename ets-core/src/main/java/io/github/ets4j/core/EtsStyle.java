package io.github.ets4j.core;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of ets4j, placed on every {@code package-info.java} of the project.
 *
 * <p>Immutables styles do not merge: a style on a single type would replace the package style, so
 * no type carries its own. The style implements the "sandwich": a package-private {@code AbstractX}
 * is written by hand and the generated public class is {@code X}, so users see one name.
 *
 * <p>Immutables' own null and completeness checks stay on (its simple validation): a null argument
 * or a builder built without a required attribute throws a {@link MissingValueException}, an {@link
 * EtsValidationException} naming the field, rather than a {@link NullPointerException} or {@link
 * IllegalStateException}.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    typeAbstract = "Abstract*",
    typeImmutable = "*",
    visibility = Value.Style.ImplementationVisibility.PUBLIC,
    jdkOnly = true,
    defaults = @Value.Immutable(copy = true),
    throwForNullPointer = MissingValueException.class,
    throwForInvalidImmutableState = MissingValueException.class)
public @interface EtsStyle {}
