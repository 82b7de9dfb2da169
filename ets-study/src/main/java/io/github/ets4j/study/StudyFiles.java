package io.github.ets4j.study;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import javax.annotation.Nullable;
import org.apache.commons.csv.CSVFormat;

/**
 * File helpers of the study: one CSV dialect, file-system errors that name the path and the reason, and
 * result sets that are written all or nothing.
 */
final class StudyFiles {
  /** RFC 4180 CSV with {@code \n} line ends, so files are identical on every platform. */
  static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get();

  private StudyFiles() {}

  /**
   * The reason of a file-system error in the words a user knows: no such file, permission denied, is a
   * directory, not a directory, exists and is a file; else the system's own message.
   */
  static String reason(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "no such file";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof NotDirectoryException) {
      return "not a directory";
    }
    if (e instanceof DirectoryNotEmptyException) {
      return "is a directory";
    }
    if (e instanceof FileAlreadyExistsException) {
      return "exists and is a file";
    }
    String message = e instanceof FileSystemException ? ((FileSystemException) e).getReason() : e.getMessage();
    if (message == null || message.isBlank()) {
      return e.getClass().getSimpleName();
    }
    String lower = message.toLowerCase(Locale.ROOT);
    if (lower.contains("not a directory")) {
      return "not a directory";
    }
    if (lower.contains("is a directory")) {
      return "is a directory";
    }
    if (lower.contains("permission denied") || lower.contains("read-only file system")) {
      return "permission denied";
    }
    return message;
  }

  /** The error for a failed file-system action: {@code cannot read market file x.csv: no such file}. */
  /**
   * Reads an input file's bytes once, refusing a directory.
   *
   * @param what what the file is, e.g. {@code "market file"}
   * @param file the file
   * @return its bytes
   * @throws UncheckedIOException naming the path and the reason when it cannot be read
   */
  static byte[] readInput(String what, Path file) {
    if (Files.isDirectory(file)) {
      throw new UncheckedIOException("cannot read " + what + " " + file + ": is a directory",
          new IOException("is a directory"));
    }
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw failure("read " + what, file, e);
    }
  }

  static UncheckedIOException failure(String action, Path path, IOException e) {
    return new UncheckedIOException("cannot " + action + " " + path + ": " + reason(e), e);
  }

  private static UncheckedIOException failure(String action, Path path, String reason) {
    return new UncheckedIOException("cannot " + action + " " + path + ": " + reason, new IOException(reason));
  }

  /**
   * Checks, before any work is done, that a result set can be written into a directory: the directory is a
   * directory (or can be created below a writable one), is writable, and none of the result files is a
   * directory.
   */
  static void checkWritable(Path dir, List<String> names) {
    Path target = dir.toAbsolutePath();
    if (Files.exists(target) && !Files.isDirectory(target)) {
      throw failure("write to", dir, "exists and is a file");
    }
    Path existing = target;
    while (existing != null && !Files.exists(existing)) {
      existing = existing.getParent();
    }
    if (existing == null) {
      throw failure("write to", dir, "no such file");
    }
    if (!Files.isDirectory(existing)) {
      throw failure("write to", dir, "not a directory (" + existing + " is a file)");
    }
    if (!Files.isWritable(existing)) {
      throw failure("write to", dir, "permission denied");
    }
    for (String name : names) {
      if (Files.isDirectory(target.resolve(name))) {
        throw failure("write", target.resolve(name), "is a directory");
      }
    }
  }

  static void writeAtomically(Path file, String text) {
    Path target = file.toAbsolutePath();
    Path parent = target.getParent() == null ? Path.of("").toAbsolutePath() : target.getParent();
    // Not createTempFile: its owner-only permissions would stay on the result file.
    Path temp = parent.resolve("." + target.getFileName() + "." + System.nanoTime() + ".tmp");
    try {
      Files.createDirectories(parent);
      Files.writeString(temp, text, StandardCharsets.UTF_8);
      move(temp, target);
    } catch (IOException e) {
      throw failure("write", file, e);
    } finally {
      deleteQuietly(temp);
    }
  }

  /**
   * Writes a set of files into a directory all or nothing. Every file is first written to a staging folder
   * beside the directory; only when all are written are they moved in, each existing file being moved aside
   * first. If any step fails, the files already moved in are removed and the earlier ones put back, so the
   * directory holds either the whole new set or the whole earlier one.
   */
  static void writeAll(Path dir, Map<String, String> files) {
    checkWritable(dir, List.copyOf(files.keySet()));
    Path target = dir.toAbsolutePath();
    Path parent = target.getParent() == null ? target : target.getParent();
    String stem = "." + target.getFileName() + "." + System.nanoTime();
    Path staging = parent.resolve(stem + ".new");
    Path backup = parent.resolve(stem + ".old");
    List<String> movedIn = new ArrayList<>();
    List<String> movedAside = new ArrayList<>();
    boolean keepBackup = false;
    try {
      Files.createDirectories(staging);
      for (Map.Entry<String, String> file : files.entrySet()) {
        Files.writeString(staging.resolve(file.getKey()), file.getValue(), StandardCharsets.UTF_8);
      }
      Files.createDirectories(target);
      Files.createDirectories(backup);
      for (String name : files.keySet()) {
        if (Files.exists(target.resolve(name))) {
          move(target.resolve(name), backup.resolve(name));
          movedAside.add(name);
        }
        move(staging.resolve(name), target.resolve(name));
        movedIn.add(name);
      }
    } catch (IOException e) {
      keepBackup = !rollBack(target, backup, movedIn, movedAside);
      throw new UncheckedIOException("cannot write to " + dir + ": " + reason(e)
          + (keepBackup ? "; the earlier files are kept in " + backup : "; no earlier file was replaced"), e);
    } finally {
      deleteTree(staging);
      if (!keepBackup) {
        deleteTree(backup);
      }
    }
  }

  /** Puts the earlier set back; tells whether every earlier file is back in place. */
  private static boolean rollBack(Path target, Path backup, List<String> movedIn, List<String> movedAside) {
    for (String name : movedIn) {
      deleteQuietly(target.resolve(name));
    }
    boolean restored = true;
    for (String name : movedAside) {
      try {
        move(backup.resolve(name), target.resolve(name));
      } catch (IOException e) {
        restored = false;
      }
    }
    return restored;
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private static void deleteTree(@Nullable Path root) {
    if (root == null || !Files.exists(root)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      paths.sorted(Comparator.reverseOrder()).forEach(StudyFiles::deleteQuietly);
    } catch (IOException e) {
      // A leftover hidden staging folder is harmless; the write itself already succeeded or failed.
    }
  }

  private static void deleteQuietly(Path path) {
    try {
      Files.deleteIfExists(path);
    } catch (IOException e) {
      // A leftover hidden temporary file is harmless; the write itself already succeeded or failed.
    }
  }
}
