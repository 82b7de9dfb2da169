package io.github.ets4j.core;

import io.github.ets4j.core.internal.Checks;
import java.time.Year;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.annotation.Nullable;

/**
 * A sector that is announced for the national ETS but not covered: its entities report (verified emissions
 * with a supplementary data report) and are never allocated. N26 §四 [V]: petrochemicals, chemicals, flat
 * glass, copper smelting, paper and civil aviation report their 2025 emissions (entities of at least 26,000 t);
 * no coverage year is set (coverage.md "Who is on the list").
 *
 * <p>Not a {@link Sector}: no allocation rule, benchmark or compliance step takes one, so such an entity cannot
 * be allocated by mistake. The six announced sectors are constants; a user adds another with
 * {@link #of(String, String, Year, Source)}, without editing the covered sectors. When a sector becomes covered
 * it becomes a {@link Sector}. Immutable and thread-safe.
 */
public final class AnnouncedSector {
  /** Source of the six announced sectors and their first report year. */
  public static final Source N26_REPORTING = Source.of("N26", "§四: report 2025 emissions with a supplementary data"
      + " report, no coverage year set", Confidence.OFFICIAL);
  private static final Year FIRST_REPORT_YEAR = Year.of(2025);

  /** Petrochemicals (石化). */
  public static final AnnouncedSector PETROCHEMICALS = national("petrochemicals", "石化");
  /** Chemicals (化工). */
  public static final AnnouncedSector CHEMICALS = national("chemicals", "化工");
  /** Flat glass (平板玻璃). */
  public static final AnnouncedSector FLAT_GLASS = national("flat-glass", "平板玻璃");
  /** Copper smelting (铜冶炼). */
  public static final AnnouncedSector COPPER_SMELTING = national("copper-smelting", "铜冶炼");
  /** Paper (造纸). */
  public static final AnnouncedSector PAPER = national("paper", "造纸");
  /** Civil aviation (民航). */
  public static final AnnouncedSector CIVIL_AVIATION = national("civil-aviation", "民航");

  private static final List<AnnouncedSector> NATIONAL = List.of(PETROCHEMICALS, CHEMICALS, FLAT_GLASS,
      COPPER_SMELTING, PAPER, CIVIL_AVIATION);

  private final String code;
  private final String chineseName;
  private final Year firstReportYear;
  private final Source source;

  private AnnouncedSector(String code, String chineseName, Year firstReportYear, Source source) {
    this.code = code;
    this.chineseName = chineseName;
    this.firstReportYear = firstReportYear;
    this.source = source;
  }

  private static AnnouncedSector national(String code, String chineseName) {
    return new AnnouncedSector(code, chineseName, FIRST_REPORT_YEAR, N26_REPORTING);
  }

  /**
   * Another announced sector (e.g. of a later notice).
   *
   * @param code a lower-case code of words joined by hyphens, e.g. {@code "ceramics"}
   * @param chineseName the sector's Chinese name
   * @param firstReportYear the first data year its entities report
   * @param source where the announcement is read
   * @return the sector
   * @throws EtsValidationException if an argument is null or blank, or the code is not lower-case words joined by
   *     hyphens, or is the code of a covered sector
   */
  public static AnnouncedSector of(String code, String chineseName, Year firstReportYear, Source source) {
    Checks.notBlank("code", code);
    if (!code.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
      throw new EtsValidationException("code", code, "must be lower-case words joined by hyphens, e.g. \"ceramics\"");
    }
    for (Sector covered : Sector.values()) {
      if (covered.name().equalsIgnoreCase(code)) {
        throw new EtsValidationException("code", code, "is a covered sector; use Sector." + covered);
      }
    }
    return new AnnouncedSector(code, Checks.notBlank("chineseName", chineseName),
        Checks.notNull("firstReportYear", firstReportYear), Checks.notNull("source", source));
  }

  /**
   * The six sectors announced by N26 §四.
   *
   * @return an unmodifiable list
   */
  public static List<AnnouncedSector> national() {
    return NATIONAL;
  }

  /**
   * The sector's code, e.g. {@code "flat-glass"}.
   *
   * @return the code
   */
  public String code() {
    return code;
  }

  /**
   * The Chinese name, e.g. {@code "平板玻璃"}.
   *
   * @return the name
   */
  public String chineseName() {
    return chineseName;
  }

  /**
   * The first data year the sector's entities report (2025 for the six of N26).
   *
   * @return the year
   */
  public Year firstReportYear() {
    return firstReportYear;
  }

  /**
   * Tells whether the sector's entities report a data year.
   *
   * @param year the data year
   * @return true from {@link #firstReportYear()} on
   */
  public boolean reportsIn(Year year) {
    return !Checks.notNull("year", year).isBefore(firstReportYear);
  }

  /**
   * The first year the sector is covered: none is set (N26 §四 [V]).
   *
   * @return empty
   */
  public Optional<Year> coverageYear() {
    return Optional.empty();
  }

  /**
   * Where the announcement is read.
   *
   * @return the source
   */
  public Source source() {
    return source;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof AnnouncedSector && ((AnnouncedSector) other).code.equals(code)
        && ((AnnouncedSector) other).chineseName.equals(chineseName)
        && ((AnnouncedSector) other).firstReportYear.equals(firstReportYear)
        && ((AnnouncedSector) other).source.equals(source);
  }

  @Override
  public int hashCode() {
    return Objects.hash(code, chineseName, firstReportYear, source);
  }

  /**
   * Renders the sector's code, e.g. {@code "flat-glass"}.
   *
   * @return the code
   */
  @Override
  public String toString() {
    return code;
  }
}
