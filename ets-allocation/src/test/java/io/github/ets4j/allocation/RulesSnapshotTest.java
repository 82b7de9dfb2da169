package io.github.ets4j.allocation;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ets4j.core.Sector;
import io.github.ets4j.sectors.calendar.CalendarStep;
import io.github.ets4j.sectors.calendar.ReportingCalendar;
import io.github.ets4j.sectors.defaults.DefaultCatalogue;
import io.github.ets4j.sectors.defaults.DefaultValue;
import io.github.ets4j.sectors.defaults.PlausibilityRange;
import io.github.ets4j.sectors.defaults.PowerUpdate2026;
import io.github.ets4j.sectors.evidence.EvidenceDeadline;
import io.github.ets4j.sectors.power.BoilerType;
import io.github.ets4j.sectors.power.NationalFactorDatabase;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The safety net of the rules: every rule value the national rulebooks of 2019–2030 hold, every step of the
 * reporting calendar of those data years, every entry and range of the MRV default catalogue and the power
 * guideline's 2026 update (first year, database version rule, boiler types) and the 40-day evidence rule, one line
 * each, sorted, compared with {@code rules-snapshot.txt}. Any change of a figure,
 * unit, source or confidence fails here until the snapshot is rewritten on purpose
 * ({@code -Dets4j.snapshot.update=true}), so the history of the file lists every changed figure.
 */
class RulesSnapshotTest {
  private static final String RESOURCE = "rules-snapshot.txt";
  private static final Path SOURCE_FILE = Paths.get("src", "test", "resources", RESOURCE);

  static List<String> liveLines() {
    TreeSet<String> lines = new TreeSet<>();
    for (int y = 2019; y <= 2030; y++) {
      Rulebook book = Rulebook.chinaNational(Year.of(y));
      String year = "rulebook " + y + " | ";
      List<RuleValue> seen = new ArrayList<>();
      seen.addAll(add(lines, year + "POWER policy | ", book.powerPolicy().ruleValues()));
      seen.addAll(add(lines, year + "POWER special shares | ", book.powerSpecialShares().ruleValues()));
      for (Sector sector : Sector.values()) {
        Optional<AllocationPolicy<?>> policy = book.policy(sector);
        if (sector != Sector.POWER && policy.isPresent()) {
          seen.addAll(add(lines, year + sector + " policy | ", policy.get().ruleValues()));
        }
        if (book.coveredSectors().contains(sector)) {
          seen.addAll(add(lines, year + sector + " pre-allocation | ", List.of(book.preAllocationShare(sector))));
        }
      }
      seen.addAll(add(lines, year + "compliance | ", book.compliance().ruleValues()));
      seen.addAll(add(lines, year + "inclusion | ", List.of(book.inclusionThreshold())));
      // Whatever else the rulebook holds (a part this test does not walk yet) still enters the snapshot.
      List<RuleValue> other = new ArrayList<>(book.ruleValues());
      other.removeAll(seen);
      add(lines, year + "other | ", other);
      // Every step of the reporting calendar (the compliance steps and the monitoring ones: evidence, lists, plans).
      for (Sector sector : book.coveredSectors()) {
        for (CalendarStep step : CalendarStep.values()) {
          ReportingCalendar.chinaNational().find(sector, Year.of(y), step)
              .ifPresent(row -> lines.add("calendar " + row.dataYear() + " | " + row));
        }
      }
    }
    for (DefaultValue entry : DefaultCatalogue.chinaNational().entries()) {
      lines.add("catalogue | " + entry.key() + " | "
          + entry.sectors().stream().map(Sector::name).sorted().collect(Collectors.joining(",")) + " | "
          + entry.firstYear() + "-" + entry.lastYear().map(Year::toString).orElse("") + " | "
          + entry.value().stripTrailingZeros().toPlainString() + " " + entry.unit() + " | " + entry.source()
          + " | " + entry.description());
    }
    for (PlausibilityRange range : DefaultCatalogue.chinaNational().ranges()) {
      lines.add("range | " + range.key() + " | "
          + range.sectors().stream().map(Sector::name).sorted().collect(Collectors.joining(",")) + " | "
          + range.firstYear() + "-" + range.lastYear().map(Year::toString).orElse("") + " | physical "
          + range.physicalMin().stripTrailingZeros().toPlainString() + "–"
          + range.physicalMax().stripTrailingZeros().toPlainString() + ", plausible "
          + range.plausibleMin().stripTrailingZeros().toPlainString() + "–"
          + range.plausibleMax().stripTrailingZeros().toPlainString() + " " + range.unit() + " | " + range.source()
          + " | " + range.description());
    }
    add(lines, "plan years | ", List.of(PlanYears.LAST_PLAN_YEAR, PlanYears.LAST_RULES_YEAR));
    EvidenceDeadline evidence = EvidenceDeadline.chinaNational();
    lines.add("evidence | monthly evidence due, days after the month ends | " + evidence.days() + " d | "
        + evidence.source());
    // The power guideline's 2026 update: the year it applies from, the database version rule, the boiler types.
    lines.add("power update | first reporting year | " + PowerUpdate2026.FIRST_REPORTING_YEAR + " | "
        + PowerUpdate2026.SOURCE);
    lines.add("power update | factor database version in force on | " + NationalFactorDatabase.VERSION_CUT_OFF
        + " of the year before | " + NationalFactorDatabase.VERSION_RULE);
    lines.add("power update | boiler types | " + Stream.of(BoilerType.values()).map(BoilerType::name)
        .collect(Collectors.joining(",")) + " | " + BoilerType.SOURCE);
    return new ArrayList<>(lines);
  }

  private static List<RuleValue> add(TreeSet<String> lines, String prefix, List<RuleValue> values) {
    for (RuleValue value : values) {
      lines.add(prefix + value);
    }
    return values;
  }

  @Test
  void liveRulesEqualTheSnapshot() throws IOException {
    List<String> live = liveLines();
    if (Boolean.getBoolean("ets4j.snapshot.update")) {
      Files.write(SOURCE_FILE, live, StandardCharsets.UTF_8);
      return;
    }
    List<String> stored;
    try (InputStream in = RulesSnapshotTest.class.getResourceAsStream("/" + RESOURCE)) {
      assertTrue(in != null, "missing test resource " + RESOURCE + ": run with -Dets4j.snapshot.update=true");
      stored = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().collect(Collectors.toList());
    }
    List<String> gone = new ArrayList<>(stored);
    gone.removeAll(live);
    List<String> added = new ArrayList<>(live);
    added.removeAll(stored);
    StringBuilder diff = new StringBuilder();
    gone.forEach(line -> diff.append("\n- ").append(line));
    added.forEach(line -> diff.append("\n+ ").append(line));
    assertTrue(diff.length() == 0, () -> "the rules differ from " + RESOURCE
        + " (rewrite it with -Dets4j.snapshot.update=true if the change is meant):" + diff);
  }
}
