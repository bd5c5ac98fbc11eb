package dev.attune.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.attune.session.Journal;
import dev.attune.session.Outcome;
import dev.attune.session.Person;
import dev.attune.store.Backups;
import dev.attune.store.Database;
import dev.attune.store.PendingJournal;
import dev.attune.store.SqliteJournal;
import dev.attune.store.SqlitePeople;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Attune notes every export it writes, from History and from the command line, so that "delete
 * everything" can name those still there (it does not delete them: they are the person's). With a
 * real SQLite file: an export deleted by hand is not named, and once everything is deleted, no byte
 * of any path is left in the data folder, backups included.
 */
class ExportsLeftWhenErasingTest {
  @TempDir Path dir;

  @Test
  void everyExportStillThereIsNamed_andAfterErasingNoPathIsLeftInTheDataFolder() throws Exception {
    Path dataDir = dir.resolve("data");
    Path home = Files.createDirectories(dir.resolve("home"));
    Path stick = Files.createDirectories(dir.resolve("stick"));
    try (Database db = Database.open(dataDir)) {
      Person sam = new SqlitePeople(db, EraseLeavesNothingTest.CLOCK).add("Sam", true);
      SqliteJournal journal = new SqliteJournal(db);
      journal.begin("c1", "before", List.of(sam), EraseLeavesNothingTest.NIGHT);
      journal.answer("c1", sam.id(), "pain_level", List.of("mild"), EraseLeavesNothingTest.NIGHT);
      journal.answer(
          "c1", Journal.TOGETHER, "stop_word", List.of("red"), EraseLeavesNothingTest.NIGHT);
      journal.finish("c1", Outcome.COMPLETED, EraseLeavesNothingTest.NIGHT.plusSeconds(60));
    }

    // From the command line, into a folder of the person's choosing.
    Path fromCommandLine = stick.resolve("for-my-physio.csv");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        Main.run(
            new String[] {
              "--data-dir", dataDir.toString(), "--export-csv", fromCommandLine.toString()
            },
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            Optional::empty);
    assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
    assertTrue(Files.size(fromCommandLine) > 0);

    try (Database db = Database.open(dataDir)) {
      StoredHistory history = history(db, home);
      // From History, into the home folder.
      Path inApp = history.report().join();
      assertEquals(home, inApp.getParent());
      assertEquals(List.of(fromCommandLine, inApp), history.exportsLeft().join());

      Files.delete(fromCommandLine); // by hand
      assertEquals(
          List.of(inApp), history.exportsLeft().join(), "only the one still there is named");

      Backups backups = new Backups(dataDir, EraseLeavesNothingTest.CLOCK);
      backups.daily(db); // a copy that holds both paths, until everything is deleted
      Set<String> paths =
          Set.of(
              fromCommandLine.toString(),
              inApp.toString(),
              "for-my-physio",
              inApp.getFileName().toString());
      assertFalse(dev.attune.OnDisk.find(dataDir, paths).isEmpty(), "the test can see");

      history.deleteEverything().join();

      assertEquals(List.of(), dev.attune.OnDisk.find(dataDir, paths), "no path is left");
      assertEquals(List.of(), history.exportsLeft().join(), "nothing is named any more");
      assertTrue(Files.size(inApp) > 1000, "the export itself is the person's, and stays");
    }
  }

  private static StoredHistory history(Database db, Path home) throws Exception {
    return new StoredHistory(
        new Records(db, HistoryExportTest.decks(), EraseLeavesNothingTest.CLOCK),
        new Backups(db.file().getParent(), EraseLeavesNothingTest.CLOCK),
        Runnable::run,
        EraseLeavesNothingTest.CLOCK,
        home,
        () -> {},
        new PendingJournal(
            new SqliteJournal(db),
            new PendingJournal.Listener() {
              @Override
              public void cannotSave(String message, RuntimeException cause) {}

              @Override
              public void savedAgain(String message) {}
            }));
  }
}
