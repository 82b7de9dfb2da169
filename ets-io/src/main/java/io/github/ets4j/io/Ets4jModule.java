package io.github.ets4j.io;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.github.ets4j.allocation.Allocation;
import io.github.ets4j.allocation.compliance.ComplianceAccount;
import io.github.ets4j.core.Co2e;
import io.github.ets4j.core.Emissions;
import io.github.ets4j.sectors.mrv.AnnualReport;
import io.github.ets4j.sectors.mrv.MonthlyReport;
import java.io.IOException;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The Jackson (2.x) module of ets4j: JSON for the values a service passes around. Registered for
 * {@code ObjectMapper.findAndRegisterModules()} through the ServiceLoader, or by hand with
 * {@code mapper.registerModule(new Ets4jModule())}.
 *
 * <ul>
 *   <li>{@link Emissions} {@code {"lines":[{"source","gas","tonnes","label"}]}} and {@link Co2e}
 *       {@code {"tonnes","gwpSet"}} (the IPCC sets {@code AR2, AR4, AR5, AR6}): read and written.</li>
 *   <li>{@link MonthlyReport}: {@code entityId, facilityId, sector, month} and {@code rows}, the rows of the
 *       monitoring data long format ({@code docs/formats.md}) as objects {@code {"item","name","value","unit",
 *       "acquisition","evidence":[{"kind","documentId","sha256","uploaded"}],"source":{"document","place",
 *       "confidence"}}}; written with the derived {@code coveredCo2e} and {@code emissions}. Read and written.</li>
 *   <li>{@link AnnualReport}: {@code entityId, facilityId, sector, year, gwpSet}, the twelve {@code months}
 *       (which take the year's entity, facility and sector), and the derived {@code coveredCo2e},
 *       {@code verifiedEmissions}, {@code findings} and {@code defaultsUsed}. Read and written.</li>
 *   <li>{@link Allocation}: {@code sector, year, method}, the balance values (used, published with its source,
 *       solved), the REG-2024 Art 31 adjustment and consumption, the {@code entities} with their {@code units}
 *       (each of a {@code kind}: {@code power}, {@code industry} or {@code verified}, with every figure of its
 *       explanation), the {@code reportOnly} units, and the derived totals, flags and explanations. Read and
 *       written; every public figure of the allocation, its entities and units is in the document.</li>
 *   <li>the state of a {@link ComplianceAccount}: {@code entityId, year}, the {@code rules} figures a caller
 *       can change (offset limit, Art 31 adjustment), the obligation, holdings and surrenders by vintage,
 *       carried-over allowances, CCERs and borrowing, and the derived {@code settled, remaining, isSettled}.
 *       Read and written.</li>
 * </ul>
 *
 * <p><b>Decimals are JSON strings</b> ({@code "27068.55"}), written with {@code toPlainString} and read
 * with {@code new BigDecimal(String)}: a JSON number would pass through a {@code double} in most JSON
 * stacks (and in Jackson's own trees unless configured otherwise), so a number where a decimal belongs is
 * refused. Reading goes through the library's own factories and builders, so it validates exactly as they
 * do. A derived value given in a document (a month's {@code coveredCo2e}, a year's
 * {@code verifiedEmissions}, ...) must equal the value recomputed from the data. A bad document gives an
 * {@link io.github.ets4j.core.EtsValidationException} whose field is the JSON path of the refused value
 * relative to the value read, e.g. {@code $.months[3].rows[2].value}; when the value is nested in another
 * type, Jackson wraps it in its own exception with the outer path (unless {@code WRAP_EXCEPTIONS} is off).
 *
 * <p>Immutable and thread-safe.
 */
public final class Ets4jModule extends SimpleModule {
  private static final long serialVersionUID = 1L;

  /** Creates the module. */
  public Ets4jModule() {
    super("ets4j", Version.unknownVersion());
    both(Emissions.class, JsonForms::emissions, JsonForms::emissions);
    both(Co2e.class, JsonForms::co2e, JsonForms::co2e);
    both(MonthlyReport.class, JsonForms::month, (tree, path) -> JsonForms.month(tree, path, "", "", ""));
    both(AnnualReport.class, JsonForms::year, JsonForms::year);
    both(Allocation.class, AllocationForms::allocation, AllocationForms::allocation);
    both(ComplianceAccount.class, AllocationForms::account, AllocationForms::account);
  }

  private <T> void both(Class<T> type, Function<T, JsonNode> write, BiFunction<JsonNode, String, T> read) {
    addSerializer(type, serializer(write));
    addDeserializer(type, new JsonDeserializer<T>() {
      @Override
      public T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        JsonNode tree = parser.readValueAsTree();
        return read.apply(tree, "$");
      }
    });
  }

  private static <T> JsonSerializer<T> serializer(Function<T, JsonNode> write) {
    return new JsonSerializer<T>() {
      @Override
      public void serialize(T value, JsonGenerator generator, SerializerProvider provider) throws IOException {
        generator.writeTree(write.apply(value));
      }
    };
  }
}
