package dev.attune.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.attune.session.Journal;
import dev.attune.session.Outcome;
import dev.attune.session.Person;
import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PendingJournalTest {
  @TempDir Path dir;

  static final Instant AT = Instant.parse("2026-11-25T21:00:00Z");

  /** Records what the person would be told. */
  static final class Told implements PendingJournal.Listener {
    final List<String> messages = new ArrayList<>();

    @Override
    public void cannotSave(String message, RuntimeException cause) {
      messages.add("cannot: " + message);
    }

    @Override
    public void savedAgain(String message) {
      messages.add("again: " + message);
    }
  }

  final Told told = new Told();

  /** Every table a journal writes, row by row in the order rows were written. */
  static List<String> everything(Database db) throws SQLException {
    List<String> rows = new ArrayList<>();
    rows.addAll(SqliteJournalTest.rows(db, "SELECT * FROM night ORDER BY rowid"));
    rows.addAll(SqliteJournalTest.rows(db, "SELECT * FROM checkin ORDER BY rowid"));
    rows.addAll(SqliteJournalTest.rows(db, "SELECT * FROM checkin_person ORDER BY rowid"));
    rows.addAll(SqliteJournalTest.rows(db, "SELECT * FROM answer ORDER BY rowid"));
    rows.addAll(SqliteJournalTest.rows(db, "SELECT * FROM signal ORDER BY rowid"));
    return rows;
  }

  /** The same calls made on a database that never failed: what the end state must equal. */
  List<String> reference(List<Consumer<Journal>> calls) throws SQLException {
    try (Database db = Database.open(dir.resolve("reference"))) {
      SqliteJournal journal = new SqliteJournal(db);
      calls.forEach(c -> c.accept(journal));
      return everything(db);
    }
  }

  static void pragma(Database db, String sql) throws SQLException {
    try (Statement s = db.connection().createStatement()) {
      s.execute(sql);
    }
  }

  @Test
  void databaseTurnsReadOnlyMidway_callsAreHeldInOrder_andSavedOnceItRecovers() throws Exception {
    Person sam = new Person(1, "Sam", true);
    List<Consumer<Journal>> before =
        List.of(
            j -> j.begin("c1", "before", List.of(sam), AT),
            j -> j.answer("c1", 1, "pain_level", List.of("mild"), AT.plusSeconds(1)));
    List<Consumer<Journal>> whileReadOnly =
        List.of(
            j -> j.answer("c1", 1, "pain_where", List.of("vulva", "lower_left"), AT.plusSeconds(2)),
            j -> j.answer("c1", 1, "pain_level", List.of("moderate"), AT.plusSeconds(3)),
            j -> j.signal("slower", AT.plusSeconds(4)),
            j -> j.answer("c1", 1, "tools", List.of("lube"), AT.plusSeconds(5)),
            j -> j.withdraw("c1", 1, "tools"),
            j -> j.finish("c1", Outcome.COMPLETED, AT.plusSeconds(6)));
    Consumer<Journal> afterwards = j -> j.signal("pause", AT.plusSeconds(7));

    try (Database db = Database.open(dir.resolve("data"))) {
      PendingJournal journal = new PendingJournal(new SqliteJournal(db), told);
      before.forEach(c -> c.accept(journal));
      List<String> saved = everything(db);

      pragma(db, "PRAGMA query_only = ON"); // SQLite now refuses every write: SQLITE_READONLY
      whileReadOnly.forEach(c -> c.accept(journal));
      assertEquals(List.of("cannot: " + PendingJournal.CANNOT_SAVE), told.messages);
      assertEquals(whileReadOnly.size(), journal.pending());
      assertFalse(journal.retry());
      assertEquals(saved, everything(db), "nothing half-written while read-only");
      assertEquals(1, told.messages.size(), "told once, not per answer");

      pragma(db, "PRAGMA query_only = OFF");
      afterwards.accept(journal); // the held calls go first, then this one
      assertEquals(0, journal.pending());
      assertEquals(
          List.of("cannot: " + PendingJournal.CANNOT_SAVE, "again: " + PendingJournal.SAVED_AGAIN),
          told.messages);

      List<Consumer<Journal>> all = new ArrayList<>(before);
      all.addAll(whileReadOnly);
      all.add(afterwards);
      assertEquals(reference(all), everything(db));
    }
  }

  @Test
  void whatIsDeletedWhileHeld_isNeverSavedAfterwards() throws Exception {
    Person sam = new Person(1, "Sam", true);
    Person alex = new Person(2, "Alex", false);
    try (Database db = Database.open(dir.resolve("data"))) {
      PendingJournal journal = new PendingJournal(new SqliteJournal(db), told);
      journal.person(sam, AT);
      journal.person(alex, AT);
      journal.begin("c1", "before", List.of(sam, alex), AT);
      journal.begin("c2", "after", List.of(sam, alex), AT.plusSeconds(1));
      pragma(db, "PRAGMA query_only = ON");
      journal.answer("c1", 1, "pain_level", List.of("mild"), AT.plusSeconds(2));
      journal.answer("c2", 1, "needs_now", List.of("water"), AT.plusSeconds(3));
      journal.answer("c2", 2, "needs_now", List.of("blanket"), AT.plusSeconds(4));
      journal.signal("slower", AT.plusSeconds(5));
      journal.forgetCheckIns(List.of("c1")); // its night was deleted
      journal.forgetPerson(2); // Alex was deleted
      pragma(db, "PRAGMA query_only = OFF");
      assertTrue(journal.retry());
      assertEquals(
          List.of("c2|1|needs_now|water"),
          SqliteJournalTest.rows(
              db, "SELECT checkin_id, person_id, prompt_id, option_id FROM answer"));
      assertEquals(List.of("slower"), SqliteJournalTest.rows(db, "SELECT signal_id FROM signal"));

      pragma(db, "PRAGMA query_only = ON");
      journal.answer("c2", 1, "next_time", List.of("cuddle"), AT.plusSeconds(6));
      journal.forgetAll(); // everything was deleted
      pragma(db, "PRAGMA query_only = OFF");
      assertTrue(journal.retry());
      assertEquals(0, journal.pending());
      assertEquals(
          List.of("needs_now"), SqliteJournalTest.rows(db, "SELECT prompt_id FROM answer"));
    }
  }

  @Test
  void diskFillsUp_answersAreHeld_andAllSavedInOrderOnRetry() throws Exception {
    List<Consumer<Journal>> calls = new ArrayList<>();
    calls.add(j -> j.begin("c1", "before", List.of(), AT));
    try (Database db = Database.open(dir.resolve("data"))) {
      PendingJournal journal = new PendingJournal(new SqliteJournal(db), told);
      calls.get(0).accept(journal);
      // The database may not grow past a few more pages: SQLite then fails with SQLITE_FULL.
      pragma(db, "PRAGMA max_page_count = " + (pageCount(db) + 3));
      for (int n = 0; n < 500 && told.messages.isEmpty(); n++) {
        calls.add(bigAnswer(n));
        calls.get(calls.size() - 1).accept(journal);
      }
      assertEquals(List.of("cannot: " + PendingJournal.CANNOT_SAVE), told.messages);
      for (int n = 500; n < 510; n++) {
        calls.add(bigAnswer(n));
        calls.get(calls.size() - 1).accept(journal);
      }
      assertTrue(journal.pending() >= 10, "held: " + journal.pending());
      assertFalse(journal.retry());

      pragma(db, "PRAGMA max_page_count = 1073741823");
      assertTrue(journal.retry());
      assertEquals(0, journal.pending());
      assertEquals(reference(calls), everything(db));
      assertEquals(
          "again: " + PendingJournal.SAVED_AGAIN, told.messages.get(told.messages.size() - 1));
    }
  }

  @Test
  void failureThatIsNotTheDisk_isHeldToo_withAPlainerMessage() {
    List<String> written = new ArrayList<>();
    boolean[] failing = {true};
    Journal flaky =
        new Journal() {
          @Override
          public void follows(String checkInId, String afterCheckInId) {
            write("follows " + afterCheckInId);
          }

          @Override
          public void setting(String key, String value) {
            write("setting " + key);
          }

          @Override
          public void person(Person person, Instant at) {
            write("person " + person.id());
          }

          @Override
          public void begin(String checkInId, String deckId, List<Person> people, Instant at) {
            write("begin " + checkInId);
          }

          @Override
          public void answer(
              String checkInId, long personId, String promptId, List<String> options, Instant at) {
            write("answer " + promptId + " " + options);
          }

          @Override
          public void withdraw(String checkInId, long personId, String promptId) {
            write("withdraw " + promptId);
          }

          @Override
          public void finish(String checkInId, Outcome outcome, Instant at) {
            write("finish " + outcome);
          }

          @Override
          public void signal(String signalId, Instant at) {
            write("signal " + signalId);
          }

          private void write(String call) {
            if (failing[0]) {
              throw new StoreException("Attune could not save to /nowhere/attune.db.");
            }
            written.add(call);
          }
        };
    PendingJournal journal = new PendingJournal(flaky, told);
    List<String> options = new ArrayList<>(List.of("a"));
    journal.begin("c1", "before", List.of(), AT);
    journal.answer("c1", 1, "p1", options, AT);
    options.add("changed after the call"); // held calls keep what was said at the time
    journal.finish("c1", Outcome.COMPLETED, AT);
    assertEquals(List.of("cannot: " + PendingJournal.CANNOT_SAVE_OTHER), told.messages);
    assertEquals(3, journal.pending());

    failing[0] = false;
    assertTrue(journal.retry());
    assertEquals(List.of("begin c1", "answer p1 [a]", "finish COMPLETED"), written);
    assertTrue(journal.retry(), "nothing to do is success");
    assertEquals(2, told.messages.size());
  }

  private static int pageCount(Database db) throws SQLException {
    return Integer.parseInt(SqliteJournalTest.rows(db, "PRAGMA page_count").get(0));
  }

  /** An answer with many long option ids, so a few fill a page. */
  private static Consumer<Journal> bigAnswer(int n) {
    List<String> options =
        IntStream.range(0, 20)
            .mapToObj(i -> "option_" + n + "_" + i + "_" + "x".repeat(40))
            .collect(Collectors.toList());
    return j -> j.answer("c1", 1, "prompt_" + n, options, AT.plusSeconds(n));
  }
}
