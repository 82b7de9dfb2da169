package io.github.ets4j.study;

import io.github.ets4j.core.internal.Checks;
import java.nio.file.Path;

/**
 * A market file read once: the market it holds and the SHA-256 of the bytes it was read from (the run manifest's
 * {@code market} entry), so the file is not read a second time for its hash and the hash is that of what was
 * studied. Immutable and thread-safe.
 */
public final class MarketFile {
  private final Market market;
  private final String sha256;

  private MarketFile(Market market, String sha256) {
    this.market = market;
    this.sha256 = sha256;
  }

  /**
   * Reads a market file, as {@link MarketCsv#read(Path)} does, and hashes the same bytes.
   *
   * @param file the file
   * @return the market and its hash
   * @throws CsvFileException as {@link MarketCsv#read(Path)}
   * @throws java.io.UncheckedIOException if the file cannot be read; the message names the path and the reason
   */
  public static MarketFile read(Path file) {
    byte[] bytes = MarketCsv.bytes(Checks.notNull("file", file));
    return new MarketFile(MarketCsv.parse(bytes, file), RunManifest.sha256(bytes));
  }

  /**
   * The market.
   *
   * @return the market
   */
  public Market market() {
    return market;
  }

  /**
   * The SHA-256 of the file's bytes, 64 lowercase hex digits.
   *
   * @return the hash
   */
  public String sha256() {
    return sha256;
  }

  @Override
  public String toString() {
    return "MarketFile{" + sha256 + "}";
  }
}
