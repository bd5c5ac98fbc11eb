package dev.attune.app;

import dev.attune.session.Journal;
import dev.attune.session.Outcome;
import dev.attune.session.Person;
import dev.attune.store.Backups;
import dev.attune.store.Database;
import dev.attune.store.SqliteJournal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;

/**
 * Everything that makes a file in the data folder or an export, run in a child JVM whose umask lets
 * every new file be read by anyone ({@code umask 000}): a night saved, the log rotated, a daily
 * backup, a restore asked for and carried out, a damaged database moved aside, and both exports.
 * The parent test ({@code BirthModesTest}) then reads every mode. Anything made without owner-only
 * permissions at birth shows, as nothing is changed to owner-only afterwards.
 *
 * <p>Arguments: the data folder, the export folder.
 */
public final class BirthModesMain {
  private BirthModesMain() {}

  public static void main(String[] args) throws Exception {
    Path data = Path.of(args[0]);
    Path exports = Path.of(args[1]);
    Clock clock = Clock.systemDefaultZone();
    Files.createDirectories(data);
    Logs.start(data);
    Logger log = Logger.getLogger(BirthModesMain.class.getName());
    String line = "x".repeat(200);
    for (long written = 0; written < 2 * Logs.LIMIT; written += line.length()) {
      log.info(line); // two rotations
    }
    try (Database db = Database.open(data, clock)) {
      SqliteJournal journal = new SqliteJournal(db);
      Person sam = new Person(1, "", true);
      Instant at = Instant.now();
      journal.person(sam, at);
      journal.begin("c1", "before", List.of(sam), at);
      journal.answer("c1", 1, "pain_level", List.of("mild"), at);
      journal.answer("c1", Journal.TOGETHER, "stop_word", List.of("traffic_lights"), at);
      journal.signal("red", at);
      journal.finish("c1", Outcome.COMPLETED, at);
      Backups backups = new Backups(data, clock);
      Backups.Backup backup = backups.daily(db);
      RestoreRequest.write(data, backup.file());
      Records records = new Records(db, HistoryExportTest.decks(), clock);
      records.exportCsv(exports.resolve("answers.csv"), false);
      records.report(exports.resolve("report.pdf"), false);
    }
    // The next start carries out the restore, and the database it replaces is set aside.
    try (Database db = Database.open(data, clock)) {
      RestoreRequest.apply(data, db, clock, new java.util.ArrayList<>())
          .ifPresent(r -> r.database().close());
    }
    // A damaged database is moved aside on opening, and a fresh one made.
    Path damaged = data.resolve("damaged");
    Files.createDirectories(damaged);
    Database.open(damaged, clock).close();
    Files.write(
        damaged.resolve(Database.FILE_NAME), "not a database at all".repeat(300).getBytes());
    Database.open(damaged, clock).close();
    Logs.stop(data);
  }
}
