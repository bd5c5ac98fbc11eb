package dev.attune.disk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CauseTest {
  @TempDir Path dir;

  @Test
  void theSystemsReasons_becomePlainCauses() {
    assertEquals(
        Cause.FULL, Cause.of(new FileSystemException("/d/x", null, "No space left on device")));
    assertEquals(Cause.FULL, Cause.of(new IOException("No space left on device")));
    assertEquals(
        Cause.READ_ONLY, Cause.of(new FileSystemException("/d/x", null, "Read-only file system")));
    assertEquals(Cause.NO_PERMISSION, Cause.of(new AccessDeniedException("/d/x")));
    assertEquals(
        Cause.NO_PERMISSION,
        Cause.of(new FileSystemException("/d/x", null, "Operation not permitted")));
    assertEquals(Cause.MISSING, Cause.of(new NoSuchFileException("/d/x")));
    assertEquals(Cause.UNKNOWN, Cause.of(new IOException("something else")));
    assertEquals(Cause.UNKNOWN, Cause.of(new IllegalStateException("not the disk")));
  }

  @Test
  void sqlitesResultCodes_becomePlainCauses() {
    assertEquals(Cause.FULL, Cause.sqlite(13));
    assertEquals(Cause.READ_ONLY, Cause.sqlite(8));
    assertEquals(Cause.DAMAGED, Cause.sqlite(26));
    assertEquals(Cause.IN_USE, Cause.sqlite(5));
    // An extended code keeps the primary one in its low byte: SQLITE_IOERR_WRITE is 778.
    assertEquals(Cause.UNKNOWN, Cause.sqlite(778));
    assertEquals(Cause.FULL, Cause.sqlite(13 | (1 << 8)));
  }

  @Test
  void realFailures_fromThisFileSystem() throws IOException {
    Path file = dir.resolve("file");
    Files.writeString(file, "x");
    IOException underAFile =
        org.junit.jupiter.api.Assertions.assertThrows(
            IOException.class, () -> Files.createDirectories(file.resolve("sub")));
    assertTrue(
        Cause.of(underAFile) == Cause.NOT_A_FOLDER || Cause.of(underAFile) == Cause.ALREADY_THERE,
        Cause.of(underAFile) + " from " + underAFile);
    IOException missing =
        org.junit.jupiter.api.Assertions.assertThrows(
            IOException.class, () -> Files.readAllBytes(dir.resolve("nowhere")));
    assertEquals(Cause.MISSING, Cause.of(missing));
  }

  @Test
  void everyCause_saysWhyAndWhatToDo_inASentence() {
    for (Cause c : Cause.values()) {
      assertTrue(c.because().startsWith(", because "), c.because());
      assertTrue(c.toDo().endsWith("."), c.toDo());
      assertFalse(c.because().contains("Exception"), c.because());
    }
  }

  @Test
  void aLongValue_isCutTo200Characters() {
    assertEquals(201, Cause.shown("x".repeat(500)).length());
    assertEquals("short", Cause.shown("short"));
  }
}
