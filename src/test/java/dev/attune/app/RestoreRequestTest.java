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
    Optional<Backups.Restored> restored = RestoreRequest.apply(dir, current, clock);
    assertTrue(restored.isPresent());
    try (Database db = restored.get().database()) {
      assertEquals(1, new SqlitePeople(db, clock).all().size(), "the day's data is back");
    }
    assertFalse(Files.exists(dir.resolve(RestoreRequest.FILE)), "done once");
    assertTrue(Files.exists(restored.get().previous()), "what was there is kept aside");
  }
}
