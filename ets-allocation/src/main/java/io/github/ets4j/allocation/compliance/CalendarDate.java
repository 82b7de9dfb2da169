package io.github.ets4j.allocation.compliance;

import io.github.ets4j.core.internal.Checks;
import io.github.ets4j.core.Sector;
import io.github.ets4j.core.Source;
import java.time.LocalDate;
import java.time.Year;
import java.util.Objects;
import java.util.Optional;
import javax.annotation.Nullable;

/**
 * One row of the compliance calendar: for a sector and data year, the deadline of a {@link Milestone} with its
 * source, or the statement that the year has no such step (industry had no pre-allocation for 2024 data,
 * PLAN-IND-2425 [V]). Immutable and thread-safe.
 */
public final class CalendarDate {
  private final Sector sector;
  private final Year dataYear;
  private final Milestone milestone;
  @Nullable private final LocalDate date;
  private final Source source;

  private CalendarDate(Sector sector, Year dataYear, Milestone milestone, @Nullable LocalDate date, Source source) {
    this.sector = sector;
    this.dataYear = dataYear;
    this.milestone = milestone;
    this.date = date;
    this.source = source;
  }

  /**
   * A deadline.
   *
   * @param sector the sector
   * @param dataYear the data (compliance) year the step belongs to
   * @param milestone the step
   * @param date the deadline (the step is done by this day)
   * @param source where the date is read
   * @return the row
   * @throws io.github.ets4j.core.EtsValidationException if an argument is null
   */
  public static CalendarDate of(Sector sector, Year dataYear, Milestone milestone, LocalDate date, Source source) {
    return new CalendarDate(Checks.notNull("sector", sector), Checks.notNull("dataYear", dataYear),
        Checks.notNull("milestone", milestone), Checks.notNull("date", date), Checks.notNull("source", source));
  }

  /**
   * A step that the year does not have (e.g. no pre-allocation).
   *
   * @param sector the sector
   * @param dataYear the data year
   * @param milestone the step
   * @param source where it is said
   * @return the row, without a date
   * @throws io.github.ets4j.core.EtsValidationException if an argument is null
   */
  public static CalendarDate none(Sector sector, Year dataYear, Milestone milestone, Source source) {
    return new CalendarDate(Checks.notNull("sector", sector), Checks.notNull("dataYear", dataYear),
        Checks.notNull("milestone", milestone), null, Checks.notNull("source", source));
  }

  /**
   * The sector.
   *
   * @return the sector
   */
  public Sector sector() {
    return sector;
  }

  /**
   * The data (compliance) year.
   *
   * @return the year
   */
  public Year dataYear() {
    return dataYear;
  }

  /**
   * The step.
   *
   * @return the milestone
   */
  public Milestone milestone() {
    return milestone;
  }

  /**
   * The deadline.
   *
   * @return the date, or empty when the year has no such step
   */
  public Optional<LocalDate> date() {
    return Optional.ofNullable(date);
  }

  /**
   * Where the date is read.
   *
   * @return the source
   */
  public Source source() {
    return source;
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof CalendarDate)) {
      return false;
    }
    CalendarDate that = (CalendarDate) other;
    return that.sector == sector && that.dataYear.equals(dataYear) && that.milestone == milestone
        && Objects.equals(that.date, date) && that.source.equals(source);
  }

  @Override
  public int hashCode() {
    return Objects.hash(sector, dataYear, milestone, date, source);
  }

  /**
   * Renders the row, e.g. {@code "POWER 2024 ANNUAL_REPORT by 2025-03-31 (N25 ... [V])"}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return sector + " " + dataYear + " " + milestone + (date == null ? " none" : " by " + date) + " (" + source + ")";
  }
}
