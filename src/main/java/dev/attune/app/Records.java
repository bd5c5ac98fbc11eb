package dev.attune.app;

import dev.attune.deck.Deck;
import dev.attune.deck.Option;
import dev.attune.report.ClinicianReport;
import dev.attune.report.CsvExport;
import dev.attune.session.OptionCount;
import dev.attune.session.PainPoint;
import dev.attune.session.Person;
import dev.attune.store.Database;
import dev.attune.store.Erasure;
import dev.attune.store.SqliteExports;
import dev.attune.store.SqliteHistory;
import dev.attune.store.SqlitePeople;
import dev.attune.ui.history.PainChart;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * What Attune has recorded, read and exported: the history, the CSV, the clinician's report, and
 * deleting. Blocks on disk: the app calls it on its storage thread or from the command line.
 */
final class Records {
  private final Database database;
  private final Map<String, Deck> decks;
  private final Clock clock;

  Records(Database database, Map<String, Deck> decks, Clock clock) {
    this.database = database;
    this.decks = decks;
    this.clock = clock;
  }

  SqliteHistory history() {
    return new SqliteHistory(database, decks.values());
  }

  List<Person> people() {
    return new SqlitePeople(database, clock).all();
  }

  /**
   * Every answer as CSV; private-round answers are never in it. Once written, its path is noted for
   * "delete everything" to name.
   *
   * @param replace whether a file already there may be replaced (a link never is)
   */
  void exportCsv(Path file, boolean replace) {
    try (CsvExport csv = CsvExport.open(file, replace, decks.values(), people(), clock.getZone())) {
      history().forEachAnswer(csv::write);
      csv.finish();
    }
    noted(file);
  }

  /**
   * The one-page report for a clinician, with the same pain chart History shows. Once written, its
   * path is noted for "delete everything" to name.
   *
   * @param replace whether a file already there may be replaced (a link never is)
   */
  void report(Path file, boolean replace) {
    SqliteHistory history = history();
    List<Person> people = people();
    List<PainPoint> pain = history.painSeries();
    byte[] chart =
        painChart(people)
            .png(pain, ClinicianReport.CHART_WIDTH_PIXELS, ClinicianReport.CHART_HEIGHT_PIXELS);
    new ClinicianReport(decks.values(), people, clock)
        .write(file, replace, history.nights(), pain, chart);
    noted(file);
  }

  /**
   * The exports Attune wrote that are still there, in the order first written: "delete everything"
   * does not delete them (they are the person's), so it names them. A name that is now a link or a
   * folder is still named: something is there that the person may want gone.
   */
  List<Path> exportsLeft() {
    return exports().all().stream()
        .filter(f -> Files.exists(f, LinkOption.NOFOLLOW_LINKS))
        .toList();
  }

  /** Notes an export for "delete everything"; a read-only database's caller notes it after. */
  private void noted(Path file) {
    if (!database.readOnly()) {
      exports().written(file);
    }
  }

  private SqliteExports exports() {
    return new SqliteExports(database);
  }

  List<OptionCount> aftercareNeeds() {
    return history().aftercareNeeds();
  }

  /** The pain chart, marking the nights when tools were within reach. */
  BufferedImage chart(int width, int height) {
    return painChart(people()).draw(history().painSeries(), width, height);
  }

  private PainChart painChart(List<Person> people) {
    List<String> bands =
        decks.get("before").prompt("pain_level").orElseThrow().options().stream()
            .map(Option::label)
            .toList();
    return new PainChart(bands, people, clock.getZone());
  }

  Database database() {
    return database;
  }

  Erasure erasure() {
    return new Erasure(database);
  }
}
