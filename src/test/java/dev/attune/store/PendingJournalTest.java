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
      assertEquals(
          List.of("cannot: " + PendingJournal.cannotSave(dev.attune.disk.Cause.READ_ONLY, false)),
          told.messages);
      assertEquals(whileReadOnly.size(), journal.pending());
      assertFalse(journal.retry());
      assertEquals(saved, everything(db), "nothing half-written while read-only");
      assertEquals(1, told.messages.size(), "told once, not per answer");

      pragma(db, "PRAGMA query_only = OFF");
      afterwards.accept(journal); // the held calls go first, then this one
      assertEquals(0, journal.pending());
      assertEquals(
          List.of(
              "cannot: " + PendingJournal.cannotSave(dev.attune.disk.Cause.READ_ONLY, false),
              "again: " + PendingJournal.SAVED_AGAIN),
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
      assertEquals(
          List.of("cannot: " + PendingJournal.cannotSave(dev.attune.disk.Cause.FULL, false)),
          told.messages);
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
    assertEquals(
        List.of("cannot: " + PendingJournal.cannotSave(dev.attune.disk.Cause.UNKNOWN, false)),
        told.messages);
    assertEquals(3, journal.pending());

    failing[0] = false;
    assertTrue(journal.retry());
    assertEquals(List.of("begin c1", "answer p1 [a]", "finish COMPLETED"), written);
    assertTrue(journal.retry(), "nothing to do is success");
    assertEquals(2, told.messages.size());
  }

  /** Before each call to {@code real}: its method's name and how many calls came so far. */
  interface BeforeCall {
    void before(String method, int call);
  }

  /** {@code real}, with {@code before} run ahead of every call (to fail one on purpose). */
  static Journal journal(Journal real, BeforeCall before) {
    int[] calls = {0};
    return (Journal)
        java.lang.reflect.Proxy.newProxyInstance(
            Journal.class.getClassLoader(),
            new Class<?>[] {Journal.class},
            (proxy, method, args) -> {
              before.before(method.getName(), ++calls[0]);
              try {
                return method.invoke(real, args);
              } catch (java.lang.reflect.InvocationTargetException e) {
                throw e.getCause();
              }
            });
  }

  /** Makes {@code calls} on a read-only database, then closes it: they wait in the file. */
  void keptInFile(Path data, List<Consumer<Journal>> calls, MutableClock clock) throws Exception {
    try (Database db = Database.open(data)) {
      PendingJournal journal = new PendingJournal(new SqliteJournal(db), told, db, clock);
      pragma(db, "PRAGMA query_only = ON");
      calls.forEach(c -> c.accept(journal));
      assertTrue(journal.keepForNextStart());
      pragma(db, "PRAGMA query_only = OFF");
    }
  }

  /** A night's calls that mention Sam, a prompt and an option, to find in the file's bytes. */
  private static List<Consumer<Journal>> aNight() {
    Person sam = new Person(1, "Sam", true);
    return List.of(
        j -> j.person(sam, AT),
        j -> j.begin("c1", "before", List.of(sam), AT),
        j -> j.answer("c1", 1, "pain_level", List.of("mild"), AT.plusSeconds(1)),
        j -> j.answer("c1", 1, "pain_where", List.of("vulva", "lower_left"), AT.plusSeconds(2)),
        j -> j.withdraw("c1", 1, "pain_where"),
        j -> j.settle("c1", java.util.Map.of("kissing", "both_yes"), AT.plusSeconds(3)),
        j -> j.signal("slower", AT.plusSeconds(4)),
        j -> j.setting("mode", "scanning"),
        j -> j.follows("c1", "c0"),
        j -> j.finish("c1", Outcome.COMPLETED, AT.plusSeconds(5)));
  }

  /** Ticks, a second apart, until nothing is held in memory; returns how many it took. */
  private static int tickUntilKept(PendingJournal journal, MutableClock clock) {
    int ticks = 0;
    while (journal.pending() > 0 && ticks < 200) {
      clock.advance(java.time.Duration.ofSeconds(1));
      journal.tick();
      ticks++;
    }
    return ticks;
  }

  @org.junit.jupiter.api.Nested
  class Bounded {
    final MutableClock clock = new MutableClock(AT);

    @Test
    void heldCallsGoToTheFileAtOnce_andTheNextStartSavesThemInOrder_sayingHowMany()
        throws Exception {
      List<Consumer<Journal>> night = aNight();
      Path data = dir.resolve("data");
      try (Database db = Database.open(data)) {
        PendingJournal journal = new PendingJournal(new SqliteJournal(db), told, db, clock);
        pragma(db, "PRAGMA query_only = ON");
        night.get(0).accept(journal);
        assertEquals(0, journal.pending(), "in the file as soon as it is held, without a tick");
        assertTrue(journal.inFile());
        night.subList(1, 4).forEach(c -> c.accept(journal));
        assertEquals(
            List.of("cannot: " + PendingJournal.cannotSave(dev.attune.disk.Cause.READ_ONLY, true)),
            told.messages,
            "told once that it is kept in a file; never per answer");
        night.subList(4, night.size()).forEach(c -> c.accept(journal));
        assertEquals(0, journal.pending(), "later calls go behind them, in the file");
        assertEquals(1, told.messages.size());
        String bytes =
            new String(
                java.nio.file.Files.readAllBytes(data.resolve("held-answers")),
                java.nio.charset.StandardCharsets.ISO_8859_1);
        assertTrue(bytes.contains("pain_where"), "plain without a passphrase, as the database is");
        assertEquals(
            "rw-------",
            java.nio.file.attribute.PosixFilePermissions.toString(
                java.nio.file.Files.getPosixFilePermissions(data.resolve("held-answers"))));
        pragma(db, "PRAGMA query_only = OFF");
      }
      // The next start: the file is saved before anything else, and told once.
      try (Database db = Database.open(data)) {
        Told next = new Told();
        PendingJournal journal = new PendingJournal(new SqliteJournal(db), next, db, clock);
        assertTrue(journal.retry());
        assertFalse(journal.inFile());
        assertEquals(reference(night), everything(db));
        assertEquals(
            List.of("again: The 2 answers Attune could not save last time are saved now."),
            next.messages);
      }
    }

    @Test
    void triesWaitLongerEachTime_andAWriteDuringTheWaitStillTriesOnce() throws Exception {
      int[] tries = {0};
      Journal failing =
          journal(
              new Journal.Null(),
              (method, call) -> {
                if (method.equals("signal")) {
                  tries[0]++;
                  throw new StoreException("Attune could not save to /nowhere/attune.db.");
                }
              });
      try (Database db = Database.open(dir.resolve("data"))) {
        PendingJournal journal = new PendingJournal(failing, told, db, clock);
        journal.signal("pause", AT);
        assertEquals(1, tries[0]);
        journal.tick();
        assertEquals(1, tries[0], "no try before the first wait (1 s) is over");
        clock.advance(java.time.Duration.ofMillis(1000));
        journal.tick();
        assertEquals(2, tries[0]);
        clock.advance(java.time.Duration.ofMillis(1999));
        journal.tick();
        assertEquals(2, tries[0], "the second wait is 2 s");
        clock.advance(java.time.Duration.ofMillis(1));
        journal.tick();
        assertEquals(3, tries[0]);
        clock.advance(java.time.Duration.ofSeconds(4));
        journal.tick();
        assertEquals(4, tries[0]);
        clock.advance(java.time.Duration.ofSeconds(8));
        journal.tick();
        assertEquals(5, tries[0]);
        assertTrue(journal.inFile(), "kept in the file all along");
        assertEquals(0, journal.pending());
      }
    }

    @Test
    void withAPassphrase_theFileIsSealed_andSavedOnlyOnceUnlocked() throws Exception {
      List<Consumer<Journal>> night = aNight();
      Path data = dir.resolve("data");
      try (Database db = Database.open(data)) {
        db.protect(Vault.create(SealingTest.PASS, SealingTest.cheap()));
        PendingJournal journal = new PendingJournal(new SqliteJournal(db), told, db, clock);
        pragma(db, "PRAGMA query_only = ON");
        night.forEach(c -> c.accept(journal));
        tickUntilKept(journal, clock);
        assertTrue(journal.inFile());
        byte[] raw = java.nio.file.Files.readAllBytes(data.resolve("held-answers"));
        String bytes = new String(raw, java.nio.charset.StandardCharsets.ISO_8859_1);
        for (String said : List.of("Sam", "pain_where", "lower_left", "kissing", "slower")) {
          assertFalse(bytes.contains(said), said + " is sealed");
        }
        pragma(db, "PRAGMA query_only = OFF");
      }
      try (Database db = Database.open(data)) {
        Told next = new Told();
        PendingJournal journal = new PendingJournal(new SqliteJournal(db), next, db, clock);
        assertFalse(journal.retry(), "locked: it waits, without a word");
        assertTrue(journal.inFile());
        assertEquals(List.of(), next.messages);
        db.unlock(Vault.open(SealingTest.PASS, db.wrapped().orElseThrow()).orElseThrow());
        assertTrue(journal.retry());
        assertFalse(journal.inFile());
        assertTrue(
            everything(db).stream().anyMatch(r -> r.contains("mild")),
            "saved, and read back through the unlocked tables");
      }
    }

    @Test
    void closingWithCallsHeld_keepsThemForTheNextStart() throws Exception {
      Path data = dir.resolve("data");
      try (Database db = Database.open(data)) {
        PendingJournal journal = new PendingJournal(new SqliteJournal(db), told, db, clock);
        pragma(db, "PRAGMA query_only = ON");
        aNight().subList(0, 3).forEach(c -> c.accept(journal));
        assertEquals(0, journal.pending(), "in the file already");
        assertTrue(journal.keepForNextStart());
        assertEquals(0, journal.pending());
        pragma(db, "PRAGMA query_only = OFF");
      }
      try (Database db = Database.open(data)) {
        assertTrue(new PendingJournal(new SqliteJournal(db), told, db, clock).retry());
        assertEquals(reference(aNight().subList(0, 3)), everything(db));
      }
    }

    @Test
    void aDamagedFile_isMovedAsideWithItsBytes_andNothingElseStops() throws Exception {
      Path data = dir.resolve("data");
      try (Database db = Database.open(data)) {
        java.nio.file.Files.write(data.resolve("held-answers"), new byte[] {1, 2, 3});
        PendingJournal journal = new PendingJournal(new SqliteJournal(db), told, db, clock);
        assertTrue(journal.retry());
        journal.signal("pause", AT);
        assertEquals(0, journal.pending());
        try (var aside = java.nio.file.Files.list(data)) {
          assertTrue(
              aside.anyMatch(f -> f.getFileName().toString().startsWith("held-answers.damaged-")));
        }
        new Erasure(db).deleteSetAside(false);
        try (var aside = java.nio.file.Files.list(data)) {
          assertTrue(
              aside.noneMatch(
                  f ->
                      f.getFileName().toString().startsWith("held-answers")
                          && !f.getFileName().toString().equals("held-answers.reserve")),
              "deleting what was set aside deletes it too (the reserve is only zeros)");
        }
      }
    }

    @Test
    void aReplayThatFailsHalfWay_savesNothing_soTheNextSavesEachCallOnce() throws Exception {
      List<Consumer<Journal>> night = aNight();
      Path data = dir.resolve("data");
      keptInFile(data, night, clock);
      try (Database db = Database.open(data)) {
        boolean[] failOnce = {true};
        SqliteJournal real = new SqliteJournal(db);
        Journal flaky =
            journal(
                real,
                (method, call) -> {
                  if (call == 4 && failOnce[0]) {
                    failOnce[0] = false;
                    throw new StoreException("the disk stopped half way");
                  }
                });
        PendingJournal journal = new PendingJournal(flaky, told, db, clock);
        assertFalse(journal.retry(), "the fourth call failed");
        assertEquals(List.of(), everything(db), "nothing of the file is saved: all or none");
        assertTrue(journal.inFile());
        assertTrue(journal.retry());
        assertFalse(journal.inFile());
        assertEquals(reference(night), everything(db), "each call saved once, in order");
      }
    }

    @Test
    void deletingEverything_deletesTheFileToo() throws Exception {
      Path data = dir.resolve("data");
      try (Database db = Database.open(data)) {
        PendingJournal journal = new PendingJournal(new SqliteJournal(db), told, db, clock);
        pragma(db, "PRAGMA query_only = ON");
        aNight().forEach(c -> c.accept(journal));
        journal.keepForNextStart();
        journal.forgetCheckIns(List.of("c1"));
        pragma(db, "PRAGMA query_only = OFF");
        assertTrue(journal.retry());
        assertTrue(
            everything(db).stream().noneMatch(r -> r.contains("c1")),
            "a deleted check-in never comes back from the file");
        journal.keepForNextStart();
        journal.forgetAll();
        assertFalse(java.nio.file.Files.exists(data.resolve("held-answers")));
      }
    }
  }

  @org.junit.jupiter.api.Nested
  class Damaged {
    final MutableClock clock = new MutableClock(AT);

    /** Three answers kept in the file by a run that could not save, then closed. */
    Path threeKept() throws Exception {
      Path data = dir.resolve("data");
      try (Database db = Database.open(data)) {
        PendingJournal journal = new PendingJournal(new SqliteJournal(db), told, db, clock);
        journal.person(new Person(1, "Sam", true), AT);
        journal.begin("c1", "before", List.of(new Person(1, "Sam", true)), AT);
        pragma(db, "PRAGMA query_only = ON");
        for (String prompt : List.of("pain_level", "mood", "off_table")) {
          journal.answer("c1", 1, prompt, List.of("x"), AT);
        }
        assertTrue(journal.inFile());
        pragma(db, "PRAGMA query_only = OFF");
      }
      return data;
    }

    @Test
    void aFileCutShort_savesWhatCameBeforeTheDamage_andSaysHowManyCouldNotBeRead()
        throws Exception {
      Path data = threeKept();
      Path held = data.resolve("held-answers");
      byte[] bytes = java.nio.file.Files.readAllBytes(held);
      // The last answer loses its end, as a disk failing mid-write might leave it.
      java.nio.file.Files.write(held, java.util.Arrays.copyOf(bytes, bytes.length - 5));
      try (Database db = Database.open(data)) {
        Told next = new Told();
        assertTrue(new PendingJournal(new SqliteJournal(db), next, db, clock).retry());
        assertEquals(
            List.of("pain_level", "mood"),
            SqliteJournalTest.rows(db, "SELECT prompt_id FROM answer ORDER BY rowid"));
        assertEquals(1, next.messages.size());
        String said = next.messages.get(0);
        assertTrue(
            said.startsWith(
                "again: The 2 answers Attune could not save last time are saved now. One answer"
                    + " kept for later could not be read, because its file was damaged."),
            said);
        assertTrue(said.contains("set aside in Attune's data folder"), said);
      }
    }

    @Test
    void aSealedFileThatCannotBeOpened_stillSaysHowManyAnswersItHeld() throws Exception {
      Path data = dir.resolve("data");
      try (Database db = Database.open(data)) {
        db.protect(Vault.create(SealingTest.PASS, SealingTest.cheap()));
        PendingJournal journal = new PendingJournal(new SqliteJournal(db), told, db, clock);
        journal.begin("c1", "before", List.of(), AT);
        pragma(db, "PRAGMA query_only = ON");
        journal.answer("c1", 1, "pain_level", List.of("mild"), AT);
        journal.answer("c1", 1, "mood", List.of("calm"), AT);
        pragma(db, "PRAGMA query_only = OFF");
      }
      Path held = data.resolve("held-answers");
      byte[] bytes = java.nio.file.Files.readAllBytes(held);
      bytes[bytes.length - 1] ^= 1; // one bit of the seal
      java.nio.file.Files.write(held, bytes);
      try (Database db = Database.open(data)) {
        db.unlock(Vault.open(SealingTest.PASS, db.wrapped().orElseThrow()).orElseThrow());
        Told next = new Told();
        assertTrue(new PendingJournal(new SqliteJournal(db), next, db, clock).retry());
        assertEquals(1, next.messages.size());
        assertTrue(
            next.messages
                .get(0)
                .startsWith(
                    "again: 2 answers kept for later could not be read, because their file was"
                        + " damaged."),
            next.messages.get(0));
      }
    }

    @Test
    void aQuestionAnsweredAgainWhileHeld_isCountedOnce_asAPersonCountsIt() throws Exception {
      Path data = dir.resolve("data");
      try (Database db = Database.open(data)) {
        PendingJournal journal = new PendingJournal(new SqliteJournal(db), told, db, clock);
        journal.begin("c1", "before", List.of(), AT);
        pragma(db, "PRAGMA query_only = ON");
        journal.answer("c1", 1, "pain_where", List.of("vulva"), AT);
        journal.answer("c1", 1, "pain_where", List.of("vulva", "lower_left"), AT);
        journal.answer("c1", 1, "mood", List.of("calm"), AT);
        pragma(db, "PRAGMA query_only = OFF");
      }
      try (Database db = Database.open(data)) {
        Told next = new Told();
        assertTrue(new PendingJournal(new SqliteJournal(db), next, db, clock).retry());
        assertEquals(
            List.of("again: The 2 answers Attune could not save last time are saved now."),
            next.messages);
      }
    }

    @Test
    void aDamagedFile_whileTheDiskIsStillFull_keepsWhatCameBeforeTheDamage() throws Exception {
      Path data = threeKept();
      Path held = data.resolve("held-answers");
      byte[] bytes = java.nio.file.Files.readAllBytes(held);
      java.nio.file.Files.write(held, java.util.Arrays.copyOf(bytes, bytes.length - 5));
      try (Database db = Database.open(data)) {
        pragma(db, "PRAGMA query_only = ON"); // still refusing at the next start
        PendingJournal journal = new PendingJournal(new SqliteJournal(db), new Told(), db, clock);
        assertFalse(journal.retry());
        journal.forgetPerson(99); // someone else deleted: nothing of this may go with it
        assertTrue(journal.keepForNextStart());
        assertTrue(journal.inFile(), "what was read before the damage is in a whole file again");
        pragma(db, "PRAGMA query_only = OFF");
      }
      try (Database db = Database.open(data)) {
        assertTrue(new PendingJournal(new SqliteJournal(db), new Told(), db, clock).retry());
        assertEquals(
            List.of("pain_level", "mood"),
            SqliteJournalTest.rows(db, "SELECT prompt_id FROM answer ORDER BY rowid"));
      }
    }

    @Test
    void aFileLeftByAKillAfterItWasSaved_isNotSavedTwice() throws Exception {
      Path data = dir.resolve("data");
      try (Database db = Database.open(data)) {
        PendingJournal journal = new PendingJournal(new SqliteJournal(db), told, db, clock);
        journal.begin("c1", "before", List.of(), AT);
        pragma(db, "PRAGMA query_only = ON");
        journal.answer("c1", 1, "mood", List.of("calm"), AT);
        journal.signal("pause", AT);
        pragma(db, "PRAGMA query_only = OFF");
      }
      byte[] file = java.nio.file.Files.readAllBytes(data.resolve("held-answers"));
      try (Database db = Database.open(data)) {
        assertTrue(new PendingJournal(new SqliteJournal(db), new Told(), db, clock).retry());
      }
      // As if the process had ended between saving the file's calls and deleting it.
      java.nio.file.Files.write(data.resolve("held-answers"), file);
      try (Database db = Database.open(data)) {
        Told next = new Told();
        PendingJournal journal = new PendingJournal(new SqliteJournal(db), next, db, clock);
        assertTrue(journal.retry());
        assertFalse(journal.inFile());
        assertEquals(List.of("pause"), SqliteJournalTest.rows(db, "SELECT signal_id FROM signal"));
        assertEquals(List.of("mood"), SqliteJournalTest.rows(db, "SELECT prompt_id FROM answer"));
        journal.signal("slower", AT);
        assertEquals(0, journal.pending(), "saving goes on");
      }
    }

    @Test
    void heldAnswersWhoseCheckInIsGone_areLeftOut_andTheRestSaved_andSavingGoesOn()
        throws Exception {
      Path data = dir.resolve("data");
      try (Database db = Database.open(data)) {
        PendingJournal journal = new PendingJournal(new SqliteJournal(db), told, db, clock);
        journal.begin("c1", "before", List.of(), AT);
        pragma(db, "PRAGMA query_only = ON");
        journal.answer("c1", 1, "mood", List.of("calm"), AT);
        journal.answer("c1", 1, "pain_level", List.of("mild"), AT);
        journal.signal("pause", AT);
        pragma(db, "PRAGMA query_only = OFF");
        // The check-in is gone before the next start (as when an older backup is restored).
        pragma(db, "DELETE FROM checkin");
      }
      try (Database db = Database.open(data)) {
        Told next = new Told();
        PendingJournal journal = new PendingJournal(new SqliteJournal(db), next, db, clock);
        assertTrue(journal.retry(), "not blocked");
        assertFalse(journal.inFile());
        assertEquals(List.of("pause"), SqliteJournalTest.rows(db, "SELECT signal_id FROM signal"));
        assertEquals(1, next.messages.size(), next.messages.toString());
        assertTrue(
            next.messages.get(0).contains("2 answers kept for later could not be saved, because"),
            next.messages.get(0));
        journal.signal("slower", AT);
        assertEquals(0, journal.pending(), "saving goes on");
      }
    }

    @Test
    void aWriteTornHalfWayIntoTheReserve_isDamage_andNoZeroReadsAsACall() throws Exception {
      Path data = dir.resolve("data");
      byte[] whole;
      try (Database db = Database.open(data)) {
        HeldFile file = new HeldFile(db, clock);
        List<HeldCall> calls = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
          calls.add(HeldCall.answer("c1", 1, "p" + i, List.of("o" + i), AT));
        }
        file.save(calls);
        whole = java.nio.file.Files.readAllBytes(data.resolve("held-answers"));
        // The write into the reserve's zeros stopped before its end.
        byte[] torn = new byte[HeldFile.RESERVE];
        System.arraycopy(whole, 0, torn, 0, whole.length - 30);
        java.nio.file.Files.write(data.resolve("held-answers"), torn);
        HeldFile.Loaded read = file.read();
        assertTrue(read.damaged());
        assertTrue(read.calls().size() < 6);
        assertTrue(read.calls().stream().allMatch(HeldCall::possible), read.calls().toString());
      }
    }

    @Test
    void whatIsSaid_countsOneAndMany() {
      assertEquals(
          "The answer Attune could not save last time is saved now.",
          PendingJournal.savedFromFile(1, 0));
      assertEquals(
          "What Attune could not save last time is saved now.", PendingJournal.savedFromFile(0, 0));
      assertTrue(
          PendingJournal.savedFromFile(0, HeldFile.Loaded.UNKNOWN)
              .startsWith("Some answers kept for later could not be read"));
    }
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
