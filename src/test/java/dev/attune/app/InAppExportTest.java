package dev.attune.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.attune.store.Backups;
import dev.attune.store.Database;
import dev.attune.store.PendingJournal;
import dev.attune.store.SqliteJournal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An export from History never writes over a file, nor through a link: it takes the next name. */
class InAppExportTest {
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-03T20:00:00Z"), ZoneOffset.UTC);

  @TempDir Path dir;

  @Test
  void eachExportTakesAFreeName_andAFileOrLinkThereIsLeftAlone() throws Exception {
    Path exports = Files.createDirectories(dir.resolve("home"));
    Path mine = Files.writeString(exports.resolve("attune-answers-2026-12-03.csv"), "mine");
    Path target = Files.writeString(dir.resolve("precious.txt"), "precious");
    Files.createSymbolicLink(exports.resolve("attune-report-2026-12-03.pdf"), target);
    try (Database db = Database.open(dir.resolve("data"))) {
      Records records = new Records(db, HistoryExportTest.decks(), CLOCK);
      PendingJournal pending =
          new PendingJournal(
              new SqliteJournal(db),
              new PendingJournal.Listener() {
                @Override
                public void cannotSave(String message, RuntimeException cause) {}

                @Override
                public void savedAgain(String message) {}
              });
      StoredHistory history =
          new StoredHistory(
              records,
              new Backups(dir.resolve("data"), CLOCK),
              Runnable::run,
              CLOCK,
              exports,
              () -> {},
              pending);
      assertEquals(exports.resolve("attune-answers-2026-12-03-2.csv"), history.exportCsv().join());
      assertEquals(exports.resolve("attune-answers-2026-12-03-3.csv"), history.exportCsv().join());
      assertEquals(exports.resolve("attune-report-2026-12-03-2.pdf"), history.report().join());
    }
    assertEquals("mine", Files.readString(mine));
    assertEquals("precious", Files.readString(target));
    assertTrue(Files.size(exports.resolve("attune-report-2026-12-03-2.pdf")) > 1000);
  }
}
