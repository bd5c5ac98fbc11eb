package dev.attune.report;

import dev.attune.deck.Deck;
import dev.attune.session.NightSummary;
import dev.attune.session.PainPoint;
import dev.attune.session.Person;
import dev.attune.store.Database;
import dev.attune.store.SampleData;
import dev.attune.store.SqliteHistory;
import dev.attune.store.SqlitePeople;
import dev.attune.ui.history.PainChart;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

/**
 * The history benchmark: fills a data directory with ten years of sample data (unless it already
 * has some), then times the history screen's work and the exports and prints the milliseconds. Not
 * a test: speed targets live here, never in timed unit tests. Wires store, {@code ui}'s chart and
 * report as {@code app} does.
 *
 * <pre>
 * mvn -q test-compile
 * java -cp target/classes:target/test-classes:$(cat cp.txt) dev.attune.report.HistoryBenchmark DIR [NIGHTS]
 * </pre>
 */
public final class HistoryBenchmark {
  private HistoryBenchmark() {}

  /**
   * What a passphrase costs on ten years of data, in milliseconds.
   *
   * @param derive Argon2id at the app's costs, the wait to unlock before anything is read
   * @param seal setting the passphrase: sealing everything, in one transaction, and scrubbing
   * @param open unlocking: the key derived, then everything opened into memory
   */
  public record Sealed(long derive, long seal, long open) {}

  /** Sets a passphrase on {@code db} (the app's real key costs), locks it, and unlocks it. */
  public static Sealed seal(Database db) {
    char[] pass = "a long walk on the beach".toCharArray();
    long start = System.nanoTime();
    dev.attune.store.Vault vault =
        dev.attune.store.Vault.create(pass.clone(), dev.attune.store.Vault.KeyParams.fresh());
    long derive = millisSince(start);
    start = System.nanoTime();
    if (db.sealed()) {
      vault.close(); // sealed by an earlier run, with the same passphrase
    } else {
      db.protect(vault);
    }
    long seal = millisSince(start);
    db.lock();
    start = System.nanoTime();
    db.unlock(dev.attune.store.Vault.open(pass, db.wrapped().orElseThrow()).orElseThrow());
    long open = millisSince(start);
    return new Sealed(derive, seal, open);
  }

  /** Timings of one round, in milliseconds. */
  public record Round(long history, long chart, long csv, long pdf) {}

  public static void main(String[] args) throws Exception {
    if (args.length < 1) {
      System.err.println("usage: HistoryBenchmark DATA_DIR [NIGHTS] [ROUNDS]");
      System.exit(2);
    }
    Path dir = Path.of(args[0]);
    int nights = args.length > 1 ? Integer.parseInt(args[1]) : SampleData.TEN_YEARS;
    int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 3;
    List<Deck> decks = Decks.bundled();
    try (Database db = Database.open(dir)) {
      if (new SqlitePeople(db, Clock.systemUTC()).all().isEmpty()) {
        long start = System.nanoTime();
        SampleData.Counts counts =
            new SampleData(decks, 20_260_101L)
                .generate(db, nights, Instant.parse("2016-01-01T20:00:00Z"), SampleData.DECADE);
        System.out.printf(
            Locale.ROOT,
            "generated %d nights, %d check-ins, %d answers, %d signals in %d ms%n",
            counts.nights(),
            counts.checkIns(),
            counts.answers(),
            counts.signals(),
            millisSince(start));
      }
      boolean sealed = args.length > 3 && args[3].equals("--sealed");
      if (sealed) {
        Sealed s = seal(db);
        System.out.printf(
            Locale.ROOT,
            "passphrase: Argon2id %d ms; sealing everything %d ms; unlocking %d ms%n",
            s.derive(),
            s.seal(),
            s.open());
      }
      for (int i = 1; i <= rounds; i++) {
        Round r = round(db, decks, dir);
        System.out.printf(
            Locale.ROOT,
            "round %d: history (a page, the count, needs, pain series) %d ms, chart %d ms,"
                + " (a) History opens %d ms;"
                + " (b) CSV export %d ms; PDF report %d ms%n",
            i,
            r.history(),
            r.chart(),
            r.history() + r.chart(),
            r.csv(),
            r.pdf());
      }
    }
  }

  /** One timed round: history list and pain series, the chart, the CSV and the PDF. */
  public static Round round(Database db, List<Deck> decks, Path dir) throws Exception {
    List<Person> people = new SqlitePeople(db, Clock.systemUTC()).all();
    SqliteHistory history = new SqliteHistory(db, decks);
    ZoneId zone = ZoneId.systemDefault();

    // What opening History reads: a page of evenings, the count, the needs, the pain series.
    long start = System.nanoTime();
    List<NightSummary> page = history.nights(0, 4);
    int count = history.nightCount();
    history.aftercareNeeds();
    List<PainPoint> pain = history.painSeries();
    long historyMs = millisSince(start);
    if (page.isEmpty() || count == 0) {
      throw new IllegalStateException("no history read");
    }

    start = System.nanoTime();
    PainChart painChart =
        new PainChart(List.of("No pain", "Mild", "Moderate", "Strong", "Severe"), people, zone);
    BufferedImage image = painChart.draw(pain, 900, 170);
    long chartMs = millisSince(start);
    if (image.getWidth() != 900) {
      throw new IllegalStateException("chart not drawn");
    }
    List<NightSummary> nights = history.nights();

    Path csv = dir.resolve("benchmark.csv");
    start = System.nanoTime();
    try (CsvExport export = CsvExport.open(csv, decks, people, zone)) {
      history.forEachAnswer(export::write);
      export.finish();
    }
    long csvMs = millisSince(start);

    Path pdf = dir.resolve("benchmark.pdf");
    // The PDF as the app makes it: the chart drawn and encoded as PNG, then the page.
    start = System.nanoTime();
    byte[] chart =
        painChart.png(
            pain, ClinicianReport.CHART_WIDTH_PIXELS, ClinicianReport.CHART_HEIGHT_PIXELS);
    new ClinicianReport(decks, people, Clock.systemDefaultZone()).write(pdf, nights, pain, chart);
    long pdfMs = millisSince(start);
    Files.size(pdf);
    return new Round(historyMs, chartMs, csvMs, pdfMs);
  }

  private static long millisSince(long start) {
    return (System.nanoTime() - start) / 1_000_000;
  }
}
