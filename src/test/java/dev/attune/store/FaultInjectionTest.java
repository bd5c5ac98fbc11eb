package dev.attune.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.attune.session.Journal;
import dev.attune.session.Outcome;
import dev.attune.session.Person;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fails the disk on purpose at every step of a whole night, one step at a time: the Nth write to
 * the database (as a full or failing disk makes SQLite fail), and the Nth write, fsync or rename of
 * the held-answers file. For every N the night ends, Attune is closed (what is held goes to the
 * file), opens again, and the database must hold every call of the night, once, in order; and
 * whenever saving failed, the person was told.
 */
class FaultInjectionTest {
  @TempDir Path dir;

  static final Instant AT = Instant.parse("2026-12-03T21:00:00Z");

  /** A couple's night: names, a Before with a private round, signals, an After, a setting. */
  static List<Consumer<Journal>> night() {
    Person sam = new Person(1, "Sam", true);
    Person alex = new Person(2, "Alex", false);
    List<Consumer<Journal>> calls = new ArrayList<>();
    calls.add(j -> j.person(sam, AT));
    calls.add(j -> j.person(alex, AT));
    calls.add(j -> j.begin("b1", "before", List.of(sam, alex), AT));
    String[] prompts = {"pain_level", "pain_where", "mood", "off_table", "stop_word", "tools"};
    for (int i = 0; i < prompts.length; i++) {
      int n = i;
      calls.add(j -> j.answer("b1", 1, prompts[n], List.of("a" + n), AT.plusSeconds(10 + n)));
      calls.add(j -> j.answer("b1", 2, prompts[n], List.of("b" + n), AT.plusSeconds(20 + n)));
    }
    calls.add(j -> j.withdraw("b1", 2, "tools"));
    calls.add(j -> j.settle("b1", Map.of("kissing", "both_yes"), AT.plusSeconds(40)));
    calls.add(j -> j.finish("b1", Outcome.COMPLETED, AT.plusSeconds(41)));
    calls.add(j -> j.signal("slower", AT.plusSeconds(100)));
    calls.add(j -> j.signal("pause", AT.plusSeconds(160)));
    calls.add(j -> j.begin("a1", "after", List.of(sam, alex), AT.plusSeconds(900)));
    calls.add(j -> j.follows("a1", "b1"));
    calls.add(j -> j.answer("a1", 1, "needs_now", List.of("water"), AT.plusSeconds(901)));
    calls.add(j -> j.answer("a1", 2, "needs_now", List.of("blanket"), AT.plusSeconds(902)));
    calls.add(j -> j.finish("a1", Outcome.COMPLETED, AT.plusSeconds(903)));
    calls.add(j -> j.setting("voice", "calm"));
    return calls;
  }

  /** A disk whose Nth operation (write, fsync or rename, counted together) fails, once. */
  static final class FailingDisk implements HeldFile.Disk {
    final int failAt;
    int count;
    boolean failed;

    FailingDisk(int failAt) {
      this.failAt = failAt;
    }

    private void step() throws IOException {
      if (++count == failAt) {
        failed = true;
        throw new IOException("No space left on device");
      }
    }

    @Override
    public void write(FileChannel channel, ByteBuffer buffer) throws IOException {
      step();
      HeldFile.Disk.REAL.write(channel, buffer);
    }

    @Override
    public void force(FileChannel channel) throws IOException {
      step();
      HeldFile.Disk.REAL.force(channel);
    }

    @Override
    public void move(Path from, Path to) throws IOException {
      step();
      HeldFile.Disk.REAL.move(from, to);
    }
  }

  /** How the database fails: from its Nth write to the end of the night, or only the Nth. */
  enum Failing {
    FROM_THEN_ON,
    ONCE
  }

  /**
   * Plays the night on a database whose {@code dbFailAt}th write fails ({@code mode}) and a
   * held-answers file whose {@code diskFailAt}th operation fails; closes; opens again; returns what
   * the database holds, and checks the person was told when saving failed.
   */
  List<String> play(Path data, Failing mode, int dbFailAt, int diskFailAt) throws Exception {
    return play(data, mode, dbFailAt, diskFailAt, true);
  }

  /**
   * @param reserve whether the reserve is made first: with it, a failed write of a new file goes
   *     into the reserve's room; without it, what could not be written stays in memory and is tried
   *     again
   */
  List<String> play(Path data, Failing mode, int dbFailAt, int diskFailAt, boolean reserve)
      throws Exception {
    List<Consumer<Journal>> night = night();
    MutableClock clock = new MutableClock(AT);
    PendingJournalTest.Told told = new PendingJournalTest.Told();
    int[] writes = {0};
    try (Database db = Database.open(data)) {
      Journal failing =
          PendingJournalTest.journal(
              new SqliteJournal(db),
              (method, call) -> {
                writes[0]++;
                boolean fail =
                    mode == Failing.FROM_THEN_ON ? writes[0] >= dbFailAt : writes[0] == dbFailAt;
                if (fail) {
                  throw new StoreException(
                      "full", new java.sql.SQLException("database or disk is full", "x", 13));
                }
              });
      FailingDisk disk = new FailingDisk(diskFailAt);
      PendingJournal journal =
          new PendingJournal(failing, told, new HeldFile(db, clock, disk), clock);
      if (reserve) {
        journal.reserve();
      }
      for (Consumer<Journal> call : night) {
        call.accept(journal);
        clock.advance(Duration.ofSeconds(1));
        journal.tick();
      }
      // Closing: one more try, then what is held goes to the file (the exit hook does the same).
      if (!journal.retry()) {
        assertTrue(journal.keepForNextStart(), "nothing is left only in memory at the end");
      }
      boolean dbFailed = writes[0] >= dbFailAt;
      if (dbFailed) {
        assertFalse(told.messages.isEmpty(), "the person was told saving failed");
        assertTrue(told.messages.get(0).startsWith("cannot: "), told.messages.toString());
      }
    }
    // The disk has room again; the next start saves what was kept.
    try (Database db = Database.open(data)) {
      PendingJournal next =
          new PendingJournal(new SqliteJournal(db), new PendingJournalTest.Told(), db, clock);
      assertTrue(next.retry());
      assertFalse(next.inFile());
      return PendingJournalTest.everything(db);
    }
  }

  @Test
  void everyDatabaseWriteFailing_fromThereOn_orOnce_losesNothing() throws Exception {
    List<String> reference = reference();
    int calls = night().size();
    for (Failing mode : Failing.values()) {
      for (int n = 1; n <= calls; n++) {
        Path data = dir.resolve(mode + "-" + n);
        assertEquals(reference, play(data, mode, n, Integer.MAX_VALUE), mode + " at write " + n);
      }
    }
  }

  @Test
  void everyWriteFsyncAndRenameOfTheHeldFile_failingOnce_losesNothing() throws Exception {
    List<String> reference = reference();
    // The database is full from its fourth write on, so everything after goes through the file.
    int operations = countFileOperations();
    assertTrue(operations > 20, "the night uses the file: " + operations + " operations");
    for (int n = 1; n <= operations + 1; n++) {
      for (boolean reserve : new boolean[] {true, false}) {
        Path data = dir.resolve("disk-" + n + "-" + reserve);
        assertEquals(
            reference,
            play(data, Failing.FROM_THEN_ON, 4, n, reserve),
            "file operation " + n + (reserve ? ", with the reserve" : ", without it"));
      }
    }
  }

  /** How many file operations the night with a full database makes, when none fails. */
  private int countFileOperations() throws Exception {
    Path data = dir.resolve("count");
    FailingDisk[] seen = {null};
    MutableClock clock = new MutableClock(AT);
    try (Database db = Database.open(data)) {
      int[] writes = {0};
      Journal failing =
          PendingJournalTest.journal(
              new SqliteJournal(db),
              (method, call) -> {
                if (++writes[0] >= 4) {
                  throw new StoreException(
                      "full", new java.sql.SQLException("database or disk is full", "x", 13));
                }
              });
      seen[0] = new FailingDisk(Integer.MAX_VALUE);
      PendingJournal journal =
          new PendingJournal(
              failing, new PendingJournalTest.Told(), new HeldFile(db, clock, seen[0]), clock);
      journal.reserve();
      for (Consumer<Journal> call : night()) {
        call.accept(journal);
        clock.advance(Duration.ofSeconds(1));
        journal.tick();
      }
      journal.keepForNextStart();
    }
    return seen[0].count;
  }

  private List<String> reference() throws Exception {
    try (Database db = Database.open(dir.resolve("reference"))) {
      SqliteJournal journal = new SqliteJournal(db);
      night().forEach(c -> c.accept(journal));
      return PendingJournalTest.everything(db);
    }
  }

  @Test
  void theFileOnDisk_afterAFailedRename_isNeverHalfWritten() throws Exception {
    Path data = dir.resolve("rename");
    play(data, Failing.FROM_THEN_ON, 1, 3);
    try (var files = Files.list(data)) {
      assertTrue(
          files.noneMatch(f -> f.getFileName().toString().endsWith(".new")),
          "no half-made file is left beside it");
    }
  }
}
