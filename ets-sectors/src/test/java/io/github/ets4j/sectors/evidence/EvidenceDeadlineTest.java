package io.github.ets4j.sectors.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ets4j.core.Confidence;
import io.github.ets4j.core.EtsValidationException;
import io.github.ets4j.core.Evidence;
import io.github.ets4j.core.EvidenceKind;
import io.github.ets4j.core.Source;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EvidenceDeadlineTest {
  private static final String SHA = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
  private static final YearMonth JANUARY = YearMonth.of(2025, 1);

  private static Evidence ev(String id, LocalDate uploaded) {
    return Evidence.of(EvidenceKind.LEDGER, id, SHA, uploaded);
  }

  @Test
  void fortyCalendarDaysAfterTheMonthEnds() {
    EvidenceDeadline d = EvidenceDeadline.chinaNational();
    assertEquals(40, d.days());
    assertEquals(Source.of("AG-STEEL-2024", "§10.2", Confidence.OFFICIAL), d.source());
    // 31 Jan 2025 + 40 days: 28 days to 28 Feb, 12 more to 12 Mar.
    assertEquals(LocalDate.of(2025, 3, 12), d.deadlineFor(JANUARY));
    // 29 Feb 2024 (leap year) + 40 days: 31 to 31 Mar, 9 more to 9 Apr.
    assertEquals(LocalDate.of(2024, 4, 9), d.deadlineFor(YearMonth.of(2024, 2)));
    // 31 Dec 2025 + 40 days = 9 Feb 2026.
    assertEquals(LocalDate.of(2026, 2, 9), d.deadlineFor(YearMonth.of(2025, 12)));
  }

  @Test
  void lateAndMissingEvidenceAreFindingsNotExceptions() {
    Map<String, List<Evidence>> evidence = new LinkedHashMap<>();
    evidence.put("clinker output", List.of(ev("PROD-01", LocalDate.of(2025, 3, 12))));
    evidence.put("bituminous coal consumption",
        List.of(ev("LEDGER-01", LocalDate.of(2025, 3, 14)), ev("SETTLE-01", LocalDate.of(2025, 2, 3))));
    evidence.put("NCV of bituminous coal", List.of());
    List<EvidenceFinding> findings = EvidenceDeadline.chinaNational().findings(JANUARY, evidence);
    assertEquals(2, findings.size());
    // Ordered by parameter name (String order: upper-case "NCV" before lower-case "bituminous").
    EvidenceFinding late = findings.get(1);
    assertEquals("bituminous coal consumption", late.parameter());
    assertEquals(EvidenceProblem.LATE, late.problem());
    assertEquals(LocalDate.of(2025, 3, 12), late.deadline());
    assertEquals(Optional.of(LocalDate.of(2025, 3, 14)), late.uploaded());
    assertEquals(Optional.of("LEDGER-01"), late.documentId());
    assertEquals(Optional.of(2L), late.daysLate());
    assertEquals(JANUARY, late.month());
    assertEquals("upload within 40 calendar days after the month ends (AG-STEEL-2024 §10.2 [V])", late.rule());
    assertEquals("2025-01 bituminous coal consumption: LATE, document LEDGER-01 uploaded 2025-03-14, 2 days after the "
        + "deadline 2025-03-12 (upload within 40 calendar days after the month ends (AG-STEEL-2024 §10.2 [V]))",
        late.describe());
    EvidenceFinding missing = findings.get(0);
    assertEquals("NCV of bituminous coal", missing.parameter());
    assertEquals(EvidenceProblem.MISSING, missing.problem());
    assertEquals(Optional.empty(), missing.daysLate());
    assertTrue(missing.describe().startsWith("2025-01 NCV of bituminous coal: MISSING, no evidence uploaded by the deadline 2025-03-12"),
        missing.describe());
  }

  @Test
  void eachLateDocumentIsOneFindingInUploadOrder() {
    List<EvidenceFinding> findings = EvidenceDeadline.chinaNational().findings(JANUARY,
        Map.of("coal", List.of(ev("B", LocalDate.of(2025, 4, 1)), ev("A", LocalDate.of(2025, 3, 13)))));
    assertEquals(2, findings.size());
    assertEquals(Optional.of("A"), findings.get(0).documentId());
    assertEquals(Optional.of(1L), findings.get(0).daysLate());
    assertEquals(Optional.of("B"), findings.get(1).documentId());
    assertEquals(List.of(), EvidenceDeadline.chinaNational().findings(JANUARY,
        Map.of("coal", List.of(ev("C", LocalDate.of(2025, 1, 15))))));
  }

  @Test
  void otherDeadlinesAndBadInput() {
    EvidenceDeadline ten = EvidenceDeadline.of(10, Source.of("study", "10 days", Confidence.ASSUMED));
    assertEquals(LocalDate.of(2025, 2, 10), ten.deadlineFor(JANUARY));
    assertEquals("10 calendar days after the month ends (study 10 days [A])", ten.toString());
    assertEquals(ten, EvidenceDeadline.of(10, Source.of("study", "10 days", Confidence.ASSUMED)));
    assertEquals(ten.hashCode(), EvidenceDeadline.of(10, Source.of("study", "10 days", Confidence.ASSUMED)).hashCode());
    assertNotEquals(ten, EvidenceDeadline.chinaNational());
    assertNotEquals(ten, (Object) "x");
    assertEquals(LocalDate.of(2025, 1, 31), EvidenceDeadline.of(0, EvidenceDeadline.SOURCE).deadlineFor(JANUARY));
    assertThrows(EtsValidationException.class, () -> EvidenceDeadline.of(-1, EvidenceDeadline.SOURCE));
    assertThrows(EtsValidationException.class, () -> EvidenceDeadline.of(367, EvidenceDeadline.SOURCE));
    assertEquals(366, EvidenceDeadline.of(366, EvidenceDeadline.SOURCE).days());
    assertNotEquals(ten.hashCode(), EvidenceDeadline.chinaNational().hashCode());
    EvidenceDeadline d = EvidenceDeadline.chinaNational();
    assertEquals("parameter", assertThrows(EtsValidationException.class,
        () -> d.findings(JANUARY, Map.of(" ", List.of()))).field());
    Map<String, List<Evidence>> nullList = new HashMap<>();
    nullList.put("coal", null);
    assertThrows(EtsValidationException.class, () -> d.findings(JANUARY, nullList));
    assertThrows(EtsValidationException.class, () -> d.findings(JANUARY, Map.of("coal", Arrays.asList((Evidence) null))));
    assertThrows(EtsValidationException.class, () -> d.findings(null, Map.of()));
  }

  @Test
  void findingsAreConsistent() {
    LocalDate deadline = LocalDate.of(2025, 3, 12);
    assertThrows(EtsValidationException.class, () -> EvidenceFinding.builder().parameter("coal")
        .problem(EvidenceProblem.LATE).rule("r").month(JANUARY).deadline(deadline).build());
    assertThrows(EtsValidationException.class, () -> EvidenceFinding.builder().parameter("coal")
        .problem(EvidenceProblem.MISSING).rule("r").month(JANUARY).deadline(deadline).documentId("X").build());
    assertThrows(EtsValidationException.class, () -> EvidenceFinding.builder().parameter("coal")
        .problem(EvidenceProblem.LATE).rule("r").month(JANUARY).deadline(deadline).documentId("X").build());
    assertEquals("uploaded", assertThrows(EtsValidationException.class, () -> EvidenceFinding.builder().parameter("coal")
        .problem(EvidenceProblem.LATE).rule("r").month(JANUARY).deadline(deadline).documentId("X")
        .uploaded(deadline).build()).field());
    assertThrows(EtsValidationException.class, () -> EvidenceFinding.builder().parameter(" ")
        .problem(EvidenceProblem.MISSING).rule("r").month(JANUARY).deadline(deadline).build());
    assertThrows(EtsValidationException.class, () -> EvidenceFinding.builder().parameter("coal")
        .problem(EvidenceProblem.MISSING).rule(" ").month(JANUARY).deadline(deadline).build());
  }
}
