package io.github.ets4j.study.doors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.ets4j.study.CsvFileException;
import io.github.ets4j.core.EtsValidationException;
import java.nio.file.Path;
import java.util.function.Function;

/**
 * The assertion of a strict file door: reading a (possibly corrupted) file either gives a result, or stops with
 * a {@link CsvFileException} that names the file and a line of it; never another exception, and never a part
 * of a result. Every file format the project reads is held to it. Stateless.
 */
public final class FileDoor {
  private FileDoor() {}

  /** What a door did with one file. */
  public enum Outcome {
    /** The file was read. */
    READ,
    /** The file was refused with its name and a line. */
    REFUSED
  }

  /**
   * Reads a file through a door and checks the outcome.
   *
   * @param file the file
   * @param lines the number of lines the file has (a refusal may point one past the last)
   * @param door the reader, e.g. {@code MarketCsv::read}
   * @param <T> the result type
   * @return what happened
   */
  public static <T> Outcome check(Path file, long lines, Function<Path, T> door) {
    T result;
    try {
      result = door.apply(file);
    } catch (CsvFileException e) {
      assertEquals(file.toString(), e.file(), e::getMessage);
      assertTrue(e.line() >= 1 && e.line() <= lines + 1, () -> "line out of the file: " + e.getMessage());
      assertTrue(e.getMessage().startsWith(file + " line " + e.line() + ", column "), e::getMessage);
      return Outcome.REFUSED;
    } catch (EtsValidationException e) {
      return fail("a file door must name the file and the line, not only the field: " + e.getMessage(), e);
    }
    assertTrue(result != null, "a door returns a result or refuses");
    return Outcome.READ;
  }
}
