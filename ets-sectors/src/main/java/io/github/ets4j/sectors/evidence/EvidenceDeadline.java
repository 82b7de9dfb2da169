package io.github.ets4j.sectors.evidence;

import io.github.ets4j.core.internal.Checks;
import io.github.ets4j.core.Confidence;
import io.github.ets4j.core.EtsValidationException;
import io.github.ets4j.core.Evidence;
import io.github.ets4j.core.Source;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The deadline for the evidence of a month's key parameters, and the check that turns late or missing
 * evidence into findings.
 *
 * <p>Evidence is due within {@link #days()} calendar days after the month ends: 40 days by AG-STEEL-2024
 * §10.2 [V], the catalogue entry {@link #chinaNational()}. The last day counts: for January 2025 (ending on
 * the 31st) the deadline is 2025-03-12, and an upload that day is on time. Reading "within 40 days" as
 * inclusive is an <b>assumption</b> of this project; a caller who reads it as exclusive uses
 * {@code EvidenceDeadline.of(39, source)}. An upload before the month ends is on time. Immutable and
 * thread-safe.
 */
public final class EvidenceDeadline {

  /** Source of the 40-day deadline. */
  public static final Source SOURCE = Source.of("AG-STEEL-2024", "§10.2", Confidence.OFFICIAL);

  private static final EvidenceDeadline CHINA_NATIONAL = new EvidenceDeadline(40, SOURCE);

  private final int days;
  private final Source source;

  private EvidenceDeadline(int days, Source source) {
    this.days = days;
    this.source = source;
  }

  /**
   * The deadline of the national ETS: 40 calendar days after the month ends (AG-STEEL-2024 §10.2 [V]).
   *
   * @return the catalogue entry
   */
  public static EvidenceDeadline chinaNational() {
    return CHINA_NATIONAL;
  }

  /**
   * Creates another deadline, e.g. for a study or a later guideline.
   *
   * @param days calendar days after the month ends, 0 to 366
   * @param source where the figure comes from
   * @return the deadline
   * @throws EtsValidationException if the days are out of range or the source is null
   */
  public static EvidenceDeadline of(int days, Source source) {
    if (days < 0 || days > 366) {
      throw new EtsValidationException("days", days, "must be between 0 and 366");
    }
    return new EvidenceDeadline(days, Checks.notNull("source", source));
  }

  /**
   * The last day on which evidence for a month is on time.
   *
   * @param month the report month
   * @return the month's last day plus {@link #days()}
   */
  public LocalDate deadlineFor(YearMonth month) {
    Checks.notNull("month", month);
    return month.atEndOfMonth().plusDays(days);
  }

  /**
   * Checks the evidence of each key parameter of a month.
   *
   * <p>A parameter without any evidence gives one MISSING finding; each document uploaded after the
   * deadline gives one LATE finding. Findings are ordered by parameter name (natural {@code String}
   * order), then upload date.
   *
   * @param month the report month
   * @param evidenceByParameter the evidence of each key parameter; an empty collection means none was uploaded
   * @return the findings; empty when everything is on time
   * @throws EtsValidationException if an argument, a parameter name or an evidence item is null, or a
   *     parameter name is blank
   */
  public List<EvidenceFinding> findings(YearMonth month, Map<String, ? extends Collection<Evidence>> evidenceByParameter) {
    Checks.notNull("month", month);
    Checks.notNull("evidenceByParameter", evidenceByParameter);
    LocalDate deadline = deadlineFor(month);
    String rule = rule();
    List<EvidenceFinding> findings = new ArrayList<>();
    Map<String, Collection<Evidence>> sorted = new TreeMap<>();
    evidenceByParameter.forEach((parameter, evidence) ->
        sorted.put(Checks.notBlank("parameter", parameter), Checks.notNull("evidence of " + parameter, evidence)));
    sorted.forEach((parameter, evidence) -> {
      if (evidence.isEmpty()) {
        findings.add(EvidenceFinding.builder().parameter(parameter).problem(EvidenceProblem.MISSING).rule(rule)
            .month(month).deadline(deadline).build());
      }
      List<Evidence> late = new ArrayList<>();
      for (Evidence e : evidence) {
        if (Checks.notNull("evidence of " + parameter, e).uploaded().isAfter(deadline)) {
          late.add(e);
        }
      }
      late.sort((a, b) -> a.uploaded().compareTo(b.uploaded()));
      for (Evidence e : late) {
        findings.add(EvidenceFinding.builder().parameter(parameter).problem(EvidenceProblem.LATE).rule(rule)
            .month(month).deadline(deadline).documentId(e.documentId()).uploaded(e.uploaded()).build());
      }
    });
    return List.copyOf(findings);
  }

  private String rule() {
    return "upload within " + days + " calendar days after the month ends (" + source + ")";
  }

  /**
   * The number of calendar days after the month's end.
   *
   * @return the days
   */
  public int days() {
    return days;
  }

  /**
   * Where the figure comes from.
   *
   * @return the source
   */
  public Source source() {
    return source;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof EvidenceDeadline && ((EvidenceDeadline) other).days == days
        && ((EvidenceDeadline) other).source.equals(source);
  }

  @Override
  public int hashCode() {
    return Objects.hash(days, source);
  }

  /**
   * Describes the deadline, e.g. {@code "40 calendar days after the month ends (AG-STEEL-2024 §10.2 [V])"}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return days + " calendar days after the month ends (" + source + ")";
  }
}
