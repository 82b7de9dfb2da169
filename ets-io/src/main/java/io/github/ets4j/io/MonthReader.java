package io.github.ets4j.io;

import io.github.ets4j.core.EtsValidationException;
import io.github.ets4j.core.Sector;
import io.github.ets4j.io.CsvUnits.Kind;
import io.github.ets4j.sectors.aluminum.Carbonate;
import io.github.ets4j.sectors.aluminum.CarbonateUse;
import io.github.ets4j.sectors.aluminum.ElectrolysisMonth;
import io.github.ets4j.sectors.cement.AlternativeMaterial;
import io.github.ets4j.sectors.cement.ClinkerLineMonth;
import io.github.ets4j.sectors.cement.ClinkerType;
import io.github.ets4j.sectors.fuel.Fuel;
import io.github.ets4j.sectors.fuel.FuelLine;
import io.github.ets4j.sectors.fuel.FuelUnit;
import io.github.ets4j.sectors.mrv.MonthlyData;
import io.github.ets4j.sectors.mrv.Parameter;
import io.github.ets4j.sectors.defaults.GridFactor;
import io.github.ets4j.sectors.power.BoilerType;
import io.github.ets4j.sectors.power.GeneratingUnitMonth;
import io.github.ets4j.sectors.power.UnitType;
import io.github.ets4j.sectors.steel.ProcessFlow;
import io.github.ets4j.sectors.steel.ProcessMonth;
import io.github.ets4j.sectors.steel.SteelEnterpriseMonth;
import io.github.ets4j.sectors.steel.SteelMaterial;
import io.github.ets4j.sectors.steel.SteelProcess;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import javax.annotation.Nullable;

/**
 * Builds one facility-month from its rows, through the sector's builder, so that the library's own
 * validation applies; a refusal names the row (or, for a rule of the whole month, the month's first row).
 * Not thread-safe: one reader per month, used once.
 */
final class MonthReader {
  /** Product output names, with the kind of quantity and the sector that reports them. */
  static final String GROSS_GENERATION = "GROSS_GENERATION";
  static final String ELECTRICITY_SUPPLIED = "ELECTRICITY_SUPPLIED";
  static final String HEAT_SUPPLIED = "HEAT_SUPPLIED";
  static final String CLINKER = "CLINKER";
  static final String CRUDE_STEEL = "CRUDE_STEEL";
  static final String ALUMINUM_LIQUID = "ALUMINUM_LIQUID";
  static final String OPERATING_HOURS = "OPERATING_HOURS";
  static final String RATED_CAPACITY = "RATED_CAPACITY";
  static final String PURCHASED_ELECTRICITY = "PURCHASED_ELECTRICITY";
  static final String SITE_ALTITUDE = "SITE_ALTITUDE";
  /** Anode parameter names in the file, and the library's parameter names. */
  static final String NET_ANODE_CONSUMPTION = "NET_ANODE_CONSUMPTION";
  static final String ANODE_SULFUR = "ANODE_SULFUR";
  static final String ANODE_ASH = "ANODE_ASH";
  static final String ANODE_EFFECT_MINUTES = "ANODE_EFFECT_MINUTES";
  static final Map<String, String> ANODE_PARAMETERS = Map.of(NET_ANODE_CONSUMPTION, "NC", ANODE_SULFUR, "S",
      ANODE_ASH, "Ash", ANODE_EFFECT_MINUTES, "AEM");

  private final Sector sector;
  private final YearMonth month;
  private final List<Row> rows;
  private final Map<String, Row> once = new LinkedHashMap<>();
  private final Map<String, BigDecimal> quantities = new LinkedHashMap<>();
  private final Map<String, Parameter> parameters = new LinkedHashMap<>();
  @Nullable private String classification;
  @Nullable private BoilerType boilerType;
  @Nullable private BigDecimal siteAltitude;
  @Nullable private GridFactor gridFactor;
  private final List<FuelLine> fuels = new ArrayList<>();
  private final List<FuelLine> cofired = new ArrayList<>();
  private final Map<String, BigDecimal> materials = new LinkedHashMap<>();
  private final Map<String, BigDecimal> exported = new LinkedHashMap<>();
  private final Map<SteelProcess, List<ProcessFlow>> inputs = new LinkedHashMap<>();
  private final Map<SteelProcess, List<ProcessFlow>> outputs = new LinkedHashMap<>();
  private final Map<SteelProcess, BigDecimal> products = new LinkedHashMap<>();
  private final List<CarbonateUse> carbonates = new ArrayList<>();
  private final List<SteelProcess> processOrder = new ArrayList<>();

  private MonthReader(Sector sector, YearMonth month, List<Row> rows) {
    this.sector = sector;
    this.month = month;
    this.rows = rows;
  }

  /**
   * Builds a month.
   *
   * @param sector the sector of the rows
   * @param month the month of the rows
   * @param rows the rows, in file order, at least one
   * @return the calculated month
   * @throws EtsValidationException naming the row or the month's first row
   */
  static MonthlyData read(Sector sector, YearMonth month, List<Row> rows) {
    MonthReader reader = new MonthReader(sector, month, rows);
    reader.readRows();
    switch (sector) {
      case POWER:
        return reader.power();
      case CEMENT:
        return reader.cement();
      case STEEL:
        return reader.steel();
      default:
        return reader.aluminum();
    }
  }

  /** Builds with the sector's builder; a refusal of the whole month names the month's first row. */
  private <T> T build(Supplier<T> builder) {
    try {
      return builder.get();
    } catch (EtsValidationException e) {
      throw rows.get(0).error(Row.MONTH, "the month " + month + " of " + rows.get(0).facilityId()
          + " is refused by the " + sector + " rules: " + Cells.why(e));
    }
  }

  private void readRows() {
    int i = 0;
    while (i < rows.size()) {
      Row row = rows.get(i);
      Item item = Item.fromCsv(row.item()).orElseThrow(() -> row.error(Row.ITEM,
          "unknown item: a " + sector + " month reports " + Item.of(sector)));
      if (!item.isReportedBy(sector)) {
        throw row.error(Row.ITEM, "not a " + sector + " item: a " + sector + " month reports " + Item.of(sector));
      }
      if (item.isFuelParameter()) {
        throw row.error(Row.ITEM, "a fuel parameter row must directly follow its fuel's row (same name)");
      }
      if (item == Item.CARBONATE_PURITY) {
        throw row.error(Row.ITEM, "a carbonate_purity row must directly follow its carbonate row (same name)");
      }
      i++;
      switch (item) {
        case FUEL:
        case COFIRED_FUEL:
        case PROCESS_INPUT:
        case PROCESS_OUTPUT:
          i = flowRow(item, row, i);
          break;
        case CARBONATE:
          i = carbonateRow(row, i);
          break;
        case UNIT_TYPE:
        case CLINKER_TYPE:
          once(row, item.csv());
          Cells.blank(row, Row.VALUE, "the " + item.csv() + " is named, not measured");
          Cells.blank(row, Row.UNIT, "the " + item.csv() + " has no unit");
          Cells.noProvenance(row);
          if (item == Item.UNIT_TYPE) {
            classification = Cells.constant(row, Row.NAME, row.name(), UnitType.class, "unit type").name();
          } else {
            classification = Cells.constant(row, Row.NAME, row.name(), ClinkerType.class, "clinker type").name();
          }
          break;
        case BOILER_TYPE:
          named(row, item);
          boilerType = Cells.constant(row, Row.NAME, row.name(), BoilerType.class, "boiler type");
          break;
        case GRID_FACTOR:
          named(row, item);
          gridFactor = GridNames.read(row);
          break;
        case SITE_ALTITUDE:
          once(row, item.csv());
          if (!row.name().equals(SITE_ALTITUDE)) {
            throw row.error(Row.NAME, "the name of " + item.csv() + " is " + SITE_ALTITUDE);
          }
          siteAltitude = altitude(row);
          break;
        case ANODE:
          once(row, row.name());
          String name = ANODE_PARAMETERS.get(row.name());
          if (name == null) {
            throw row.error(Row.NAME, "unknown anode parameter: use one of " + ANODE_SUFFIXES);
          }
          parameters.put(row.name(), Cells.parameter(row, name));
          break;
        case ALTERNATIVE_MATERIAL:
          once(row, row.name());
          materials.put(Cells.constant(row, Row.NAME, row.name(), AlternativeMaterial.class, "alternative material").name(),
              quantity(row, Kind.MASS));
          break;
        case MATERIAL:
        case EXPORTED_PRODUCT:
          once(row, row.name());
          (item == Item.MATERIAL ? materials : exported).put(
              Cells.constant(row, Row.NAME, row.name(), SteelMaterial.class, "steel material").name(), quantity(row, Kind.MASS));
          break;
        case PROCESS_PRODUCT:
          once(row, row.name());
          SteelProcess producing = Cells.constant(row, Row.NAME, row.name(), SteelProcess.class, "steel process");
          products.put(producing, quantity(row, Kind.MASS));
          if (!processOrder.contains(producing)) {
            processOrder.add(producing);
          }
          break;
        default:
          scalar(item, row);
          break;
      }
    }
  }

  /** A row that names a choice: once a month, value and unit blank, no provenance. */
  private void named(Row row, Item item) {
    once(row, item.csv());
    Cells.blank(row, Row.VALUE, "the " + item.csv() + " is named, not measured");
    Cells.blank(row, Row.UNIT, "the " + item.csv() + " has no unit");
    Cells.noProvenance(row);
  }

  /** An altitude may lie below sea level (the Turpan depression), so a leading minus is read here. */
  private static BigDecimal altitude(Row row) {
    if (!row.value().matches("-?[0-9]+(\\.[0-9]+)?")) {
      throw row.error(Row.VALUE, "not a decimal number of metres (digits, an optional leading - and . as the"
          + " decimal point)");
    }
    Cells.noProvenance(row);
    return CsvUnits.toCanonical(row, Kind.ALTITUDE, new BigDecimal(row.value()));
  }

  private static final String ANODE_SUFFIXES = String.join(", ", NET_ANODE_CONSUMPTION, ANODE_SULFUR, ANODE_ASH,
      ANODE_EFFECT_MINUTES);

  private void scalar(Item item, Row row) {
    Kind kind = scalarKind(item, row);
    once(row, row.name());
    quantities.put(row.name(), quantity(row, kind));
  }

  private Kind scalarKind(Item item, Row row) {
    String expected;
    Kind kind;
    switch (item) {
      case OPERATING_HOURS:
        expected = OPERATING_HOURS;
        kind = Kind.HOURS;
        break;
      case RATED_CAPACITY:
        expected = RATED_CAPACITY;
        kind = Kind.CAPACITY;
        break;
      case PURCHASED_ELECTRICITY:
        expected = PURCHASED_ELECTRICITY;
        kind = Kind.ELECTRICITY;
        break;
      default:
        return outputKind(row);
    }
    if (!row.name().equals(expected)) {
      throw row.error(Row.NAME, "the name of " + item.csv() + " is " + expected);
    }
    return kind;
  }

  private Kind outputKind(Row row) {
    Map<String, Kind> names = new LinkedHashMap<>();
    switch (sector) {
      case POWER:
        names.put(GROSS_GENERATION, Kind.ELECTRICITY);
        names.put(ELECTRICITY_SUPPLIED, Kind.ELECTRICITY);
        names.put(HEAT_SUPPLIED, Kind.HEAT);
        break;
      case CEMENT:
        names.put(CLINKER, Kind.MASS);
        break;
      case STEEL:
        names.put(CRUDE_STEEL, Kind.MASS);
        break;
      default:
        names.put(ALUMINUM_LIQUID, Kind.MASS);
        break;
    }
    Kind kind = names.get(row.name());
    if (kind == null) {
      throw row.error(Row.NAME, "unknown product output of a " + sector + " month: use one of "
          + String.join(", ", names.keySet()));
    }
    return kind;
  }

  private void once(Row row, String name) {
    String key = row.item() + " " + name;
    Row first = once.putIfAbsent(key, row);
    if (first != null) {
      throw row.error(Row.NAME, row.item() + " " + name + " reported twice in " + month + " (first on "
          + first.where().describe() + ")");
    }
  }

  private static BigDecimal quantity(Row row, Kind kind) {
    BigDecimal value = Cells.decimal(row);
    Cells.noProvenance(row);
    return CsvUnits.toCanonical(row, kind, value);
  }

  /** Reads a fuel-like row and the parameter rows that follow it; returns the index after them. */
  private int flowRow(Item item, Row row, int next) {
    String flowName = row.name();
    SteelProcess process = null;
    if (item == Item.PROCESS_INPUT || item == Item.PROCESS_OUTPUT) {
      int slash = flowName.indexOf('/');
      if (slash < 0) {
        throw row.error(Row.NAME, "a process flow is named PROCESS/FLOW, e.g. COKING/WASHED_COKING_COAL or BOF/PIG_IRON");
      }
      process = Cells.constant(row, Row.NAME, flowName.substring(0, slash), SteelProcess.class, "steel process");
      flowName = flowName.substring(slash + 1);
      if (!processOrder.contains(process)) {
        processOrder.add(process);
      }
      Optional<SteelMaterial> material = materialOf(flowName);
      if (material.isPresent()) {
        (item == Item.PROCESS_INPUT ? inputs : outputs).computeIfAbsent(process, p -> new ArrayList<>())
            .add(ProcessFlow.material(material.get(), quantity(row, Kind.MASS)));
        return next;
      }
    }
    int colon = flowName.indexOf(':');
    String fuelName = colon < 0 ? flowName : flowName.substring(0, colon);
    Fuel fuel = Cells.constant(row, Row.NAME, fuelName, Fuel.class, item == Item.FUEL || item == Item.COFIRED_FUEL
        ? "fuel" : "fuel or steel material");
    BigDecimal quantity = quantity(row, CsvUnits.fuelKind(row));
    FuelUnit unit = CsvUnits.fuelKind(row) == Kind.GAS_VOLUME ? FuelUnit.TEN_THOUSAND_NM3 : FuelUnit.TONNE;
    FuelLine line;
    try {
      line = FuelLine.of(fuel, quantity, unit);
      if (colon >= 0) {
        line = line.withLabel(flowName.substring(colon + 1));
      }
    } catch (EtsValidationException e) {
      throw row.error(colon >= 0 && quantity.signum() >= 0 && unit == fuel.unit() ? Row.NAME : Row.UNIT, Cells.why(e));
    }
    int i = next;
    Map<Item, Row> seen = new LinkedHashMap<>();
    while (i < rows.size() && Item.fromCsv(rows.get(i).item()).filter(Item::isFuelParameter).isPresent()) {
      Row parameterRow = rows.get(i);
      Item parameterItem = Item.fromCsv(parameterRow.item()).orElseThrow();
      if (!parameterRow.name().equals(row.name())) {
        throw parameterRow.error(Row.NAME, "a fuel parameter names the fuel row above it: " + row.name());
      }
      Row first = seen.putIfAbsent(parameterItem, parameterRow);
      if (first != null) {
        throw parameterRow.error(Row.ITEM, parameterItem.csv() + " of " + row.name() + " reported twice (first on "
            + first.where().describe() + ")");
      }
      Parameter parameter = Cells.parameter(parameterRow, fuelParameterName(parameterItem));
      try {
        line = with(line, parameterItem, parameter);
      } catch (EtsValidationException e) {
        throw parameterRow.error(Row.VALUE, Cells.why(e));
      }
      i++;
    }
    switch (item) {
      case FUEL:
        fuels.add(line);
        break;
      case COFIRED_FUEL:
        cofired.add(line);
        break;
      default:
        (item == Item.PROCESS_INPUT ? inputs : outputs).computeIfAbsent(process, p -> new ArrayList<>())
            .add(ProcessFlow.fuel(line));
        break;
    }
    return i;
  }

  private static String fuelParameterName(Item item) {
    switch (item) {
      case NCV:
        return "NCV";
      case CARBON_CONTENT:
        return "CC";
      case ELEMENT_CARBON:
        return "C_ar";
      default:
        return "OF";
    }
  }

  private static Optional<SteelMaterial> materialOf(String name) {
    for (SteelMaterial material : SteelMaterial.values()) {
      if (material.name().equals(name)) {
        return Optional.of(material);
      }
    }
    return Optional.empty();
  }

  private static FuelLine with(FuelLine line, Item item, Parameter parameter) {
    switch (item) {
      case NCV:
        return line.withNcv(parameter);
      case CARBON_CONTENT:
        return line.withCarbonContent(parameter);
      case ELEMENT_CARBON:
        return line.withElementCarbon(parameter);
      default:
        return line.withOxidationRate(parameter);
    }
  }

  private int carbonateRow(Row row, int next) {
    once(row, row.name());
    Carbonate carbonate = Cells.constant(row, Row.NAME, row.name(), Carbonate.class, "carbonate");
    BigDecimal tonnes = quantity(row, Kind.MASS);
    if (next >= rows.size() || !rows.get(next).item().equals(Item.CARBONATE_PURITY.csv())
        || !rows.get(next).name().equals(row.name())) {
      throw row.error(Row.ITEM, "a carbonate row is followed by its carbonate_purity row (same name, %)");
    }
    Row purityRow = rows.get(next);
    BigDecimal purity = Cells.decimal(purityRow);
    Cells.noProvenance(purityRow);
    if (!purityRow.unit().equals("%")) {
      throw purityRow.error(Row.UNIT, "unknown unit for carbonate_purity: use %");
    }
    try {
      carbonates.add(CarbonateUse.of(carbonate, tonnes, purity));
    } catch (EtsValidationException e) {
      throw purityRow.error(Row.VALUE, Cells.why(e));
    }
    return next + 1;
  }

  private BigDecimal required(Item item, String name) {
    BigDecimal value = quantities.get(name);
    if (value == null) {
      throw missing(item, name);
    }
    return value;
  }

  private EtsValidationException missing(Item item, String name) {
    return rows.get(0).error(Row.MONTH, "the month " + month + " of " + rows.get(0).facilityId() + " has no "
        + item.csv() + " " + name + " row");
  }

  private String classification(Item item) {
    if (classification == null) {
      throw missing(item, "");
    }
    return classification;
  }

  private MonthlyData power() {
    GeneratingUnitMonth.Builder builder = GeneratingUnitMonth.builder().month(month)
        .unitType(UnitType.valueOf(classification(Item.UNIT_TYPE)))
        .addAllFuels(fuels)
        .grossGenerationMwh(required(Item.PRODUCT_OUTPUT, GROSS_GENERATION))
        .electricitySuppliedMwh(required(Item.PRODUCT_OUTPUT, ELECTRICITY_SUPPLIED))
        .operatingHours(required(Item.OPERATING_HOURS, OPERATING_HOURS))
        .ratedCapacityMw(required(Item.RATED_CAPACITY, RATED_CAPACITY));
    BigDecimal heat = quantities.get(HEAT_SUPPLIED);
    if (heat != null) {
      builder.heatSuppliedGj(heat);
    }
    Optional.ofNullable(quantities.get(PURCHASED_ELECTRICITY)).ifPresent(builder::purchasedElectricityMwh);
    Optional.ofNullable(boilerType).ifPresent(builder::boilerType);
    Optional.ofNullable(siteAltitude).ifPresent(builder::siteAltitudeMetres);
    return build(builder::build);
  }

  private MonthlyData cement() {
    ClinkerLineMonth.Builder builder = ClinkerLineMonth.builder().month(month)
        .clinkerType(ClinkerType.valueOf(classification(Item.CLINKER_TYPE)))
        .clinkerTonnes(required(Item.PRODUCT_OUTPUT, CLINKER))
        .addAllFuels(fuels);
    for (Map.Entry<String, BigDecimal> use : materials.entrySet()) {
      builder.putAlternativeMaterials(AlternativeMaterial.valueOf(use.getKey()), use.getValue());
    }
    Optional.ofNullable(quantities.get(PURCHASED_ELECTRICITY)).ifPresent(builder::purchasedElectricityMwh);
    Optional.ofNullable(gridFactor).ifPresent(builder::gridFactor);
    return build(builder::build);
  }

  private MonthlyData steel() {
    SteelEnterpriseMonth.Builder builder = SteelEnterpriseMonth.builder().month(month)
        .addAllFuels(fuels)
        .crudeSteelTonnes(required(Item.PRODUCT_OUTPUT, CRUDE_STEEL))
        .addAllCofiredFuels(cofired);
    for (Map.Entry<String, BigDecimal> use : materials.entrySet()) {
      builder.putMaterials(SteelMaterial.valueOf(use.getKey()), use.getValue());
    }
    for (Map.Entry<String, BigDecimal> use : exported.entrySet()) {
      builder.putExportedProducts(SteelMaterial.valueOf(use.getKey()), use.getValue());
    }
    for (SteelProcess process : processOrder) {
      BigDecimal product = products.get(process);
      if (product == null) {
        throw missing(Item.PROCESS_PRODUCT, process.name());
      }
      ProcessMonth.Builder processMonth = ProcessMonth.builder().process(process)
          .addAllInputs(inputs.getOrDefault(process, List.of()))
          .addAllOutputs(outputs.getOrDefault(process, List.of()))
          .productTonnes(product);
      builder.addProcesses(build(processMonth::build));
    }
    Optional.ofNullable(quantities.get(PURCHASED_ELECTRICITY)).ifPresent(builder::purchasedElectricityMwh);
    Optional.ofNullable(gridFactor).ifPresent(builder::gridFactor);
    return build(builder::build);
  }

  private MonthlyData aluminum() {
    Parameter nc = parameters.get(NET_ANODE_CONSUMPTION);
    if (nc == null) {
      throw missing(Item.ANODE, NET_ANODE_CONSUMPTION);
    }
    ElectrolysisMonth.Builder builder = ElectrolysisMonth.builder().month(month)
        .aluminumLiquidTonnes(required(Item.PRODUCT_OUTPUT, ALUMINUM_LIQUID))
        .netAnodeConsumption(nc)
        .addAllFuels(fuels)
        .addAllCarbonates(carbonates);
    Optional.ofNullable(parameters.get(ANODE_SULFUR)).ifPresent(builder::anodeSulfurPercent);
    Optional.ofNullable(parameters.get(ANODE_ASH)).ifPresent(builder::anodeAshPercent);
    Optional.ofNullable(parameters.get(ANODE_EFFECT_MINUTES)).ifPresent(builder::anodeEffectMinutes);
    Optional.ofNullable(quantities.get(PURCHASED_ELECTRICITY)).ifPresent(builder::purchasedElectricityMwh);
    Optional.ofNullable(gridFactor).ifPresent(builder::gridFactor);
    return build(builder::build);
  }
}
