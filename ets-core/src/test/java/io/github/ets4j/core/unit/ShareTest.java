package io.github.ets4j.core.unit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.ets4j.core.EtsValidationException;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** A share says whether it was given in percent or as a fraction; the conversion moves the point exactly. */
class ShareTest {

  private static BigDecimal bd(String s) {
    return new BigDecimal(s);
  }

  @Test
  void percentAndFractionAreTheSameShare() {
    Share f = Share.ofPercent(bd("62.39"));
    assertEquals("0.6239", f.fraction().toPlainString());
    assertEquals("62.39", f.percent().toPlainString());
    assertEquals(f, Share.ofFraction(bd("0.6239")));
    assertEquals(f.hashCode(), Share.ofFraction(bd("0.623900")).hashCode());
    assertEquals("62.39 %", f.toString());
    assertNotEquals(f, Share.ofPercent(bd("0.6239")));
    assertNotEquals(f, "62.39 %");
    assertEquals(Share.ofPercent(bd("100")), Share.ofFraction(BigDecimal.ONE));
  }

  @Test
  void outOfRangeSharesAreRefused() {
    assertEquals("share (%)", assertThrows(EtsValidationException.class, () -> Share.ofPercent(bd("512.82"))).field());
    assertEquals("share (fraction)", assertThrows(EtsValidationException.class, () -> Share.ofFraction(bd("62.39")))
        .field());
    assertThrows(EtsValidationException.class, () -> Share.ofPercent(bd("-1")));
    assertThrows(EtsValidationException.class, () -> Share.ofFraction(null));
  }

  @Test
  void aDoorsOwnFieldNameIsKeptInTheRefusal() {
    assertEquals("0.99", Share.ofPercent("oxidationRatePercent", bd("99")).fraction().toPlainString());
    assertEquals(Share.ofPercent(bd("62.39")), Share.ofFraction("loadFactor", bd("0.6239")));
    EtsValidationException percent = assertThrows(EtsValidationException.class,
        () -> Share.ofPercent("oxidationRatePercent", bd("512.82")));
    assertEquals("oxidationRatePercent", percent.field());
    assertEquals("oxidationRatePercent = 512.82: must be a percentage between 0 and 100", percent.getMessage());
    EtsValidationException fraction = assertThrows(EtsValidationException.class,
        () -> Share.ofFraction("loadFactor", bd("62.39")));
    assertEquals("loadFactor = 62.39: must be a fraction between 0 and 1", fraction.getMessage());
    assertEquals("field", assertThrows(EtsValidationException.class, () -> Share.ofPercent(null, bd("1"))).field());
  }
}
