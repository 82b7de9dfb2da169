package io.github.ets4j.io;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ets4j.core.EtsValidationException;
import io.github.ets4j.sectors.mrv.AnnualReport;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Fuzz: a sample file or document with random bytes replaced, inserted or deleted either reads or is refused
 * with an {@link EtsValidationException}; never another exception, never half a result.
 */
class FuzzProperties {
  /** Bytes that matter to the formats: separators, quotes, signs, digits, letters, a byte that is not UTF-8. */
  static final byte[] NASTY = {',', '"', '\n', '\r', '-', '.', '9', '0', 'x', 'E', ':', ';', '/', ' ', '{', '}', '[',
      ']', (byte) 0xFF, (byte) 0xC3};

  static byte[] sample() {
    try (InputStream in = FuzzProperties.class.getResourceAsStream("/cement-2025.csv")) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Applies edits: each is (position, kind 0 replace / 1 insert / 2 delete, byte index). */
  static byte[] mutate(byte[] original, List<Integer> edits) {
    byte[] bytes = original.clone();
    for (int i = 0; i + 2 < edits.size(); i += 3) {
      int at = Math.floorMod(edits.get(i), bytes.length);
      byte b = NASTY[Math.floorMod(edits.get(i + 2), NASTY.length)];
      switch (Math.floorMod(edits.get(i + 1), 3)) {
        case 0:
          bytes[at] = b;
          break;
        case 1: {
          byte[] longer = new byte[bytes.length + 1];
          System.arraycopy(bytes, 0, longer, 0, at);
          longer[at] = b;
          System.arraycopy(bytes, at, longer, at + 1, bytes.length - at);
          bytes = longer;
          break;
        }
        default: {
          if (bytes.length > 1) {
            byte[] shorter = new byte[bytes.length - 1];
            System.arraycopy(bytes, 0, shorter, 0, at);
            System.arraycopy(bytes, at + 1, shorter, at, bytes.length - at - 1);
            bytes = shorter;
          }
          break;
        }
      }
    }
    return bytes;
  }

  static boolean readsOrIsRefused(Reading reading) {
    try {
      return reading.read() != null;
    } catch (EtsValidationException e) {
      return !e.field().isEmpty() && !e.rule().isEmpty();
    } catch (IOException e) {
      return false;
    }
  }

  /** One read of a mutated input. */
  interface Reading {
    Object read() throws IOException;
  }

  @Test
  void aMutatedCsvFileReadsOrIsRefused() {
    byte[] original = sample();
    qt().withFixedSeed(42L).withExamples(300).forAll(lists().of(integers().all()).ofSizeBetween(3, 30))
        .check(edits -> readsOrIsRefused(() -> MonitoringCsv.readYears(
            new ByteArrayInputStream(mutate(original, edits)), "fuzz.csv")));
  }

  @Test
  void aMutatedJsonDocumentReadsOrIsRefused() throws IOException {
    ObjectMapper mapper = new ObjectMapper().registerModule(new Ets4jModule());
    byte[] original = mapper.writeValueAsString(SectorYears.cement()).getBytes(StandardCharsets.UTF_8);
    qt().withFixedSeed(43L).withExamples(200).forAll(lists().of(integers().all()).ofSizeBetween(3, 12))
        .check(edits -> {
          byte[] mutated = mutate(original, edits);
          JsonNodeOrNull tree = JsonNodeOrNull.parse(mapper, mutated);
          // Bytes that are not JSON at all are Jackson's to refuse; a well-formed document is ours.
          return tree.malformed || readsOrIsRefused(() -> mapper.treeToValue(tree.node, AnnualReport.class));
        });
  }

  /** A parsed document, or the mark that the bytes are not JSON. */
  static final class JsonNodeOrNull {
    final com.fasterxml.jackson.databind.JsonNode node;
    final boolean malformed;

    private JsonNodeOrNull(com.fasterxml.jackson.databind.JsonNode node, boolean malformed) {
      this.node = node;
      this.malformed = malformed;
    }

    static JsonNodeOrNull parse(ObjectMapper mapper, byte[] bytes) {
      try {
        return new JsonNodeOrNull(mapper.readTree(bytes), false);
      } catch (IOException e) {
        return new JsonNodeOrNull(null, true);
      }
    }
  }
}
