package io.github.ets4j.study.doors;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Corrupts a valid CSV file at random, the way real files go wrong: a cell replaced by junk, the file saved in
 * another encoding or with stray bytes, cut short, a row duplicated or dropped, a byte-order mark added.
 * Knows nothing of the file's columns, so every CSV format the project reads can be fuzzed with it; a format
 * adds its own junk cells with {@link #withJunk(String...)}. Immutable; each call is driven by its own seed.
 */
public final class FileCorrupter {
  /** Cell values that break a rule of some column in most formats. */
  static final List<String> JUNK = List.of("", " ", "-1", "0", "0.5", "1", "1e30", "1E-30", "NaN", "Infinity", "abc",
      "12,5", "\"", "\"\"", "999999999999999999999", "0x10", "１２", "null", "2100", "1999", "foo", "安徽",
      "\uFEFF", "\t7", "1_000");

  private final List<String> junk;

  private FileCorrupter(List<String> junk) {
    this.junk = List.copyOf(junk);
  }

  /**
   * A corrupter with the common junk cells.
   *
   * @return the corrupter
   */
  public static FileCorrupter standard() {
    return new FileCorrupter(JUNK);
  }

  /**
   * The same corrupter with more junk cells (values that break the rules of one format).
   *
   * @param more the values
   * @return a new corrupter
   */
  public FileCorrupter withJunk(String... more) {
    List<String> all = new ArrayList<>(junk);
    all.addAll(Arrays.asList(more));
    return new FileCorrupter(all);
  }

  /**
   * Applies {@code count} random corruptions to a valid UTF-8 CSV text.
   *
   * @param valid the valid text, lines ending in {@code \n}
   * @param seed drives every choice
   * @param count how many corruptions, at least 1
   * @return the corrupted bytes
   */
  public byte[] corrupt(String valid, long seed, int count) {
    SplittableRandom random = new SplittableRandom(seed);
    List<String> lines = new ArrayList<>(Arrays.asList(valid.split("\n", -1)));
    if (lines.get(lines.size() - 1).isEmpty()) {
      lines.remove(lines.size() - 1);
    }
    Charset charset = StandardCharsets.UTF_8;
    String prefix = "";
    int cutAt = -1;
    byte[] stray = new byte[0];
    for (int c = 0; c < count; c++) {
      int kind = random.nextInt(8);
      int line = lines.isEmpty() ? 0 : random.nextInt(lines.size());
      switch (kind) {
        case 0:
        case 1:
          if (!lines.isEmpty()) {
            String[] cells = lines.get(line).split(",", -1);
            cells[random.nextInt(cells.length)] = junk.get(random.nextInt(junk.size()));
            lines.set(line, String.join(",", cells));
          }
          break;
        case 2:
          if (!lines.isEmpty()) {
            lines.add(line, lines.get(line));
          }
          break;
        case 3:
          if (!lines.isEmpty()) {
            lines.remove(line);
          }
          break;
        case 4:
          // Spreadsheet programs in China save GBK; a Chinese name makes it differ from UTF-8.
          charset = Charset.forName("GBK");
          if (!lines.isEmpty()) {
            lines.set(line, lines.get(line).replaceFirst(",", ",华能"));
          }
          break;
        case 5:
          stray = new byte[] {(byte) (0x80 + random.nextInt(0x80))};
          break;
        case 6:
          cutAt = random.nextInt(Math.max(1, valid.length()));
          break;
        default:
          prefix = "\uFEFF";
          break;
      }
    }
    byte[] bytes = (prefix + String.join("\n", lines) + "\n").getBytes(charset);
    if (stray.length > 0) {
      int at = random.nextInt(bytes.length + 1);
      byte[] with = new byte[bytes.length + 1];
      System.arraycopy(bytes, 0, with, 0, at);
      with[at] = stray[0];
      System.arraycopy(bytes, at, with, at + 1, bytes.length - at);
      bytes = with;
    }
    return cutAt >= 0 && cutAt < bytes.length ? Arrays.copyOf(bytes, cutAt) : bytes;
  }
}
