package io.github.ets4j.sectors.steel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ets4j.core.EmissionSource;
import io.github.ets4j.core.EtsValidationException;
import io.github.ets4j.sectors.fixtures.FacilityYears;
import io.github.ets4j.sectors.fuel.Fuel;
import io.github.ets4j.sectors.fuel.FuelLine;
import io.github.ets4j.sectors.fuel.FuelUnit;
import io.github.ets4j.sectors.mrv.AnnualReport;
import io.github.ets4j.sectors.mrv.MonthlyReport;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An integrated steel enterprise in 2025, built by hand (every month alike except December's
 * ironmaking product). Mass balance terms FC × NCV × CC × 44/12 at the Table A.1 defaults, each
 * rounded to 2 decimals:
 *
 * <pre>
 * enterprise, per month:
 *   washed coking coal 50,000 t × 26.344 × 0.02541 = 33,470.052 tC × 44/12 = 122,723.52
 *   coke 10,000 t × 28.435 × 0.02942 × 44/12 = 30,673.78
 *   bituminous coal 12,000 t × 23.736 × 0.02618 × 44/12 = 27,341.97
 *   natural gas 100 × 10^4 Nm3 × 389.310 × 0.01532 × 44/12 = 2,186.88
 *   limestone 20,000 × 0.440 = 8,800.00; dolomite 5,000 × 0.476 = 2,380.00; electrode 300 × 3.663 = 1,098.90;
 *   scrap 10,000 × 0.037 = 370.00
 *   minus crude steel 80,000 × 0.037 = 2,960.00, tar 1,500 × 2.699 = 4,048.50, crude benzol 500 × 3.382 = 1,691.00
 *   E_ent = 186,875.55 a month; year 2,242,506.60 → verified 2,242,507 t
 * processes, per month:
 *   coking: 122,723.52 − coke 36,000 t 110,425.62 − COG 1,500 × 10^4 Nm3 11,569.98 = 727.92
 *   sintering: coke 3,000 t 9,202.13 + limestone 10,000 × 0.440 4,400.00 = 13,602.13
 *   ironmaking: coke 30,000 t 92,021.35 + bituminous coal 27,341.97 − BFG 9,000 × 10^4 Nm3 77,101.20 = 42,262.12
 *   BOF: pig iron 70,000 × 0.172 12,040.00 − converter gas 700 × 10^4 Nm3 10,693.76 = 1,346.24
 *   co-fired unit: BFG 10,000 × 33.000 × 0.07080 × 99 % × 44/12 = 84,811.32
 * year: E_other = 2,242,506.60 − 12 × 57,938.41 − 12 × 84,811.32 = 529,509.84
 *   ironmaking product 11 × 70,000 + 60,000 = 830,000 t
 *   intensity = 12 × (42,262.12 + 13,602.13) / 830,000 = 670,371.00 / 830,000 = 0.80767 → 0.8077
 * </pre>
 */
class SteelFacilityYearTest {

  static BigDecimal bd(String s) {
    return new BigDecimal(s);
  }

  static FuelLine t(Fuel fuel, String tonnes) {
    return FuelLine.of(fuel, bd(tonnes), FuelUnit.TONNE);
  }

  static FuelLine nm3(Fuel fuel, String amount) {
    return FuelLine.of(fuel, bd(amount), FuelUnit.TEN_THOUSAND_NM3);
  }

  /** The month of the enterprise (one shared fixture, see {@link FacilityYears#steelMonth}). */
  static SteelEnterpriseMonth month(int m) {
    return FacilityYears.steelMonth(m).build();
  }

  @Test
  void facilityYearMatchesTheHandCalculation() {
    List<MonthlyReport> months = new ArrayList<>();
    for (int m = 1; m <= 12; m++) {
      months.add(MonthlyReport.of("91350100M000100Y43", "enterprise", month(m)));
    }
    AnnualReport report = AnnualReport.of(months);
    SteelEnterpriseYear steel = SteelEnterpriseYear.of(report);
    assertEquals(bd("186875.55"), months.get(0).coveredCo2e());
    assertEquals(bd("2242506.60"), steel.enterpriseEmissions());
    assertEquals(bd("2242507"), steel.verifiedEmissions());
    assertEquals(bd("960000.00"), steel.crudeSteelTonnes());
    assertEquals(bd("8735.04"), steel.processEmissions(SteelProcess.COKING));
    assertEquals(bd("163225.56"), steel.processEmissions(SteelProcess.SINTERING));
    assertEquals(bd("507145.44"), steel.processEmissions(SteelProcess.IRONMAKING));
    assertEquals(bd("16154.88"), steel.processEmissions(SteelProcess.BOF));
    assertEquals(bd("0.00"), steel.processEmissions(SteelProcess.EAF));
    assertEquals(bd("1017735.84"), steel.cofiredEmissions());
    assertEquals(bd("529509.84"), steel.otherEmissions());
    assertEquals(bd("670371.00"), steel.ironmakingAndSinteringEmissions());
    assertEquals(bd("830000.00"), steel.ironmakingProductTonnes());
    assertEquals(bd("0.8077"), steel.intensity());
    assertEquals(bd("1200000.00"), steel.processOutput(SteelProcess.SINTERING));
    // deductions: 12 × (2,960.00 + 4,048.50 + 1,691.00) = 104,394.00
    assertEquals(bd("-104394.00"), report.sourceCo2e(EmissionSource.CARBON_IN_PRODUCTS));
    assertTrue(months.get(0).explain().contains("crude steel: 80,000.00 t × 0.037 tCO2/t = −2,960.00 tCO2"),
        months.get(0).explain());
    assertTrue(steel.toString().contains("2242507"));
    // the co-fired unit's OF and the process flows are listed among the parameters used
    assertTrue(report.defaultsUsed().stream().anyMatch(p -> p.name().startsWith("OF of blast furnace gas")));
    assertTrue(report.defaultsUsed().stream().anyMatch(p -> p.name().startsWith("NCV of converter gas")));
  }

  @Test
  void unknownMaterialsAndMisplacedProductsAreRefused() {
    EtsValidationException unknown = assertThrows(EtsValidationException.class,
        () -> SteelMaterial.fromName("unobtainium"));
    assertTrue(unknown.getMessage().contains("AG-STEEL-2024 Table A.2"), unknown.getMessage());
    assertEquals(SteelMaterial.PIG_IRON, SteelMaterial.fromName("pig iron"));
    assertEquals(SteelMaterial.DRI, SteelMaterial.fromName("dri"));
    assertThrows(EtsValidationException.class, () -> month(1).withExportedProducts(
        java.util.Map.of(SteelMaterial.SCRAP, bd("1"))));
    assertThrows(EtsValidationException.class, () -> month(1).withMaterials(
        java.util.Map.of(SteelMaterial.TAR, bd("1"))));
    assertThrows(EtsValidationException.class, () -> month(1).withMaterials(
        java.util.Map.of(SteelMaterial.LIMESTONE, bd("-1"))));
    assertThrows(EtsValidationException.class, () -> month(1).withCrudeSteelTonnes(bd("-1")));
    EtsValidationException output = assertThrows(EtsValidationException.class, () -> ProcessMonth.builder()
        .process(SteelProcess.SINTERING).addOutputs(ProcessFlow.fuel(t(Fuel.COKE, "1"))).productTonnes(bd("1")).build());
    assertTrue(output.getMessage().contains("outputs of SINTERING"), output.getMessage());
    assertThrows(EtsValidationException.class, () -> ProcessMonth.builder().process(SteelProcess.EAF)
        .addOutputs(ProcessFlow.material(SteelMaterial.CRUDE_STEEL, bd("1"))).productTonnes(bd("1")).build());
    ProcessMonth eaf = ProcessMonth.builder().process(SteelProcess.EAF)
        .addInputs(ProcessFlow.material(SteelMaterial.ELECTRODE, bd("10"))).productTonnes(bd("1")).build();
    assertThrows(EtsValidationException.class, () -> month(1).withProcesses(eaf, eaf));
    assertThrows(EtsValidationException.class, () -> ProcessFlow.material(SteelMaterial.SCRAP, bd("-1")));
    assertThrows(EtsValidationException.class, () -> SteelEnterpriseYear.of(null));
    // a measured carbon content is refused in steel
    assertThrows(EtsValidationException.class, () -> month(1).withFuels(t(Fuel.COKE, "1").withCarbonContent(
        io.github.ets4j.sectors.mrv.Parameter.measured("CC", bd("0.03"), "tC/GJ"))));
    // EAF: 10 t electrode × 3.663 = 36.63
    assertEquals(bd("36.63"), month(1).withProcesses(eaf).processEmissions(eaf));
    assertEquals("electrode 10", ProcessFlow.material(SteelMaterial.ELECTRODE, bd("10")).toString());
  }
}
