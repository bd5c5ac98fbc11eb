package dev.attune.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.attune.session.Journal;
import dev.attune.session.Outcome;
import dev.attune.session.Person;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ErasureTest {
  static final Instant NIGHT = Instant.parse("2026-11-25T21:00:00Z");
  static final String NAME = "Zebediah";
  static final String CHECK_IN = "night-QUOKKA-7781";

  @TempDir Path dir;

  /** Whether {@code marker} is anywhere in the database file or its journal files. */
  static boolean onDisk(Path dir, String marker) throws IOException {
    byte[] wanted = marker.getBytes(StandardCharsets.UTF_8);
    for (String suffix : List.of("", "-wal", "-shm", "-journal")) {
      Path file = dir.resolve(Database.FILE_NAME + suffix);
      if (Files.exists(file) && contains(Files.readAllBytes(file), wanted)) {
        return true;
      }
    }
    return false;
  }

  static boolean contains(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= haystack.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return true;
    }
    return false;
  }

  static int count(Database db, String table) throws Exception {
    return Integer.parseInt(SqliteJournalTest.rows(db, "SELECT COUNT(*) FROM " + table).get(0));
  }

  /** Zebediah (with pain) and Sam each answer in two nights; the first night has a marked id. */
  static Person[] twoNights(Database db) {
    SqlitePeople people = new SqlitePeople(db, Clock.systemUTC());
    Person zeb = people.add(NAME, true);
    Person sam = people.add("Sam", false);
    SqliteJournal journal = new SqliteJournal(db);
    for (String id : List.of(CHECK_IN, "second")) {
      Instant at = id.equals(CHECK_IN) ? NIGHT : NIGHT.plus(Duration.ofDays(1));
      journal.begin(id, "before", List.of(zeb, sam), at);
      journal.answer(id, zeb.id(), "pain_level", List.of("mild"), at);
      journal.answer(id, sam.id(), "partner_worries", List.of("causing_pain"), at);
      journal.answer(id, Journal.TOGETHER, "stop_word", List.of("traffic_lights"), at);
      journal.signal("slower", at.plusSeconds(60));
      journal.finish(id, Outcome.COMPLETED, at.plusSeconds(120));
    }
    return new Person[] {zeb, sam};
  }

  @Test
  void deletingANight_removesItsCheckInsAnswersAndSignals_andLeavesNoTraceInTheFile()
      throws Exception {
    try (Database db = Database.open(dir)) {
      twoNights(db);
      assertTrue(onDisk(dir, CHECK_IN), "the marker is written before the delete");
      long night =
          Long.parseLong(
              SqliteJournalTest.rows(
                      db, "SELECT night_id FROM checkin WHERE id = '" + CHECK_IN + "'")
                  .get(0));

      new Erasure(db).deleteNight(night);

      assertEquals(List.of("second"), SqliteJournalTest.rows(db, "SELECT id FROM checkin"));
      assertEquals(
          List.of("second"), SqliteJournalTest.rows(db, "SELECT DISTINCT checkin_id FROM answer"));
      assertEquals(
          List.of("second"),
          SqliteJournalTest.rows(db, "SELECT DISTINCT checkin_id FROM checkin_person"));
      assertEquals(1, count(db, "signal"));
      assertEquals(1, count(db, "night"));
      assertFalse(onDisk(dir, CHECK_IN));
    }
  }

  @Test
  void deletingAPerson_removesTheirProfileAndAnswers_keepsOthersAndTogether() throws Exception {
    try (Database db = Database.open(dir)) {
      Person[] both = twoNights(db);
      assertTrue(onDisk(dir, NAME));

      new Erasure(db).deletePerson(both[0].id());

      assertEquals(List.of("Sam"), SqliteJournalTest.rows(db, "SELECT name FROM person"));
      assertEquals(
          List.of(
              "0|stop_word",
              "0|stop_word",
              both[1].id() + "|partner_worries",
              both[1].id() + "|partner_worries"),
          SqliteJournalTest.rows(
              db, "SELECT person_id, prompt_id FROM answer ORDER BY person_id, checkin_id"));
      assertEquals(
          List.of(),
          SqliteJournalTest.rows(
              db, "SELECT * FROM checkin_person WHERE person_id = " + both[0].id()));
      assertEquals(2, count(db, "checkin"));
      assertFalse(onDisk(dir, NAME));
    }
    try (Database db = Database.open(dir)) {
      assertEquals(1, count(db, "person"), "the delete was committed");
    }
  }

  @Test
  void deletingEverything_leavesEmptyTablesAndNoTrace() throws Exception {
    try (Database db = Database.open(dir)) {
      twoNights(db);
      new SqliteFollowUp(db).offered(CHECK_IN);
      new SqliteExports(db).written(dir.resolve("attune-report-WOMBAT.pdf"));
      assertEquals(List.of(dir.resolve("attune-report-WOMBAT.pdf")), new SqliteExports(db).all());

      new Erasure(db).deleteEverything();

      for (String table :
          List.of(
              "person",
              "night",
              "checkin",
              "checkin_person",
              "answer",
              "signal",
              "setting",
              "export_file")) {
        assertEquals(0, count(db, table), table);
      }
      assertFalse(onDisk(dir, "attune-report-WOMBAT"));
      assertFalse(onDisk(dir, NAME));
      assertFalse(onDisk(dir, CHECK_IN));
      assertFalse(onDisk(dir, "causing_pain"));
    }
  }

  @Test
  void deletingWhatWasSetAside_removesOldCopiesAndLogs_andEmptiesTheLiveLog() throws Exception {
    try (Database db = Database.open(dir)) {
      for (String name :
          List.of(
              "attune.db.damaged-2026-11-01-0900",
              "attune.db.damaged-2026-11-01-0900-wal",
              "attune.db.before-restore-2026-11-02-0900",
              "attune.db.orphaned-2026-11-03-0900-wal",
              "attune.1.log",
              "attune.2.log",
              "attune.0.log")) {
        Files.writeString(dir.resolve(name), NAME);
      }
      Path mine = Files.writeString(dir.resolve("notes.txt"), NAME);
      assertEquals(6, new Erasure(db).deleteSetAside());
      try (var left = Files.list(dir)) {
        assertEquals(
            List.of("attune.0.log", "attune.db", "attune.db-shm", "attune.db-wal", "notes.txt"),
            left.map(f -> f.getFileName().toString()).sorted().toList());
      }
      assertEquals(0, Files.size(dir.resolve("attune.0.log")), "the live log is emptied");
      assertEquals(NAME, Files.readString(mine), "other files are left alone");
    }
  }

  @Test
  void theTogetherId_isNotAPerson() {
    try (Database db = Database.open(dir)) {
      assertThrows(
          IllegalArgumentException.class, () -> new Erasure(db).deletePerson(Journal.TOGETHER));
    }
  }

  @Test
  void deletingBackups_removesTheOlderCopies() throws Exception {
    try (Database db = Database.open(dir)) {
      twoNights(db);
      Backups backups = new Backups(dir, Clock.systemUTC());
      Path copy = backups.daily(db).file();
      assertTrue(Files.exists(copy));

      assertEquals(1, new Erasure(db).deleteBackups(backups));

      assertFalse(Files.exists(copy));
      assertEquals(List.of(), backups.list());
    }
  }
}
