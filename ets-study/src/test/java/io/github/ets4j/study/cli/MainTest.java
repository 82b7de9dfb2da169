package io.github.ets4j.study.cli;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashSet;
import org.junit.jupiter.api.Test;

class MainTest {
  @Test
  void everyClassLoadedAheadIsAClassOfTheJar() {
    // The names are strings, so a renamed or moved class would only make the loading ahead stop early: each must
    // name a class, once.
    ClassLoader loader = Main.class.getClassLoader();
    for (String name : Main.AHEAD) {
      assertDoesNotThrow(() -> Class.forName(name, false, loader), name);
    }
    assertEquals(Main.AHEAD.size(), new HashSet<>(Main.AHEAD).size());
  }
}
