package io.github.ets4j.sectors.steel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ets4j.core.Acquisition;
import io.github.ets4j.sectors.fixtures.FacilityYears;
import io.github.ets4j.sectors.fuel.Fuel;
import io.github.ets4j.sectors.fuel.FuelLine;
import io.github.ets4j.sectors.fuel.FuelUnit;
import io.github.ets4j.sectors.mrv.Parameter;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A process flow takes the resolution of a purchased fuel of the month only when it gives no parameter of its own:
 * a flow with its own measured NCV keeps it, and a flow of the same fuel without one gets the catalogue's default.
 */
class SteelFlowResolutionTest {

  @Test
  void aFlowWithItsOwnNcvKeepsItBesideThePurchasedFuelAtDefaults() {
    // The fixture month buys bituminous coal at defaults; the ironmaking flow of 12,000 t measured 25.000 GJ/t.
    FuelLine measured = FuelLine.of(Fuel.BITUMINOUS_COAL, new BigDecimal("12000"), FuelUnit.TONNE)
        .withNcv(Parameter.measured("NCV", new BigDecimal("25.000"), "GJ/t"));
    SteelEnterpriseMonth base = FacilityYears.steelMonth(1).build();
    List<ProcessMonth> processes = base.processes().stream()
        .map(p -> p.process() != SteelProcess.IRONMAKING ? p : ProcessMonth.builder().process(SteelProcess.IRONMAKING)
            .addInputs(ProcessFlow.fuel(FuelLine.of(Fuel.COKE, new BigDecimal("30000"), FuelUnit.TONNE)),
                ProcessFlow.fuel(measured))
            .addAllOutputs(p.outputs()).productTonnes(p.productTonnes()).build())
        .collect(Collectors.toList());
    SteelEnterpriseMonth month = SteelEnterpriseMonth.builder().from(base).processes(processes).build();

    List<Parameter> ncvs = month.parameters().stream().filter(p -> p.name().startsWith("NCV"))
        .collect(Collectors.toList());
    assertTrue(ncvs.stream().anyMatch(p -> p.acquisition() == Acquisition.MEASURED
        && p.value().compareTo(new BigDecimal("25")) == 0), "the flow's own NCV is used: " + ncvs);
    // The purchased coal's own line stays at the default.
    assertEquals(Acquisition.DEFAULT, month.resolvedFuels().stream()
        .filter(f -> f.line().fuel() == Fuel.BITUMINOUS_COAL).findFirst().orElseThrow().ncv().acquisition());
    // And the flow's figure differs from the month whose flow takes the purchased line's default NCV.
    assertTrue(month.processEmissions(processes.get(2)).compareTo(base.processEmissions(base.processes().get(2))) != 0);
  }
}
