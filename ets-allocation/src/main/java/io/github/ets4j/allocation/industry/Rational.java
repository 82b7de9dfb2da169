package io.github.ets4j.allocation.industry;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * An exact fraction of two big integers, used only when a floor to whole tonnes cannot be decided from the
 * 34-digit value (the unfloored allocation lies within 1e-12 t of a whole tonne). Immutable and thread-safe.
 */
final class Rational {
  static final Rational ZERO = new Rational(BigInteger.ZERO, BigInteger.ONE);
  static final Rational ONE = new Rational(BigInteger.ONE, BigInteger.ONE);

  private final BigInteger num;
  private final BigInteger den;

  private Rational(BigInteger num, BigInteger den) {
    this.num = num;
    this.den = den;
  }

  private static Rational reduced(BigInteger num, BigInteger den) {
    if (den.signum() < 0) {
      num = num.negate();
      den = den.negate();
    }
    // The denominator is never zero (divide refuses a zero divisor), so the gcd is at least 1.
    BigInteger gcd = num.gcd(den);
    return new Rational(num.divide(gcd), den.divide(gcd));
  }

  static Rational of(BigDecimal value) {
    return value.scale() <= 0 ? new Rational(value.toBigIntegerExact(), BigInteger.ONE)
        : reduced(value.unscaledValue(), BigInteger.TEN.pow(value.scale()));
  }

  Rational add(Rational o) {
    return reduced(num.multiply(o.den).add(o.num.multiply(den)), den.multiply(o.den));
  }

  Rational subtract(Rational o) {
    return reduced(num.multiply(o.den).subtract(o.num.multiply(den)), den.multiply(o.den));
  }

  Rational multiply(Rational o) {
    return reduced(num.multiply(o.num), den.multiply(o.den));
  }

  Rational divide(Rational o) {
    if (o.num.signum() == 0) {
      throw new ArithmeticException("division by zero");
    }
    return reduced(num.multiply(o.den), den.multiply(o.num));
  }

  int compareTo(Rational o) {
    return num.multiply(o.den).compareTo(o.num.multiply(den));
  }

  Rational negate() {
    return new Rational(num.negate(), den);
  }

  /** The largest integer not above this value. */
  BigDecimal floor() {
    BigInteger[] qr = num.divideAndRemainder(den);
    BigInteger q = qr[1].signum() < 0 ? qr[0].subtract(BigInteger.ONE) : qr[0];
    return new BigDecimal(q);
  }

  @Override
  public String toString() {
    return num + "/" + den;
  }
}
