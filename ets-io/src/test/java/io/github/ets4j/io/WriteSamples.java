package io.github.ets4j.io;

import java.nio.file.Files;
import java.nio.file.Path;

/** Writes the sample files once (kept in src/test/resources); not a test. */
final class WriteSamples {
  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[0]);
    Files.writeString(dir.resolve("power-2025.csv"), MonitoringCsv.write(SectorYears.power()));
    Files.writeString(dir.resolve("cement-2025.csv"), MonitoringCsv.write(SectorYears.cement()));
    Files.writeString(dir.resolve("steel-2025.csv"), MonitoringCsv.write(SectorYears.steel()));
    Files.writeString(dir.resolve("aluminum-2025.csv"), MonitoringCsv.write(SectorYears.aluminum()));
  }
}
