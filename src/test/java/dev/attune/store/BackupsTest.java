package dev.attune.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackupsTest {
  @TempDir Path dir;

  final MutableClock clock = new MutableClock(Instant.parse("2026-11-20T21:00:00Z"));
  Backups backups;

  @BeforeEach
  void setUp() {
    backups = new Backups(dir, clock);
  }

  /** One check-in per day with one answer naming the day, then that day's backup. */
  private void day(Database db, int n) {
    SqliteJournal journal = new SqliteJournal(db);
    journal.begin("day" + n, "before", List.of(), clock.instant());
    journal.answer("day" + n, 1, "pain_level", List.of("day" + n), clock.instant());
    backups.daily(db);
  }

  private static List<String> answers(Database db) throws Exception {
    return SqliteJournalTest.rows(db, "SELECT option_id FROM answer ORDER BY rowid");
  }

  @Test
  void nineDays_leaveTheNewestSeven() throws Exception {
    try (Database db = Database.open(dir, clock)) {
      for (int n = 1; n <= 9; n++) {
        day(db, n);
        clock.advance(Duration.ofDays(1));
      }
    }
    List<Backups.Backup> kept = backups.list();
    assertEquals(
        List.of(
            "2026-11-28",
            "2026-11-27",
            "2026-11-26",
            "2026-11-25",
            "2026-11-24",
            "2026-11-23",
            "2026-11-22"),
        kept.stream().map(b -> b.date().toString()).collect(Collectors.toList()));
    for (Backups.Backup b : kept) {
      assertEquals(backups.folder().resolve("attune-" + b.date() + ".db"), b.file());
      assertEquals(Files.size(b.file()), b.size());
      assertTrue(b.size() > 0);
    }
    try (Stream<Path> files = Files.list(backups.folder())) {
      assertEquals(7, files.count(), "no partial or stray files");
    }
  }

  @Test
  void secondBackupOnTheSameDay_keepsTheFirst() throws Exception {
    try (Database db = Database.open(dir, clock)) {
      day(db, 1);
      clock.advance(Duration.ofHours(2));
      day(db, 2);
    }
    List<Backups.Backup> all = backups.list();
    assertEquals(1, all.size());
    try (Database copy = Database.open(copyOf(all.get(0).file()), clock)) {
      assertEquals(List.of("day1"), answers(copy));
    }
  }

  @Test
  void backupsAreOwnerOnly() throws Exception {
    try (Database db = Database.open(dir, clock)) {
      Backups.Backup b = backups.daily(db);
      assertEquals(
          "rwx------",
          PosixFilePermissions.toString(Files.getPosixFilePermissions(backups.folder())));
      assertEquals(
          "rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(b.file())));
    }
  }

  @Test
  void restore_bringsBackThatDaysRowsAndNotLaterOnes_andMovesTheCurrentDatabaseAside()
      throws Exception {
    Database db = Database.open(dir, clock);
    for (int n = 1; n <= 3; n++) {
      day(db, n);
      clock.advance(Duration.ofDays(1));
    }
    new SqliteJournal(db)
        .answer("day3", 1, "tools", List.of("after the last backup"), clock.instant());
    Path firstDay = backups.list().get(2).file();
    assertEquals(LocalDate.parse("2026-11-20"), backups.list().get(2).date());

    Backups.Restored restored = backups.restore(db, firstDay);
    try (Database now = restored.database()) {
      assertEquals(List.of("day1"), answers(now));
      assertEquals(Migrations.latest(), now.schemaVersion());
      new SqliteJournal(now)
          .answer("day1", 1, "tools", List.of("after restoring"), clock.instant());
      assertEquals(List.of("day1", "after restoring"), answers(now));
    }
    Path previous = dir.resolve("attune.db.before-restore-20261123-210000");
    assertEquals(previous, restored.previous());
    assertEquals(
        "The backup attune-2026-11-20.db was restored. The database as it was is kept at "
            + previous
            + ". Nothing was deleted.",
        restored.notice());
    try (Database old = Database.open(copyOf(previous), clock)) {
      assertEquals(List.of("day1", "day2", "day3", "after the last backup"), answers(old));
    }
    try (Stream<Path> files = Files.list(dir)) {
      assertFalse(
          files.anyMatch(p -> p.getFileName().toString().contains("restoring")),
          "no copy left half way");
    }
  }

  @Test
  void damagedBackup_isRefused_andTheCurrentDatabaseStaysOpenAndUntouched() throws Exception {
    Path bad = Files.writeString(dir.resolve("attune-2026-11-19.db"), "not a database");
    try (Database db = Database.open(dir, clock)) {
      day(db, 1);
      StoreException e = assertThrows(StoreException.class, () -> backups.restore(db, bad));
      assertTrue(e.getMessage().contains(bad.toString()), e.getMessage());
      assertTrue(e.getMessage().endsWith("Nothing was changed."), e.getMessage());
      new SqliteJournal(db).answer("day1", 1, "tools", List.of("still open"), clock.instant());
      assertEquals(List.of("day1", "still open"), answers(db));
    }
    assertArrayEquals("not a database".getBytes(StandardCharsets.UTF_8), Files.readAllBytes(bad));
    try (Stream<Path> files = Files.list(dir)) {
      assertEquals(
          List.of("attune-2026-11-19.db", "attune.db", "backups"),
          files
              .map(p -> p.getFileName().toString())
              .filter(n -> !n.endsWith("-wal") && !n.endsWith("-shm"))
              .sorted()
              .collect(Collectors.toList()));
    }
  }

  @Test
  void aDamagedDatabase_isSetAside_andTheLatestSoundBackupComesBack() throws Exception {
    try (Database db = Database.open(dir, clock)) {
      for (int n = 1; n <= 3; n++) {
        day(db, n);
        clock.advance(Duration.ofDays(1));
      }
    }
    // The newest backup is damaged too: the one before it comes back.
    Path newest = backups.list().get(0).file();
    Files.writeString(newest, "not a database either");
    Path file = dir.resolve(Database.FILE_NAME);
    byte[] bytes = Files.readAllBytes(file);
    java.util.Arrays.fill(bytes, 0, 100, (byte) 7); // its header, gone
    Files.write(file, bytes);

    Database fresh = Database.open(dir, clock);
    assertTrue(fresh.setAsideDamaged());
    Backups.Restored restored = backups.recoverLatest(fresh).orElseThrow();
    try (Database now = restored.database()) {
      assertEquals(List.of("day1", "day2"), answers(now), "the backup of the second day");
    }
    assertFalse(fresh.isOpen());
    assertTrue(
        restored.notice().startsWith("Attune's database was damaged, so it was set aside as "),
        restored.notice());
    assertTrue(restored.notice().contains("The backup of 2026-11-21 was brought back"));
    try (Stream<Path> files = Files.list(dir)) {
      assertTrue(
          files.anyMatch(p -> p.getFileName().toString().startsWith("attune.db.damaged-")),
          "the damaged file is kept");
    }
    assertEquals(
        "not a database either", Files.readString(newest), "a damaged backup is left as it is");
  }

  @Test
  void aSoundDatabase_bringsNothingBack() throws Exception {
    try (Database db = Database.open(dir, clock)) {
      day(db, 1);
    }
    try (Database db = Database.open(dir, clock)) {
      assertFalse(db.setAsideDamaged());
      assertEquals(java.util.Optional.empty(), backups.recoverLatest(db));
      assertTrue(db.isOpen());
    }
  }

  /** A copy in its own folder, so opening it never touches the original. */
  private Path copyOf(Path database) throws Exception {
    Path folder = Files.createTempDirectory(dir, "look");
    Files.copy(database, folder.resolve(Database.FILE_NAME));
    return folder;
  }
}
