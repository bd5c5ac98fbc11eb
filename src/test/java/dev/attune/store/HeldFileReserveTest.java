package dev.attune.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * When no new file can be written (a full disk), the held answers go into the reserve made while
 * there was room, which takes the held-answers name; the next start reads them as any other.
 */
class HeldFileReserveTest {
  @TempDir Path dir;

  private static final Instant AT = Instant.parse("2026-12-03T21:00:00Z");

  @Test
  void noRoomForANewFile_theReserveTakesTheHeldAnswers() throws Exception {
    try (Database db = Database.open(dir)) {
      HeldFile file = new HeldFile(db, Clock.systemUTC());
      assertTrue(file.reserve());
      Path reserve = dir.resolve(HeldFile.RESERVE_NAME);
      assertEquals(HeldFile.RESERVE, Files.size(reserve), "its room, on the disk");
      // The new file cannot be made: a folder with something in it has taken its name.
      Path blocked = Files.createDirectories(dir.resolve(HeldFile.NAME + ".new"));
      Files.writeString(blocked.resolve("in the way"), "x");
      List<HeldCall> calls =
          List.of(
              HeldCall.answer("c1", 1, "pain_level", List.of("mild"), AT),
              HeldCall.answer("c1", 1, "pain_feel", List.of("burning"), AT));
      file.save(calls);
      assertTrue(file.exists());
      assertFalse(Files.exists(reserve), "the reserve became the held answers");
      assertEquals(calls, file.load(), "read back whole, the zeros after them ignored");
      // The disk stays full: more held answers go into the same room.
      List<HeldCall> more = new java.util.ArrayList<>(calls);
      more.add(HeldCall.signal("red", AT));
      file.save(more);
      assertEquals(more, file.load(), "kept in the room the reserve brought");
      Files.delete(blocked.resolve("in the way"));
      Files.delete(blocked);
      assertTrue(file.reserve(), "made again while there is room");
    }
  }

  @Test
  void withoutAReserve_aFullDiskIsStillTold() throws Exception {
    try (Database db = Database.open(dir)) {
      HeldFile file = new HeldFile(db, Clock.systemUTC());
      Path blocked = Files.createDirectories(dir.resolve(HeldFile.NAME + ".new"));
      Files.writeString(blocked.resolve("in the way"), "x");
      StoreException e =
          org.junit.jupiter.api.Assertions.assertThrows(
              StoreException.class, () -> file.save(List.of(HeldCall.signal("red", AT))));
      assertTrue(
          e.getMessage().contains(dir.resolve(HeldFile.NAME).toString() + ", because "),
          "names the file and why: " + e.getMessage());
    }
  }
}
