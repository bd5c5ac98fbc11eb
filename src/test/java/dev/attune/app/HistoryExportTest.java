package dev.attune.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.attune.deck.Deck;
import dev.attune.deck.DeckLoader;
import dev.attune.report.ClinicianReport;
import dev.attune.store.Database;
import dev.attune.store.SampleData;
import java.awt.image.BufferedImage;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * From the store to the files through {@link Records}, as the app and the command line wire them,
 * on sixty nights of sample data.
 */
class HistoryExportTest {
  static final Instant FROM = Instant.parse("2026-01-01T20:00:00Z");
  static final Clock CLOCK = Clock.fixed(FROM, ZoneOffset.UTC);

  @TempDir Path dir;

  static Map<String, Deck> decks() throws Exception {
    Map<String, Deck> decks = new LinkedHashMap<>();
    for (String name : DeckLoader.BUNDLED) {
      decks.put(name, new DeckLoader().bundled(name));
    }
    return decks;
  }

  static SampleData.Counts sixtyNights(Database db, Map<String, Deck> decks) {
    return new SampleData(List.copyOf(decks.values()), 3)
        .generate(db, 60, FROM, Duration.ofDays(30));
  }

  static int[] pixels(BufferedImage image) {
    int w = image.getWidth();
    return image.getRGB(0, 0, w, image.getHeight(), null, 0, w);
  }

  @Test
  void csvAndPdf_fromSampleData_carryEveryShareableAnswer_andNoPrivateOne() throws Exception {
    Map<String, Deck> decks = decks();
    Path csv = dir.resolve("answers.csv");
    Path pdf = dir.resolve("report.pdf");
    try (Database db = Database.open(dir.resolve("data"))) {
      SampleData.Counts counts = sixtyNights(db, decks);
      Records records = new Records(db, decks, CLOCK);
      records.exportCsv(csv, true);
      records.report(pdf, true);

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

  @Test
  void report_holdsTheChartHistoryShows() throws Exception {
    Map<String, Deck> decks = decks();
    Path pdf = dir.resolve("report.pdf");
    BufferedImage shown;
    try (Database db = Database.open(dir.resolve("data"))) {
      sixtyNights(db, decks);
      Records records = new Records(db, decks, CLOCK);
      records.report(pdf, true);
      shown =
          records.chart(ClinicianReport.CHART_WIDTH_PIXELS, ClinicianReport.CHART_HEIGHT_PIXELS);
    }
    List<PDImageXObject> images = new ArrayList<>();
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      PDResources resources = doc.getPage(0).getResources();
      for (COSName name : resources.getXObjectNames()) {
        if (resources.getXObject(name) instanceof PDImageXObject image) {
          images.add(image);
        }
      }
      assertEquals(1, images.size(), "the chart is embedded as an image");
      assertArrayEquals(pixels(shown), pixels(images.get(0).getImage()), "the same drawing");
    }
  }
}
