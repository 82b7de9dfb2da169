package io.github.ets4j.allocation.power;

import io.github.ets4j.allocation.AllocationUnits;
import java.math.BigDecimal;

/**
 * The whole-tonne floor of a product of non-negative decimals ({@code Ae = floor(Qe × Be × Ff)}, {@code Ah =
 * floor(Qh × Bh)}), the digits and scale of {@code AllocationUnits.WHOLE_TONNES_FLOOR.round(a.multiply(b)...)},
 * decided on doubles when they can (a zero factor gives 0 at once: the product is exactly zero). Qe × Be × Ff has some twenty digits, beyond a {@code long}'s 63 bits, so the
 * decimal product goes through {@code BigInteger} and a long division by 10^k; the doubles need two multiplications.
 *
 * <p>Each factor's double is within 2^-53 (1.1e-16) of it, relative, and each product adds one more rounding, so the
 * double product of three is within 5.6e-16 of the exact one, relative. The floor of the double is taken when the
 * double lies farther than {@code 1e-13 ×} itself (some two hundred times that error) from both neighbouring whole
 * tonnes, and the product is below 2^53 (every whole double exact); factors or products outside the doubles' normal
 * range and the rare product within the bound of a whole tonne take the decimal route.
 * {@code ProductFloorProperties} checks both routes agree. Stateless; thread-safe.
 */
final class ProductFloor {
  private static final double RELATIVE_BOUND = 1e-13;
  private static final double EXACT_WHOLE = 0x1p53;
  private static final double SMALLEST = 1e-290;

  private ProductFloor() {}

  /** {@code floor(a × b × c)}, whole tonnes, scale 0. */
  static BigDecimal of(BigDecimal a, BigDecimal b, BigDecimal c) {
    if (a.signum() == 0 || b.signum() == 0 || c.signum() == 0) {
      return BigDecimal.ZERO;
    }
    double x = a.doubleValue();
    double y = b.doubleValue();
    double z = c.doubleValue();
    long whole = Math.min(x, Math.min(y, z)) >= Double.MIN_NORMAL ? screened(x * y * z) : -1;
    return whole >= 0 ? BigDecimal.valueOf(whole) : AllocationUnits.WHOLE_TONNES_FLOOR.round(a.multiply(b).multiply(c));
  }

  /** {@code floor(a × b)}, whole tonnes, scale 0. */
  static BigDecimal of(BigDecimal a, BigDecimal b) {
    if (a.signum() == 0 || b.signum() == 0) {
      return BigDecimal.ZERO;
    }
    double x = a.doubleValue();
    double y = b.doubleValue();
    long whole = Math.min(x, y) >= Double.MIN_NORMAL ? screened(x * y) : -1;
    return whole >= 0 ? BigDecimal.valueOf(whole) : AllocationUnits.WHOLE_TONNES_FLOOR.round(a.multiply(b));
  }

  /**
   * The floor of a double product of normal doubles when its error bound clears the whole tonnes beside it, else −1.
   */
  static long screened(double product) {
    // A product of normal doubles that is itself normal: every rounding was relative (no underflow, no overflow).
    if (!(product >= SMALLEST && product < EXACT_WHOLE)) {
      return -1;
    }
    double whole = Math.floor(product);
    double bound = RELATIVE_BOUND * product;
    return product - whole > bound && whole + 1 - product > bound ? (long) whole : -1;
  }
}
