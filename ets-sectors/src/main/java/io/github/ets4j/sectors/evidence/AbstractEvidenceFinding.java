package io.github.ets4j.sectors.evidence;

import io.github.ets4j.core.internal.Checks;
import io.github.ets4j.core.EtsValidationException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A finding on the evidence of one key parameter of one month: missing, or uploaded late.
 *
 * <p>Names the parameter, the problem, the rule broken (with its source), the report month, the
 * deadline and, for a late document, its id and upload date. Made by
 * {@link EvidenceDeadline#findings(YearMonth, java.util.Map)}; {@link #describe()} gives the text a
 * reviewer puts in a return. Immutable and thread-safe.
 */
@Value.Immutable
abstract class AbstractEvidenceFinding {

  /**
   * The key parameter, e.g. {@code "bituminous coal consumption"}.
   *
   * @return the parameter name
   */
  public abstract String parameter();

  /**
   * What is wrong.
   *
   * @return the problem
   */
  public abstract EvidenceProblem problem();

  /**
   * The rule broken, with its source, e.g.
   * {@code "upload within 40 calendar days after the month ends (AG-STEEL-2024 §10.2 [V])"}.
   *
   * @return the rule
   */
  public abstract String rule();

  /**
   * The report month.
   *
   * @return the month
   */
  public abstract YearMonth month();

  /**
   * The last day on which the upload was on time.
   *
   * @return the deadline
   */
  public abstract LocalDate deadline();

  /**
   * The id of the late document.
   *
   * @return the id, empty for missing evidence
   */
  public abstract Optional<String> documentId();

  /**
   * The upload date of the late document.
   *
   * @return the date, empty for missing evidence
   */
  public abstract Optional<LocalDate> uploaded();

  /**
   * The number of calendar days the document came after the deadline.
   *
   * @return the days, empty for missing evidence
   */
  public final Optional<Long> daysLate() {
    return uploaded().map(u -> ChronoUnit.DAYS.between(deadline(), u));
  }

  /**
   * Describes the finding in one sentence, e.g.
   * {@code "2025-01 bituminous coal consumption: LATE, document LEDGER-01 uploaded 2025-03-14, 2 days after the
   * deadline 2025-03-12 (upload within 40 calendar days after the month ends (AG-STEEL-2024 §10.2 [V]))"}.
   *
   * @return the text
   */
  public final String describe() {
    String what = problem() == EvidenceProblem.MISSING
        ? "MISSING, no evidence uploaded by the deadline " + deadline()
        : "LATE, document " + documentId().orElse("?") + " uploaded " + uploaded().map(Object::toString).orElse("?")
            + ", " + daysLate().orElse(0L) + " days after the deadline " + deadline();
    return month() + " " + parameter() + ": " + what + " (" + rule() + ")";
  }

  @Value.Check
  void check() {
    Checks.notBlank("parameter", parameter());
    Checks.notBlank("rule", rule());
    boolean late = problem() == EvidenceProblem.LATE;
    if (late != uploaded().isPresent() || late != documentId().isPresent()) {
      throw new EtsValidationException("problem", problem(),
          "a LATE finding names the document and its upload date, a MISSING one neither");
    }
    if (late && !uploaded().get().isAfter(deadline())) {
      throw new EtsValidationException("uploaded", uploaded().get(), "is not after the deadline " + deadline());
    }
  }
}
