package io.github.ets4j.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class EvidenceTest {
  private static final String DIGEST = "9F86D081884C7D659A2FEAA0C55AD015A3BF4F1B2B0B822CD15D6C15B0F00A08";

  @Test
  void digestIsNormalisedToLowerCase() {
    Evidence e = Evidence.of(EvidenceKind.LAB_REPORT, "LAB-1", DIGEST, LocalDate.of(2025, 2, 20));
    assertEquals(DIGEST.toLowerCase(java.util.Locale.ROOT), e.sha256());
    assertEquals(e, Evidence.of(EvidenceKind.LAB_REPORT, "LAB-1", e.sha256(), LocalDate.of(2025, 2, 20)));
  }

  @Test
  void badDigestAndBlankIdAreRefused() {
    EtsValidationException shortDigest = assertThrows(EtsValidationException.class,
        () -> Evidence.of(EvidenceKind.LEDGER, "L-1", "abc", LocalDate.of(2025, 1, 1)));
    assertEquals("sha256", shortDigest.field());
    assertThrows(EtsValidationException.class,
        () -> Evidence.of(EvidenceKind.LEDGER, "L-1", DIGEST.replace('F', 'g'), LocalDate.of(2025, 1, 1)));
    assertEquals("documentId", assertThrows(EtsValidationException.class,
        () -> Evidence.of(EvidenceKind.LEDGER, " ", DIGEST, LocalDate.of(2025, 1, 1))).field());
  }
}
