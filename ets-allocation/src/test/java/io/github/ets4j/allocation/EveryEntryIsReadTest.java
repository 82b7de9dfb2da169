package io.github.ets4j.allocation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ets4j.core.rules.RuleEntry;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A catalogue entry that no code reads is a figure the rules only pretend to apply: every row key of the allocation
 * table must be read by the rulebook of some year, and every rule-value constant of the main code must be read
 * somewhere besides its declaration and the {@code ruleValues()} lists.
 */
class EveryEntryIsReadTest {
  private static final Pattern CONSTANT = Pattern.compile("static final RuleValue (\\w+)\\s*=");
  /**
   * Flags that state a behaviour of the code rather than a figure it computes with: listed so that the assumption
   * is visible, with no other behaviour to switch to. NON_PORTLAND_FROM_2027: from 2027 non-Portland lines are
   * allocated like Portland lines (ProducerClass.NON_PORTLAND_CLINKER), the only rule the library has for them.
   */
  private static final Set<String> BEHAVIOUR_FLAGS = Set.of("NON_PORTLAND_FROM_2027");

  @Test
  void everyRowKeyIsReadByTheRulebookOfSomeYear() {
    Set<String> read = new TreeSet<>();
    for (int y = 2019; y <= PlanYears.lastRulesYear().getValue(); y++) {
      for (RuleValue value : Rulebook.chinaNational(Year.of(y)).ruleValues()) {
        read.add(value.entry().key());
      }
    }
    Set<String> unread = new TreeSet<>(AllocationFigures.chinaNational().keys());
    unread.removeAll(read);
    assertEquals(Set.of(), unread, "row keys of AllocationFigures read by no rulebook");
  }

  @Test
  void everyRowOfTheTableIsInForceInSomeRulebook() {
    List<RuleEntry> unused = new ArrayList<>();
    for (RuleEntry row : AllocationFigures.chinaNational().rows()) {
      boolean used = false;
      for (int y = row.firstYear().getValue(); y <= row.lastYear().orElse(row.firstYear()).getValue() && !used; y++) {
        int year = y;
        used = Rulebook.chinaNational(Year.of(y)).ruleValues().stream()
            .anyMatch(v -> v.entry().key().equals(row.key()) && v.source().equals(row.source())
                && v.entry().isInForce(Year.of(year)));
      }
      if (!used) {
        unused.add(row);
      }
    }
    assertEquals(List.of(), unused, "rows that no rulebook of their years reads");
  }

  @Test
  void everyRuleValueConstantIsReadBesidesItsListing() throws IOException {
    List<Path> sources = new ArrayList<>();
    for (String module : List.of("ets-allocation", "ets-study")) {
      Path main = Path.of("..", module, "src", "main", "java");
      if (Files.isDirectory(main)) {
        try (Stream<Path> files = Files.walk(main)) {
          sources.addAll(files.filter(p -> p.toString().endsWith(".java")).collect(Collectors.toList()));
        }
      }
    }
    assertTrue(sources.size() > 50, "found the main sources: " + sources.size());
    Map<String, String> declaredIn = new TreeMap<>();
    List<String> lines = new ArrayList<>();
    for (Path source : sources) {
      String text = Files.readString(source, StandardCharsets.UTF_8);
      Matcher m = CONSTANT.matcher(text);
      while (m.find()) {
        declaredIn.put(m.group(1), source.getFileName().toString());
      }
      lines.addAll(text.lines().collect(Collectors.toList()));
    }
    assertTrue(declaredIn.containsKey("BP_DECIMALS"), "the scan finds the constants: " + declaredIn.keySet());
    List<String> unread = new ArrayList<>();
    for (String name : declaredIn.keySet()) {
      Pattern use = Pattern.compile("\\b" + name + "\\b");
      boolean read = lines.stream().map(String::trim)
          .filter(line -> !line.startsWith("*") && !line.startsWith("/") && !line.startsWith("//"))
          .filter(line -> !CONSTANT.matcher(line).find())
          .filter(line -> !line.matches(".*\\badd\\(\\s*" + name + "\\s*\\);.*") && !line.contains("List.of("))
          .anyMatch(line -> use.matcher(line).find());
      if (!read && !BEHAVIOUR_FLAGS.contains(name)) {
        unread.add(name + " (" + declaredIn.get(name) + ")");
      }
    }
    assertEquals(List.of(), unread, "rule-value constants read by no code");
  }
}
