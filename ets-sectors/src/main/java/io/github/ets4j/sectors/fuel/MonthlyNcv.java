package io.github.ets4j.sectors.fuel;

import io.github.ets4j.core.internal.Checks;
import io.github.ets4j.core.EtsValidationException;
import io.github.ets4j.sectors.internal.ReportingPrecision;
import java.math.BigDecimal;
import java.util.List;

/**
 * A month's NCV from several measurements (AG-STEEL-2024 §6.2.2.3 and §6.2.2.4 [V]): for a solid fuel
 * the batch values weighted by batch quantity; for a gas or liquid fuel tested several times in a month
 * the arithmetic mean. Results are the reported NCV, 3 decimals. Holds no state. Immutable and
 * thread-safe.
 */
public final class MonthlyNcv {
  private MonthlyNcv() {}

  /**
   * The batch-weighted NCV {@code Σ q_b × NCV_b / Σ q_b} of a solid fuel.
   *
   * @param quantities the batch quantities, t, each zero or more, not all zero
   * @param ncvs the batch NCVs, GJ/t, in the same order
   * @return the month's NCV, 3 decimals
   * @throws EtsValidationException if the lists differ in length, are empty, hold a negative value or
   *     the quantities add up to zero
   */
  public static BigDecimal batchWeighted(List<BigDecimal> quantities, List<BigDecimal> ncvs) {
    Checks.notNull("quantities", quantities);
    Checks.notNull("ncvs", ncvs);
    if (quantities.size() != ncvs.size() || quantities.isEmpty()) {
      throw new EtsValidationException("ncvs", ncvs.size() + " values for " + quantities.size() + " batches",
          "one NCV per batch, at least one batch");
    }
    BigDecimal quantity = BigDecimal.ZERO;
    BigDecimal heat = BigDecimal.ZERO;
    for (int i = 0; i < quantities.size(); i++) {
      BigDecimal q = Checks.nonNegative("quantities[" + i + "]", quantities.get(i));
      quantity = quantity.add(q);
      heat = heat.add(q.multiply(Checks.nonNegative("ncvs[" + i + "]", ncvs.get(i))));
    }
    Checks.positive("total batch quantity", quantity);
    return ReportingPrecision.ncv(heat.divide(quantity, ReportingPrecision.DIVISION));
  }

  /**
   * The arithmetic mean of a gas or liquid fuel's NCV tests in one month.
   *
   * @param tests the test results, GJ per unit, at least one, each zero or more
   * @return the month's NCV, 3 decimals
   * @throws EtsValidationException if there is no test or a test is negative
   */
  public static BigDecimal mean(List<BigDecimal> tests) {
    Checks.notNull("tests", tests);
    if (tests.isEmpty()) {
      throw new EtsValidationException("tests", "[]", "no test in the month: use the default NCV (AG-STEEL-2024 §6.2.2.4)");
    }
    BigDecimal sum = BigDecimal.ZERO;
    for (int i = 0; i < tests.size(); i++) {
      sum = sum.add(Checks.nonNegative("tests[" + i + "]", tests.get(i)));
    }
    return ReportingPrecision.ncv(sum.divide(BigDecimal.valueOf(tests.size()), ReportingPrecision.DIVISION));
  }
}
