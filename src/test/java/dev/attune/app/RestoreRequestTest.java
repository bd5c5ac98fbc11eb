package dev.attune.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.attune.session.Person;
import dev.attune.store.Backups;
import dev.attune.store.Database;
import dev.attune.store.SqliteJournal;
import dev.attune.store.SqlitePeople;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RestoreRequestTest {
  @TempDir Path dir;

  @Test
  void aRestoreChosenInSettings_happensAtTheNextStart_andKeepsWhatWasThere() throws Exception {
    Clock clock = Clock.fixed(Instant.parse("2026-11-24T09:00:00Z"), ZoneOffset.UTC);
    Backups.Backup backup;
    try (Database db = Database.open(dir, clock)) {
      new SqliteJournal(db).person(new Person(1, "Sam", true), clock.instant());
      backup = new Backups(dir, clock).daily(db);
      new SqliteJournal(db).person(new Person(2, "Alex", false), clock.instant());
    }
    RestoreRequest.write(dir, backup.file());

    Database current = Database.open(dir, clock);
    Optional<Backups.Restored> restored =
        RestoreRequest.apply(dir, current, clock, new java.util.ArrayList<>());
    assertTrue(restored.isPresent());
    try (Database db = restored.get().database()) {
      assertEquals(1, new SqlitePeople(db, clock).all().size(), "the day's data is back");
    }
    assertFalse(Files.exists(dir.resolve(RestoreRequest.FILE)), "done once");
    assertTrue(Files.exists(restored.get().previous()), "what was there is kept aside");
  }

  @Test
  void aDamagedNote_orAGoneBackup_isDropped_andAttuneOpensAsItWas_sayingSo() throws Exception {
    Clock clock = Clock.fixed(Instant.parse("2026-11-24T09:00:00Z"), ZoneOffset.UTC);
    try (Database db = Database.open(dir, clock)) {
      new SqliteJournal(db).person(new Person(1, "Sam", true), clock.instant());
    }
    Path note = dir.resolve(RestoreRequest.FILE);
    for (byte[] damaged :
        java.util.List.of(
            new byte[] {(byte) 0xff, (byte) 0xfe, 'x'}, // not UTF-8
            "/tmp/a\u0000b".getBytes(java.nio.charset.StandardCharsets.UTF_8), // a NUL
            dir.resolve("backups/gone.db").toString().getBytes())) {
      Files.write(note, damaged);
      java.util.List<String> notices = new java.util.ArrayList<>();
      try (Database current = Database.open(dir, clock)) {
        assertEquals(Optional.empty(), RestoreRequest.apply(dir, current, clock, notices));
        assertTrue(current.isOpen(), "the database as it was is used");
        assertEquals(1, new SqlitePeople(current, clock).all().size());
      }
      assertFalse(Files.exists(note), "dropped, so the next start does not trip on it");
      assertEquals(1, notices.size(), notices.toString());
      assertTrue(
          notices.get(0).contains("nothing was restored")
              || notices.get(0).contains("Nothing was changed"),
          notices.get(0));
      assertFalse(notices.get(0).contains("Exception"), notices.get(0));
    }
  }
}
