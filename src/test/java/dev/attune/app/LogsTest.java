package dev.attune.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

@EnabledOnOs({OS.LINUX, OS.MAC})
class LogsTest {
  @TempDir Path dir;

  @Test
  void everyLogFile_rotatedOnesToo_isReadableByItsOwnerOnly() throws Exception {
    // The records go to the file; kept off the console, which would print 2.5 MB of them.
    java.util.Map<java.util.logging.Handler, java.util.logging.Level> console =
        new java.util.HashMap<>();
    for (java.util.logging.Handler h : Logger.getLogger("").getHandlers()) {
      if (h instanceof java.util.logging.ConsoleHandler) {
        console.put(h, h.getLevel());
        h.setLevel(java.util.logging.Level.OFF);
      }
    }
    Logs.start(dir);
    try {
      Logger log = Logger.getLogger(LogsTest.class.getName());
      String line = "x".repeat(1000);
      for (int i = 0; i < 2_500; i++) { // 2.5 MB: two rotations of 1 MB files
        log.info(line);
      }
    } finally {
      Logs.stop(dir);
      console.forEach(java.util.logging.Handler::setLevel);
    }
    List<Path> logs;
    try (Stream<Path> files = Files.list(dir)) {
      logs = files.filter(f -> f.getFileName().toString().endsWith(".log")).sorted().toList();
    }
    assertEquals(3, logs.size(), "the log rotated: " + logs);
    for (Path f : logs) {
      assertTrue(Files.size(f) > 0, f + " has records");
      assertEquals(
          "rw-------",
          PosixFilePermissions.toString(Files.getPosixFilePermissions(f)),
          f.getFileName() + " is the owner's only");
    }
  }
}
