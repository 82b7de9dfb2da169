package io.github.ets4j.study;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The version of ets4j that a study runs on, as the build wrote it (the Maven project version, filtered into
 * {@code ets-study.properties}). It goes into {@code --version} and {@code run.json}, so that a result set says
 * which library made it. Stateless and thread-safe.
 */
public final class StudyVersion {
  private static final String RESOURCE = "ets-study.properties";
  private static final String VERSION = read();

  private StudyVersion() {}

  /**
   * The library version.
   *
   * @return the version, e.g. {@code 0.1.0-SNAPSHOT}
   */
  public static String current() {
    return VERSION;
  }

  private static String read() {
    Properties properties = new Properties();
    try (InputStream in = StudyVersion.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the build left out " + RESOURCE);
      }
      properties.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE + ": " + e.getMessage(), e);
    }
    String version = properties.getProperty("version", "");
    // An unfiltered placeholder is a build fault, not a version: refuse it rather than write it into run.json.
    if (version.isBlank() || version.contains("${")) {
      throw new IllegalStateException(RESOURCE + " holds no version: " + version);
    }
    return version.strip();
  }
}
