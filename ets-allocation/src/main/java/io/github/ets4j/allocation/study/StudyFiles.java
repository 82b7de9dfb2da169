package io.github.ets4j.allocation.study;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;

/** File helpers of the study: one CSV dialect, and writes that never leave a half-written file. */
final class StudyFiles {
  /** RFC 4180 CSV with {@code \n} line ends, so files are identical on every platform. */
  static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get();

  private StudyFiles() {}

  static void writeAtomically(Path file, String text) {
    writeAll(file.toAbsolutePath().getParent() == null ? Path.of("") : file.toAbsolutePath().getParent(),
        Map.of(file.getFileName().toString(), text));
  }

  /**
   * Writes several files so that a failure leaves no half-written set: every text goes to a temporary
   * file beside its target first, and only when all are written are they moved into place.
   */
  static void writeAll(Path dir, Map<String, String> files) {
    Path target = dir.toAbsolutePath();
    Map<Path, Path> moves = new LinkedHashMap<>();
    try {
      Files.createDirectories(target);
      for (Map.Entry<String, String> file : files.entrySet()) {
        // Not createTempFile: its owner-only permissions would stay on the result file.
        Path temp = target.resolve("." + file.getKey() + "." + System.nanoTime() + ".tmp");
        moves.put(temp, target.resolve(file.getKey()));
        Files.writeString(temp, file.getValue(), StandardCharsets.UTF_8);
      }
      for (Map.Entry<Path, Path> move : moves.entrySet()) {
        try {
          Files.move(move.getKey(), move.getValue(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
          Files.move(move.getKey(), move.getValue(), StandardCopyOption.REPLACE_EXISTING);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
    } finally {
      for (Path temp : moves.keySet()) {
        try {
          Files.deleteIfExists(temp);
        } catch (IOException e) {
          // A leftover hidden temporary file is harmless; the write itself already succeeded or failed.
        }
      }
    }
  }
}
