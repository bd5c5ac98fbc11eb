package dev.attune.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.attune.session.Person;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DamagedDatabaseTest {
  @TempDir Path dir;

  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T21:30:00Z"), ZoneOffset.UTC);
  static final String MOVED = "attune.db.damaged-20261125-213000";

  /** A real database with a few hundred answers, as bytes, made in {@code scratch}. */
  static byte[] soundDatabase(Path scratch) throws Exception {
    try (Database db = Database.open(scratch, CLOCK)) {
      Person sam = new SqlitePeople(db, CLOCK).add("Sam", true);
      SqliteJournal journal = new SqliteJournal(db);
      journal.begin("c1", "before", List.of(sam), CLOCK.instant());
      for (int i = 0; i < 300; i++) {
        journal.answer("c1", sam.id(), "prompt_" + i, List.of("option_" + i), CLOCK.instant());
      }
    }
    return Files.readAllBytes(scratch.resolve(Database.FILE_NAME));
  }

  static Stream<Arguments> damage() {
    return Stream.of(
        Arguments.of("random bytes", (UnaryOperator<byte[]>) b -> random(b.length)),
        Arguments.of("plain text", (UnaryOperator<byte[]>) b -> utf8("my notes, not a database")),
        Arguments.of("only the header", (UnaryOperator<byte[]>) b -> Arrays.copyOf(b, 100)),
        Arguments.of(
            "truncated to half", (UnaryOperator<byte[]>) b -> Arrays.copyOf(b, b.length / 2)),
        Arguments.of(
            "last page cut short", (UnaryOperator<byte[]>) b -> Arrays.copyOf(b, b.length - 1000)),
        Arguments.of("zeroed pages", (UnaryOperator<byte[]>) DamagedDatabaseTest::zeroMiddle));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("damage")
  void damagedDatabase_isMovedAsideWithItsCompanions_andAFreshOneStarts(
      String name, UnaryOperator<byte[]> harm) throws Exception {
    byte[] damaged = harm.apply(soundDatabase(dir.resolve("scratch")));
    Path data = dir.resolve("data");
    Files.createDirectories(data);
    Files.write(data.resolve("attune.db"), damaged);
    byte[] wal = random(4096);
    Files.write(data.resolve("attune.db-wal"), wal);
    Files.write(data.resolve("attune.db-shm"), utf8("shm"));

    try (Database db = Database.open(data, CLOCK)) {
      Path moved = data.resolve(MOVED);
      assertEquals(
          "Attune's database was damaged, so it was set aside as "
              + moved
              + " and a fresh one was started. Nothing was deleted.",
          db.recoveryNotice().orElseThrow());
      assertArrayEquals(damaged, Files.readAllBytes(moved));
      assertArrayEquals(wal, Files.readAllBytes(data.resolve(MOVED + "-wal")));
      // The -shm is only an index SQLite rebuilds (reading rewrites it); it moves, content aside.
      assertTrue(Files.exists(data.resolve(MOVED + "-shm")));
      assertEquals(Migrations.latest(), db.schemaVersion());
      assertEquals(List.of(), SqliteJournalTest.rows(db, "SELECT * FROM answer"));
      new SqliteJournal(db).begin("fresh", "before", List.of(), CLOCK.instant());
    }
  }

  @Test
  void damageTwiceInOneSecond_keepsBothOldFiles() throws Exception {
    Path file = dir.resolve("attune.db");
    Files.write(file, utf8("first"));
    Database.open(dir, CLOCK).close();
    Files.write(file, utf8("second"));
    try (Database db = Database.open(dir, CLOCK)) {
      assertTrue(db.recoveryNotice().orElseThrow().contains(MOVED + "-2"));
    }
    assertEquals("first", Files.readString(dir.resolve(MOVED)));
    assertEquals("second", Files.readString(dir.resolve(MOVED + "-2")));
  }

  @Test
  void soundDatabase_isNotMoved_andHasNoNotice() throws Exception {
    soundDatabase(dir);
    try (Database db = Database.open(dir, CLOCK)) {
      assertTrue(db.recoveryNotice().isEmpty());
      assertEquals(300, SqliteJournalTest.rows(db, "SELECT * FROM answer").size());
    }
    try (Stream<Path> files = Files.list(dir)) {
      assertFalse(files.anyMatch(p -> p.getFileName().toString().contains("damaged")));
    }
  }

  @Test
  void writeAheadLogWithoutItsDatabase_isMovedAside_notReplayedIntoAFreshOne() throws Exception {
    byte[] wal = random(2048);
    Files.write(dir.resolve("attune.db-wal"), wal);
    try (Database db = Database.open(dir, CLOCK)) {
      String notice = db.recoveryNotice().orElseThrow();
      assertTrue(notice.contains(dir.resolve("attune.db.orphaned-20261125-213000").toString()));
      assertTrue(notice.endsWith("Nothing was deleted."), notice);
      assertEquals(Migrations.latest(), db.schemaVersion());
    }
    assertArrayEquals(
        wal, Files.readAllBytes(dir.resolve("attune.db.orphaned-20261125-213000-wal")));
  }

  private static byte[] random(int size) {
    byte[] bytes = new byte[size];
    new Random(size).nextBytes(bytes);
    return bytes;
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  /** Overwrites every page but the first with zeros: the schema survives, the tables do not. */
  private static byte[] zeroMiddle(byte[] database) {
    byte[] copy = database.clone();
    Arrays.fill(copy, 4096, copy.length, (byte) 0);
    return copy;
  }
}
