/**
 * The monitoring, reporting and verification rules of the covered sectors (power, cement, steel,
 * aluminum): fuel lines, default values, monthly and annual reports, CEMS, evidence and review.
 *
 * <p>Exports its API packages and reads {@code io.github.ets4j.core} transitively, since its API is made
 * of core types; {@code io.github.ets4j.sectors.internal} (reporting precision, explanation text) is not
 * exported.
 */
module io.github.ets4j.sectors {
  requires transitive io.github.ets4j.core;
  requires static jsr305;
  requires static org.immutables.value.annotations;

  exports io.github.ets4j.sectors.aluminum;
  exports io.github.ets4j.sectors.calendar;
  exports io.github.ets4j.sectors.cement;
  exports io.github.ets4j.sectors.cems;
  exports io.github.ets4j.sectors.defaults;
  exports io.github.ets4j.sectors.evidence;
  exports io.github.ets4j.sectors.fuel;
  exports io.github.ets4j.sectors.indirect;
  exports io.github.ets4j.sectors.kit;
  exports io.github.ets4j.sectors.mrv;
  exports io.github.ets4j.sectors.power;
  exports io.github.ets4j.sectors.review;
  exports io.github.ets4j.sectors.rules;
  exports io.github.ets4j.sectors.steel;
}
