package io.github.ets4j.io;

import io.github.ets4j.core.GwpSet;
import io.github.ets4j.io.CsvUnits.Kind;
import io.github.ets4j.sectors.aluminum.CarbonateUse;
import io.github.ets4j.sectors.aluminum.ElectrolysisMonth;
import io.github.ets4j.sectors.cement.AlternativeMaterial;
import io.github.ets4j.sectors.cement.ClinkerLineMonth;
import io.github.ets4j.sectors.cement.NegativeProcessPolicy;
import io.github.ets4j.sectors.defaults.DefaultCatalogue;
import io.github.ets4j.sectors.defaults.GridFactor;
import io.github.ets4j.sectors.fuel.FuelLine;
import io.github.ets4j.sectors.fuel.FuelRules;
import io.github.ets4j.sectors.mrv.MonthlyData;
import io.github.ets4j.sectors.mrv.MonthlyReport;
import io.github.ets4j.sectors.mrv.Parameter;
import io.github.ets4j.sectors.power.GeneratingUnitMonth;
import io.github.ets4j.sectors.steel.ProcessFlow;
import io.github.ets4j.sectors.steel.ProcessMonth;
import io.github.ets4j.sectors.steel.SteelEnterpriseMonth;
import io.github.ets4j.sectors.steel.SteelMaterial;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Writes one monthly report as rows of the long format, in the order the reader expects (a fuel's
 * parameters directly after the fuel, a carbonate's purity directly after the carbonate). Refuses, with an
 * {@link io.github.ets4j.core.EtsValidationException}, a report whose content the format cannot hold, rather
 * than write a file that would read back as something else. Not thread-safe: one writer per report.
 */
final class MonthWriter {
  private final MonthlyReport report;
  private final List<List<String>> rows = new ArrayList<>();
  private final List<Parameter> parameters = new ArrayList<>();

  private MonthWriter(MonthlyReport report) {
    this.report = report;
  }

  /**
   * The rows of a report.
   *
   * @param report the report
   * @return the rows, ten cells each
   */
  static List<List<String>> rows(MonthlyReport report) {
    return write(report).rows;
  }

  /**
   * The parameters of a report's parameter rows, in row order.
   *
   * @param report the report
   * @return the parameters, one for each row with an acquisition
   */
  static List<Parameter> parameters(MonthlyReport report) {
    return write(report).parameters;
  }

  private static MonthWriter write(MonthlyReport report) {
    MonthWriter writer = new MonthWriter(report);
    MonthlyData data = report.data();
    if (data.reportOnlySector().isPresent()) {
      // Said first, so that the refusal names the sector rather than the month's type; the sector column holds
      // the four covered sectors only, and a borrowed one would read back as that sector's month.
      throw Cells.unwritable("reportOnlySector of " + report, data.reportOnlySector().get(),
          "the format holds months of the four covered sectors; a month of a report-only sector (its lines on the "
              + report.sector() + " rules) has no form: report its year with ReportOnlyYear");
    }
    if (data instanceof GeneratingUnitMonth) {
      writer.power((GeneratingUnitMonth) data);
    } else if (data instanceof ClinkerLineMonth) {
      writer.cement((ClinkerLineMonth) data);
    } else if (data instanceof SteelEnterpriseMonth) {
      writer.steel((SteelEnterpriseMonth) data);
    } else if (data instanceof ElectrolysisMonth) {
      writer.aluminum((ElectrolysisMonth) data);
    } else {
      throw Cells.unwritable("data of " + report, data.getClass().getName(),
          "only the library's four sector months have a CSV form");
    }
    return writer;
  }

  private void row(Item item, String name, String value, String unit, String acquisition, String source) {
    rows.add(List.of(report.entityId(), report.facilityId(), report.sector().name(), report.month().toString(),
        item.csv(), name, value, unit, acquisition, source));
  }

  private void quantity(Item item, String name, BigDecimal value, Kind kind) {
    row(item, name, value.toPlainString(), kind.canonical(), "", "");
  }

  private void parameter(Item item, String name, Parameter parameter, String libraryName) {
    String where = item.csv() + " " + name + " of " + report;
    if (!parameter.name().equals(libraryName)) {
      throw Cells.unwritable(where, parameter.name(), "the format names this parameter " + libraryName);
    }
    // The value as given, in its given unit: the reader converts it again, so read(write(x)) keeps the conversion.
    String unit = parameter.givenUnit().symbol();
    if (!CsvUnits.isKnownParameterUnit(libraryName, unit)) {
      throw Cells.unwritable(where, unit, "not a unit the reader accepts for " + libraryName);
    }
    parameters.add(parameter);
    row(item, name, parameter.givenValue().toPlainString(), unit, Cells.acquisition(parameter.acquisition()),
        Cells.source(parameter, where));
  }

  private void standardRules(DefaultCatalogue catalogue, FuelRules rules) {
    if (!catalogue.equals(DefaultCatalogue.chinaNational())) {
      throw Cells.unwritable("catalogue of " + report, "a replaced default catalogue",
          "the file holds monitoring data only; a month calculated with another catalogue would read back with the"
              + " national one");
    }
    if (!rules.equals(FuelRules.chinaNational())) {
      throw Cells.unwritable("fuelRules of " + report, "replaced acquisition rules",
          "the file holds monitoring data only; a month calculated with other rules would read back with the"
              + " national ones");
    }
  }

  private void fuel(Item item, String prefix, FuelLine line) {
    String name = prefix + line.fuel().name();
    if (!line.label().equals(line.fuel().englishName())) {
      if (line.label().contains("\n") || line.label().contains("\r") || !line.label().equals(line.label().strip())) {
        throw Cells.unwritable("label of " + line.fuel() + " in " + report, line.label(),
            "a label in the file is one line without leading or trailing space");
      }
      name = name + ":" + line.label();
    }
    quantity(item, name, line.quantity(), line.unit() == io.github.ets4j.sectors.fuel.FuelUnit.TONNE ? Kind.MASS
        : Kind.GAS_VOLUME);
    Optional<Parameter> ncv = line.ncv();
    if (ncv.isPresent()) {
      parameter(Item.NCV, name, ncv.get(), "NCV");
    }
    if (line.carbonContent().isPresent()) {
      parameter(Item.CARBON_CONTENT, name, line.carbonContent().get(), "CC");
    }
    if (line.elementCarbon().isPresent()) {
      parameter(Item.ELEMENT_CARBON, name, line.elementCarbon().get(), "C_ar");
    }
    if (line.oxidationRate().isPresent()) {
      parameter(Item.OXIDATION_RATE, name, line.oxidationRate().get(), "OF");
    }
  }

  private void purchased(Optional<BigDecimal> mwh) {
    if (mwh.isPresent()) {
      quantity(Item.PURCHASED_ELECTRICITY, MonthReader.PURCHASED_ELECTRICITY, mwh.get(), Kind.ELECTRICITY);
    }
  }

  private void power(GeneratingUnitMonth month) {
    standardRules(month.catalogue(), month.fuelRules());
    row(Item.UNIT_TYPE, month.unitType().name(), "", "", "", "");
    month.boilerType().ifPresent(type -> row(Item.BOILER_TYPE, type.name(), "", "", "", ""));
    month.siteAltitudeMetres().ifPresent(
        metres -> quantity(Item.SITE_ALTITUDE, MonthReader.SITE_ALTITUDE, metres, Kind.ALTITUDE));
    for (FuelLine line : month.fuels()) {
      fuel(Item.FUEL, "", line);
    }
    quantity(Item.PRODUCT_OUTPUT, MonthReader.GROSS_GENERATION, month.grossGenerationMwh(), Kind.ELECTRICITY);
    quantity(Item.PRODUCT_OUTPUT, MonthReader.ELECTRICITY_SUPPLIED, month.electricitySuppliedMwh(), Kind.ELECTRICITY);
    quantity(Item.PRODUCT_OUTPUT, MonthReader.HEAT_SUPPLIED, month.heatSuppliedGj(), Kind.HEAT);
    quantity(Item.OPERATING_HOURS, MonthReader.OPERATING_HOURS, month.operatingHours(), Kind.HOURS);
    quantity(Item.RATED_CAPACITY, MonthReader.RATED_CAPACITY, month.ratedCapacityMw(), Kind.CAPACITY);
    purchased(month.purchasedElectricityMwh());
  }

  private void cement(ClinkerLineMonth month) {
    standardRules(month.catalogue(), month.fuelRules());
    if (month.negativeProcessPolicy() != NegativeProcessPolicy.REFUSE) {
      throw Cells.unwritable("negativeProcessPolicy of " + report, month.negativeProcessPolicy(),
          "the file holds monitoring data only; the reader applies the default policy REFUSE");
    }
    row(Item.CLINKER_TYPE, month.clinkerType().name(), "", "", "", "");
    quantity(Item.PRODUCT_OUTPUT, MonthReader.CLINKER, month.clinkerTonnes(), Kind.MASS);
    for (FuelLine line : month.fuels()) {
      fuel(Item.FUEL, "", line);
    }
    for (Map.Entry<AlternativeMaterial, BigDecimal> use : month.alternativeMaterials().entrySet()) {
      quantity(Item.ALTERNATIVE_MATERIAL, use.getKey().name(), use.getValue(), Kind.MASS);
    }
    purchased(month.purchasedElectricityMwh());
    grid(month.gridFactor());
  }

  private void steel(SteelEnterpriseMonth month) {
    standardRules(month.catalogue(), month.fuelRules());
    for (FuelLine line : month.fuels()) {
      fuel(Item.FUEL, "", line);
    }
    for (Map.Entry<SteelMaterial, BigDecimal> use : month.materials().entrySet()) {
      quantity(Item.MATERIAL, use.getKey().name(), use.getValue(), Kind.MASS);
    }
    quantity(Item.PRODUCT_OUTPUT, MonthReader.CRUDE_STEEL, month.crudeSteelTonnes(), Kind.MASS);
    for (Map.Entry<SteelMaterial, BigDecimal> use : month.exportedProducts().entrySet()) {
      quantity(Item.EXPORTED_PRODUCT, use.getKey().name(), use.getValue(), Kind.MASS);
    }
    // The library refuses a process twice in one month, so the file's PROCESS/FLOW names are unambiguous.
    for (ProcessMonth process : month.processes()) {
      String prefix = process.process().name() + "/";
      for (ProcessFlow flow : process.inputs()) {
        flow(Item.PROCESS_INPUT, prefix, flow);
      }
      for (ProcessFlow flow : process.outputs()) {
        flow(Item.PROCESS_OUTPUT, prefix, flow);
      }
      quantity(Item.PROCESS_PRODUCT, process.process().name(), process.productTonnes(), Kind.MASS);
    }
    for (FuelLine line : month.cofiredFuels()) {
      fuel(Item.COFIRED_FUEL, "", line);
    }
    purchased(month.purchasedElectricityMwh());
    grid(month.gridFactor());
  }

  private void flow(Item item, String prefix, ProcessFlow flow) {
    Optional<FuelLine> fuel = flow.fuel();
    if (fuel.isPresent()) {
      fuel(item, prefix, fuel.get());
    } else {
      quantity(item, prefix + flow.material().orElseThrow().name(), flow.quantity(), Kind.MASS);
    }
  }

  private void aluminum(ElectrolysisMonth month) {
    standardRules(month.catalogue(), month.fuelRules());
    if (month.gwpSet() != GwpSet.CHINA_NATIONAL) {
      throw Cells.unwritable("gwpSet of " + report, month.gwpSet(),
          "the file holds monitoring data only; the reader applies the sector's GWP set AR5");
    }
    quantity(Item.PRODUCT_OUTPUT, MonthReader.ALUMINUM_LIQUID, month.aluminumLiquidTonnes(), Kind.MASS);
    parameter(Item.ANODE, MonthReader.NET_ANODE_CONSUMPTION, month.netAnodeConsumption(), "NC");
    if (month.anodeSulfurPercent().isPresent()) {
      parameter(Item.ANODE, MonthReader.ANODE_SULFUR, month.anodeSulfurPercent().get(), "S");
    }
    if (month.anodeAshPercent().isPresent()) {
      parameter(Item.ANODE, MonthReader.ANODE_ASH, month.anodeAshPercent().get(), "Ash");
    }
    if (month.anodeEffectMinutes().isPresent()) {
      parameter(Item.ANODE, MonthReader.ANODE_EFFECT_MINUTES, month.anodeEffectMinutes().get(), "AEM");
    }
    for (FuelLine line : month.fuels()) {
      fuel(Item.FUEL, "", line);
    }
    List<String> seen = new ArrayList<>();
    for (CarbonateUse use : month.carbonates()) {
      if (seen.contains(use.carbonate().name())) {
        throw Cells.unwritable("carbonates of " + report, use.carbonate(),
            "the file names a carbonate once a month; add the two uses up");
      }
      seen.add(use.carbonate().name());
      quantity(Item.CARBONATE, use.carbonate().name(), use.tonnes(), Kind.MASS);
      row(Item.CARBONATE_PURITY, use.carbonate().name(), use.purityPercent().toPlainString(), "%", "", "");
    }
    purchased(month.purchasedElectricityMwh());
    grid(month.gridFactor());
  }

  /** The national factor is what the reader applies when no row names one, so only another choice is written. */
  private void grid(GridFactor factor) {
    if (!factor.equals(GridFactor.national())) {
      row(Item.GRID_FACTOR, GridNames.write(factor), "", "", "", "");
    }
  }
}
