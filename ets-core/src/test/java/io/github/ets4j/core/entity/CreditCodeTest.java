package io.github.ets4j.core.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.ets4j.core.EtsValidationException;
import org.junit.jupiter.api.Test;

class CreditCodeTest {
  private static final long SEED = 32_100L;

  @Test
  void theTwoExamplesOfTheDomainReferencePass() {
    // coverage.md: "Examples that pass: 91350100M000100Y43, 91110000600037341L".
    assertEquals("91350100M000100Y43", CreditCode.of("91350100M000100Y43").value());
    assertEquals("91110000600037341L", CreditCode.of("91110000600037341L").toString());
    assertTrue(CreditCode.isValid("91110000600037341L"));
  }

  @Test
  void checkCharacterIsComputedByHand() {
    // 91110000600037341: values 9,1,1,1,0,0,0,0,6,0,0,0,3,7,3,4,1 times weights
    // 1,3,9,27,19,26,16,17,20,29,25,13,8,24,10,30,28 = 9+3+9+27+120+24+168+30+120+28 = 538;
    // 538 mod 31 = 11; 31 - 11 = 20 -> alphabet[20] = 'L'.
    assertEquals('L', CreditCode.checkCharacterOf("91110000600037341"));
    assertEquals('3', CreditCode.checkCharacterOf("91350100M000100Y4"));
    // All zeros: sum 0, 31 - 0 = 31, which the standard maps to 0.
    assertEquals('0', CreditCode.checkCharacterOf("00000000000000000"));
    assertEquals("000000000000000000", CreditCode.of("000000000000000000").value());
  }

  @Test
  void wrongCheckCharacterSaysWhichWasExpected() {
    EtsValidationException e = assertThrows(EtsValidationException.class, () -> CreditCode.of("91350100M000100Y44"));
    assertEquals("creditCode", e.field());
    assertEquals("91350100M000100Y44", e.value());
    assertEquals("wrong check character '4' at position 18, expected '3'", e.rule());
    assertFalse(CreditCode.isValid("91110000600037341M"));
  }

  @Test
  void wrongLengthSaysTheLength() {
    EtsValidationException shorter = assertThrows(EtsValidationException.class, () -> CreditCode.of("91350100M000100Y4"));
    assertEquals("must have 18 characters, has 17", shorter.rule());
    EtsValidationException longer = assertThrows(EtsValidationException.class, () -> CreditCode.of("91350100M000100Y433"));
    assertEquals("must have 18 characters, has 19", longer.rule());
    assertEquals("must have 18 characters, has 0", assertThrows(EtsValidationException.class, () -> CreditCode.of("")).rule());
  }

  @Test
  void illegalCharacterIsNamedWithItsPosition() {
    EtsValidationException letterI = assertThrows(EtsValidationException.class, () -> CreditCode.of("91350100I000100Y43"));
    assertEquals("illegal character 'I' at position 9; allowed: 0123456789ABCDEFGHJKLMNPQRTUWXY", letterI.rule());
    EtsValidationException lower = assertThrows(EtsValidationException.class, () -> CreditCode.of("91350100m000100Y43"));
    assertTrue(lower.rule().startsWith("illegal character 'm' at position 9;"), lower.rule());
    EtsValidationException lastIsO = assertThrows(EtsValidationException.class, () -> CreditCode.of("91350100M000100Y4O"));
    assertTrue(lastIsO.rule().startsWith("illegal character 'O' at position 18;"), lastIsO.rule());
    EtsValidationException space = assertThrows(EtsValidationException.class, () -> CreditCode.of(" 1350100M000100Y43"));
    assertTrue(space.rule().startsWith("illegal character ' ' at position 1;"), space.rule());
    for (char c : new char[] {'I', 'O', 'S', 'V', 'Z'}) {
      assertFalse(CreditCode.isValid("9135010" + c + "M000100Y43"), "letter " + c);
    }
  }

  @Test
  void nullAndBadPrefixesAreRefused() {
    assertEquals("creditCode", assertThrows(EtsValidationException.class, () -> CreditCode.of(null)).field());
    assertEquals("must have 17 characters, has 3",
        assertThrows(EtsValidationException.class, () -> CreditCode.checkCharacterOf("913")).rule());
    assertTrue(assertThrows(EtsValidationException.class, () -> CreditCode.checkCharacterOf("9135010ZM000100Y4"))
        .rule().startsWith("illegal character 'Z' at position 8;"));
    assertEquals("first17", assertThrows(EtsValidationException.class, () -> CreditCode.checkCharacterOf(null)).field());
  }

  @Test
  void equalityAndOrder() {
    CreditCode a = CreditCode.of("91110000600037341L");
    CreditCode b = CreditCode.of("91350100M000100Y43");
    assertEquals(a, CreditCode.of("91110000600037341L"));
    assertEquals(a.hashCode(), CreditCode.of("91110000600037341L").hashCode());
    assertNotEquals(a, b);
    assertNotEquals(a.hashCode(), b.hashCode());
    assertNotEquals(a, (Object) "91110000600037341L");
    assertTrue(a.compareTo(b) < 0);
  }

  @Test
  void exactlyOneCheckCharacterCompletesAnyPrefix() {
    qt().withFixedSeed(SEED)
        .forAll(lists().of(integers().between(0, 30)).ofSize(17), integers().between(0, 30))
        .checkAssert((values, last) -> {
          StringBuilder prefix = new StringBuilder();
          values.forEach(v -> prefix.append(CreditCode.ALPHABET.charAt(v)));
          char check = CreditCode.checkCharacterOf(prefix.toString());
          char candidate = CreditCode.ALPHABET.charAt(last);
          assertEquals(candidate == check, CreditCode.isValid(prefix.toString() + candidate));
          assertTrue(CreditCode.isValid(prefix.toString() + check));
        });
  }
}
