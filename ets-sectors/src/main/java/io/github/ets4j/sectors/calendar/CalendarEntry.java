package io.github.ets4j.sectors.calendar;

import io.github.ets4j.core.Sector;
import io.github.ets4j.core.Source;
import io.github.ets4j.core.internal.Checks;
import java.time.LocalDate;
import java.time.Year;
import java.util.Objects;
import java.util.Optional;
import javax.annotation.Nullable;

/**
 * One row of the reporting calendar: for a sector and data year, the date of a {@link CalendarStep} with its
 * source, or the statement that the year has no such step (industry had no pre-allocation and no monthly
 * evidence for 2024 data, N25 [V]). Immutable and thread-safe.
 */
public final class CalendarEntry {
  private final Sector sector;
  private final Year dataYear;
  private final CalendarStep step;
  @Nullable private final LocalDate date;
  private final Source source;

  private CalendarEntry(Sector sector, Year dataYear, CalendarStep step, @Nullable LocalDate date, Source source) {
    this.sector = sector;
    this.dataYear = dataYear;
    this.step = step;
    this.date = date;
    this.source = source;
  }

  /**
   * A dated step.
   *
   * @param sector the sector
   * @param dataYear the data (compliance) year the step belongs to
   * @param step the step
   * @param date the date (a deadline: the step is done by this day)
   * @param source where the date is read
   * @return the row
   * @throws io.github.ets4j.core.EtsValidationException if an argument is null
   */
  public static CalendarEntry of(Sector sector, Year dataYear, CalendarStep step, LocalDate date, Source source) {
    return new CalendarEntry(Checks.notNull("sector", sector), Checks.notNull("dataYear", dataYear),
        Checks.notNull("step", step), Checks.notNull("date", date), Checks.notNull("source", source));
  }

  /**
   * A step the year does not have.
   *
   * @param sector the sector
   * @param dataYear the data year
   * @param step the step
   * @param source where it is said
   * @return the row, without a date
   * @throws io.github.ets4j.core.EtsValidationException if an argument is null
   */
  public static CalendarEntry none(Sector sector, Year dataYear, CalendarStep step, Source source) {
    return new CalendarEntry(Checks.notNull("sector", sector), Checks.notNull("dataYear", dataYear),
        Checks.notNull("step", step), null, Checks.notNull("source", source));
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
   * @return the step
   */
  public CalendarStep step() {
    return step;
  }

  /**
   * The date.
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

  /**
   * Tells whether this row is for the same sector, data year and step as another.
   *
   * @param other the other row
   * @return true when both are for one step
   */
  public boolean sameStep(CalendarEntry other) {
    Checks.notNull("other", other);
    return other.sector == sector && other.dataYear.equals(dataYear) && other.step == step;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    if (!(other instanceof CalendarEntry)) {
      return false;
    }
    CalendarEntry that = (CalendarEntry) other;
    return sameStep(that) && Objects.equals(that.date, date) && that.source.equals(source);
  }

  @Override
  public int hashCode() {
    return Objects.hash(sector, dataYear, step, date, source);
  }

  /**
   * Renders the row, e.g. {@code "POWER 2024 ANNUAL_REPORT by 2025-03-31 (N25 ... [V])"}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return sector + " " + dataYear + " " + step + (date == null ? " none" : " by " + date) + " (" + source + ")";
  }
}
