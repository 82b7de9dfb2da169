package io.github.ets4j.allocation.compliance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.ets4j.core.EtsValidationException;
import io.github.ets4j.core.internal.Checks;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The account's running sums and its one-vintage maps are the plain route's figures, value and scale: after every
 * accepted operation of random sequences, {@link ComplianceAccount#settled()} is the sum over the state (carried-over
 * and CCERs surrendered plus every vintage surrendered), {@link ComplianceAccount#remaining()} the obligation minus it,
 * the holdings and surrendered maps those of a sorted map updated by plain additions, and the account restored from
 * its state equal to it with the same sums. {@link Amounts#whole} without a copy is the normalised amount (or the
 * same refusal) for amounts at every scale.
 */
class AccountRunningSumsProperties {
  private static final long SEED = 20_261_202L;

  /** An amount of {@code n} tonnes written at scale 0, with trailing zeros, at a negative scale or with a half. */
  private static BigDecimal amount(SplittableRandom random, long n) {
    switch (random.nextInt(5)) {
      case 0:
        return BigDecimal.valueOf(n).setScale(2);
      case 1:
        return n % 1000 == 0 ? new BigDecimal(BigInteger.valueOf(n / 1000), -3) : BigDecimal.valueOf(n);
      case 2:
        return random.nextInt(8) == 0 ? BigDecimal.valueOf(n * 10 + 5, 1) : BigDecimal.valueOf(n);
      default:
        return BigDecimal.valueOf(n);
    }
  }

  /** The plain route: a sorted copy updated by {@code getOrDefault(0) + delta}, the vintage removed at zero. */
  private static void plus(Map<Year, BigDecimal> map, Year vintage, BigDecimal delta) {
    BigDecimal now = map.getOrDefault(vintage, BigDecimal.ZERO).add(delta);
    if (now.signum() == 0) {
      map.remove(vintage);
    } else {
      map.put(vintage, now);
    }
  }

  private static BigDecimal plainSettled(ComplianceAccount account) {
    BigDecimal sum = account.carriedOverSurrendered().add(account.ccerSurrendered());
    for (BigDecimal amount : account.surrendered().values()) {
      sum = sum.add(amount);
    }
    return sum;
  }

  @Test
  void runningSumsAndMapsAreThePlainRoutes() {
    AtomicInteger oneVintage = new AtomicInteger();
    AtomicInteger tree = new AtomicInteger();
    AtomicInteger accepted = new AtomicInteger();
    AtomicInteger refused = new AtomicInteger();
    qt().withFixedSeed(SEED).withExamples(3_000)
        .forAll(longs().all(), integers().between(2019, 2030))
        .checkAssert((seed, year) -> {
          SplittableRandom random = new SplittableRandom(seed);
          Year y = Year.of(year);
          ComplianceRules rules = ComplianceRules.chinaNational(y);
          BigDecimal verified = BigDecimal.valueOf(random.nextLong(200_000_000L), 2);
          ComplianceAccount account = ComplianceAccount.open("E", verified, rules);
          TreeMap<Year, BigDecimal> holdings = new TreeMap<>();
          TreeMap<Year, BigDecimal> surrendered = new TreeMap<>();
          for (int step = 0; step < 14; step++) {
            long n = 1 + random.nextLong(random.nextBoolean() ? 1_000_000L : 10_000L) * (random.nextInt(3) == 0 ? 1000 : 1);
            // Mostly the account's own year, so that its maps often hold that vintage alone.
            Year vintage = random.nextInt(3) == 0 ? y : Year.of(2018 + random.nextInt(year - 2018 + 3));
            int op = random.nextInt(6);
            try {
              ComplianceAccount next;
              BigDecimal a;
              switch (op) {
                case 0:
                  a = amount(random, n);
                  next = account.withReceived(vintage, a);
                  plus(holdings, vintage, Checks.normalise(a));
                  break;
                case 1:
                  long held = account.holdings().getOrDefault(vintage, BigDecimal.ZERO).longValue();
                  a = amount(random, random.nextInt(4) == 0 ? n
                      : Math.max(1, Math.min(held, account.remaining().longValue())));
                  next = account.surrender(vintage, a);
                  plus(holdings, vintage, Checks.normalise(a).negate());
                  plus(surrendered, vintage, Checks.normalise(a));
                  break;
                case 2:
                  next = account.withCarriedOver(amount(random, n));
                  break;
                case 3:
                  next = account.surrenderCarriedOver(amount(random, random.nextBoolean() ? n
                      : Math.max(1, Math.min(account.carriedOver().longValue(), account.remaining().longValue()))));
                  break;
                case 4:
                  long room = rules.offsetCap(account.obligation()).subtract(account.ccerSurrendered()).longValue();
                  LocalDate registered = rules.ccerRegisteredAfter().map(d -> d.plusDays(1)).orElse(LocalDate.of(year, 1, 1));
                  next = account.surrenderCcer(amount(random, random.nextBoolean() ? n : Math.max(1, room)), registered,
                      false);
                  break;
                default:
                  a = amount(random, Math.max(1, n / 100));
                  next = account.borrow(a, BigDecimal.valueOf(random.nextLong(1 + account.obligation().longValue())),
                      true);
                  plus(holdings, Year.of(2023), Checks.normalise(a));
                  break;
              }
              account = next;
              accepted.incrementAndGet();
            } catch (EtsValidationException e) {
              refused.incrementAndGet();
            }
            String what = account + " after operation " + op + " of step " + step;
            BigDecimal settled = plainSettled(account);
            assertEquals(settled, account.settled(), what);
            assertEquals(account.obligation().subtract(settled), account.remaining(), what);
            assertEquals(holdings, account.holdings(), what);
            assertEquals(surrendered, account.surrendered(), what);
            assertEquals(new ArrayList<>(holdings.keySet()), new ArrayList<>(account.holdings().keySet()), what);
            assertEquals(new ArrayList<>(surrendered.keySet()), new ArrayList<>(account.surrendered().keySet()), what);
            for (Map<Year, BigDecimal> map : List.of(account.holdings(), account.surrendered())) {
              (map.size() <= 1 ? oneVintage : tree).incrementAndGet();
            }
          }
          ComplianceAccount restored = ComplianceAccount.of("E", rules, account.obligation(), account.holdings(),
              account.carriedOver(), account.surrendered(), account.carriedOverSurrendered(), account.ccerSurrendered(),
              account.borrowed());
          assertEquals(account, restored);
          assertEquals(account.settled(), restored.settled());
          assertEquals(account.remaining(), restored.remaining());
        });
    // Both map routes and both outcomes are exercised many times.
    assertTrue(oneVintage.get() > 10_000 && tree.get() > 10_000, oneVintage + " one-vintage, " + tree + " tree maps");
    assertTrue(accepted.get() > 10_000 && refused.get() > 10_000, accepted + " accepted, " + refused + " refused");
  }

  /** The plain route of {@link Amounts#whole}: normalise, then refuse a fraction. */
  private static BigDecimal plainWhole(String field, BigDecimal value) {
    BigDecimal amount = Checks.normalise(Checks.nonNegative(field, value));
    if (amount.scale() > 0) {
      throw new EtsValidationException(field, value.toPlainString(), "allowances are whole tonnes");
    }
    return amount;
  }

  @Test
  void wholeAmountsAreTheNormalisedOnes() {
    AtomicInteger atScaleZero = new AtomicInteger();
    AtomicInteger normalised = new AtomicInteger();
    qt().withFixedSeed(SEED).withExamples(20_000)
        .forAll(longs().all(), integers().between(-4, 4), integers().between(0, 3))
        .checkAssert((unscaled, scale, size) -> {
          // Small, ten-digit, long-sized and beyond-long unscaled values, zero among them.
          BigInteger digits = BigInteger.valueOf(size == 0 ? unscaled % 1000 : size == 1 ? unscaled % 10_000_000_000L
              : unscaled);
          if (size == 3) {
            digits = digits.multiply(BigInteger.TEN.pow(12));
          }
          BigDecimal value = new BigDecimal(digits, scale);
          String what = value + " (scale " + scale + ")";
          if (value.signum() < 0 || Checks.normalise(value).scale() > 0) {
            EtsValidationException plain = assertThrows(EtsValidationException.class, () -> plainWhole("a", value));
            EtsValidationException fast = assertThrows(EtsValidationException.class, () -> Amounts.whole("a", value));
            assertEquals(plain.getMessage(), fast.getMessage(), what);
            return;
          }
          (scale == 0 ? atScaleZero : normalised).incrementAndGet();
          BigDecimal whole = Amounts.whole("a", value);
          assertEquals(plainWhole("a", value), whole, what);
          assertEquals(0, whole.scale(), what);
        });
    assertTrue(atScaleZero.get() > 1_000 && normalised.get() > 1_000, atScaleZero + " at scale 0, " + normalised
        + " normalised");
  }

  @Test
  void edgeAmounts() {
    for (String v : new String[] {"0", "0.00", "0E+3", "1E+3", "100.00", "9223372036854775807",
        "92233720368547758070.0", "1E+30"}) {
      BigDecimal value = new BigDecimal(v);
      assertEquals(plainWhole("a", value), Amounts.whole("a", value), v);
    }
    for (String v : new String[] {"0.5", "1000.5", "-1", "-0.5", "9223372036854775807.5"}) {
      BigDecimal value = new BigDecimal(v);
      assertEquals(assertThrows(EtsValidationException.class, () -> plainWhole("a", value)).getMessage(),
          assertThrows(EtsValidationException.class, () -> Amounts.whole("a", value)).getMessage(), v);
    }
  }
}
