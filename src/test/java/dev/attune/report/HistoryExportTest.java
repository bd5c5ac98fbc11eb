package dev.attune.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.attune.deck.Deck;
import dev.attune.session.Person;
import dev.attune.store.Database;
import dev.attune.store.SampleData;
import dev.attune.store.SqliteHistory;
import dev.attune.store.SqlitePeople;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** From the store to the files, as the app wires it, on sixty nights of sample data. */
class HistoryExportTest {
  static final Instant FROM = Instant.parse("2026-01-01T20:00:00Z");

  @TempDir Path dir;

  @Test
  void csvAndPdf_fromSampleData_carryEveryShareableAnswer_andNoPrivateOne() throws IOException {
    List<Deck> decks = Decks.bundled();
    Path csv = dir.resolve("answers.csv");
    Path pdf = dir.resolve("report.pdf");
    try (Database db = Database.open(dir.resolve("data"))) {
      SampleData.Counts counts =
          new SampleData(decks, 3).generate(db, 60, FROM, Duration.ofDays(30));
      List<Person> people = new SqlitePeople(db, Clock.systemUTC()).all();
      SqliteHistory history = new SqliteHistory(db, decks);
      try (CsvExport export = CsvExport.open(csv, decks, people, ZoneOffset.UTC)) {
        history.forEachAnswer(export::write);
      }
      new ClinicianReport(decks, people, Clock.fixed(FROM, ZoneOffset.UTC))
          .write(pdf, history.nights(), history.painSeries());

      List<CSVRecord> rows;
      try (Reader in = Files.newBufferedReader(csv);
          CSVParser parser =
              CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
        rows = parser.getRecords();
      }
      long privateRows = counts.answers() - rows.size();
      assertTrue(privateRows > 0, "the sample has private answers, and they were left out");
      for (CSVRecord row : rows) {
        assertFalse(row.get("prompt_id").startsWith("want_"), row.toString());
        assertFalse(List.of("yes", "maybe", "no").contains(row.get("option_id")), row.toString());
        assertTrue(
            List.of("Robin", "Alex", "together").contains(row.get("person")), row.toString());
      }
      assertTrue(rows.stream().anyMatch(r -> r.get("prompt_id").equals("pain_level")));
    }
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      assertEquals(1, doc.getNumberOfPages());
      String text = new PDFTextStripper().getText(doc);
      assertTrue(text.contains("Robin"), text);
      assertFalse(text.contains("want_") || text.contains("aybe"), text);
    }
  }
}
