package io.github.ets4j.allocation.study;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;

/** File helpers of the study: one CSV dialect, and writes that never leave a half-written file. */
final class StudyFiles {
  /** RFC 4180 CSV with {@code \n} line ends, so files are identical on every platform. */
  static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get();

  private StudyFiles() {}

  static void writeAtomically(Path file, String text) {
    Path target = file.toAbsolutePath();
    Path dir = target.getParent();
    try {
      if (dir != null) {
        Files.createDirectories(dir);
      }
      // Not createTempFile: its owner-only permissions would stay on the result file.
      Path temp = target.resolveSibling("." + target.getFileName() + "." + System.nanoTime() + ".tmp");
      try {
        Files.writeString(temp, text, StandardCharsets.UTF_8);
        try {
          Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
          Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
      } finally {
        Files.deleteIfExists(temp);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
    }
  }

  /** Writes several files once all their texts are ready (the caller renders everything first). */
  static void writeAll(Path dir, Map<String, String> files) {
    files.forEach((name, text) -> writeAtomically(dir.resolve(name), text));
  }
}
