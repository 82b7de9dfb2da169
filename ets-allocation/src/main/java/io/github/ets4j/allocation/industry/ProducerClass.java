package io.github.ets4j.allocation.industry;

import io.github.ets4j.core.Sector;
import java.time.Year;

/**
 * A producer that the sector's list does not (or not yet) take in (coverage.md "Who is on the list" [V N25,
 * N26-A1]): it reports its verified emissions but is not allocated. A unit without a producer class is a listed
 * producer: a Portland clinker line, a long-process (blast furnace / converter) steel enterprise.
 */
public enum ProducerClass {
  /**
   * A cement line that makes non-Portland clinker (sulfo-/ferro-aluminate, aluminate): reports only for the
   * 2024–2026 data years; the cement allocation and BP cover Portland lines only [D allocation.md; V N26-A1].
   * From 2027 such lines are on the list [V N26-A1] and, their rule being unknown, allocated like the Portland
   * lines [A].
   */
  NON_PORTLAND_CLINKER(Sector.CEMENT, 2026),
  /**
   * An independent electric-arc steel producer (no blast furnace or converter): only long-process producers are
   * listed, so it reports only, every year [V N25, N26-A1].
   */
  ELECTRIC_ARC_ONLY(Sector.STEEL, Integer.MAX_VALUE);

  private final Sector sector;
  private final int lastReportOnlyYear;

  ProducerClass(Sector sector, int lastReportOnlyYear) {
    this.sector = sector;
    this.lastReportOnlyYear = lastReportOnlyYear;
  }

  /**
   * The sector of such producers.
   *
   * @return cement or steel
   */
  public Sector sector() {
    return sector;
  }

  /**
   * Tells whether such a producer only reports in a data year.
   *
   * @param year the data (compliance) year
   * @return true when it is not on the year's list
   */
  public boolean reportOnlyIn(Year year) {
    return year.getValue() <= lastReportOnlyYear;
  }

  /**
   * Why such a producer is not allocated, in words.
   *
   * @return the reason with its source
   */
  public String reason() {
    return this == NON_PORTLAND_CLINKER
        ? "non-Portland clinker line: reports only for 2024-2026 data, joins the list from 2027 (N26-A1 [V])"
        : "electric-arc-only steel producer: only long-process producers are listed (N25, N26-A1 [V])";
  }
}
