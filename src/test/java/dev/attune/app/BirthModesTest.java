package dev.attune.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every file Attune makes is owner-only from the moment it exists. A child JVM runs with {@code
 * umask 000}, so a file made the ordinary way would be readable and writable by anyone, and Attune
 * changes no mode afterwards: a full night saved, the log rotated twice, a daily backup, a restore
 * asked for and carried out, a damaged database moved aside, and both exports ({@link
 * BirthModesMain}). Then every file in the data folder and the export folder is read for its mode.
 */
class BirthModesTest {
  @TempDir Path dir;

  @Test
  void everyFileIsTheOwnersOnly_fromBirth_evenWithAnOpenUmask() throws Exception {
    Path data = dir.resolve("data");
    Path exports = Files.createDirectories(dir.resolve("exports"));
    List<String> java =
        List.of(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-Djava.awt.headless=true",
            "-cp",
            System.getProperty("java.class.path"),
            BirthModesMain.class.getName(),
            data.toString(),
            exports.toString());
    List<String> command = new ArrayList<>(List.of("sh", "-c", "umask 000 && exec \"$@\"", "sh"));
    command.addAll(java);
    Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(child.waitFor(120, TimeUnit.SECONDS), "the child finished");
    assertEquals(0, child.exitValue(), output);

    Map<String, String> modes = new TreeMap<>();
    for (Path root : List.of(data, exports)) {
      try (var all = Files.walk(root)) {
        for (Path p : all.toList()) {
          if (p.equals(exports)) {
            continue; // the test's own folder
          }
          modes.put(
              dir.relativize(p).toString(),
              PosixFilePermissions.toString(
                  Files.getPosixFilePermissions(p, LinkOption.NOFOLLOW_LINKS)));
        }
      }
    }
    for (String expected :
        List.of(
            "data/attune.db",
            "data/attune.0.log",
            "data/attune.1.log",
            "data/attune.2.log",
            "data/backups",
            "exports/answers.csv",
            "exports/report.pdf")) {
      assertTrue(modes.containsKey(expected), expected + " was made: " + modes.keySet());
    }
    assertTrue(
        modes.keySet().stream().anyMatch(f -> f.contains("before-restore")),
        "the restore set the old database aside: " + modes.keySet());
    assertTrue(
        modes.keySet().stream().anyMatch(f -> f.contains(".damaged-")),
        "the damaged database was moved aside: " + modes.keySet());
    Map<String, String> open = new TreeMap<>();
    modes.forEach(
        (file, mode) -> {
          boolean folder = Files.isDirectory(dir.resolve(file), LinkOption.NOFOLLOW_LINKS);
          if (!mode.equals(folder ? "rwx------" : "rw-------")) {
            open.put(file, mode);
          }
        });
    assertEquals(Map.of(), open, "made open to others, of " + modes.size() + " files");
  }
}
