package dev.attune.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.attune.deck.Deck;
import dev.attune.deck.Prompt;
import dev.attune.session.NightSummary;
import dev.attune.session.PainPoint;
import dev.attune.session.Person;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClinicianReportTest {
  static final Instant FIRST = Instant.parse("2026-10-01T20:00:00Z");
  static final Clock NOW = Clock.fixed(Instant.parse("2026-11-30T10:00:00Z"), ZoneOffset.UTC);
  static final List<Person> PEOPLE =
      List.of(new Person(1, "Robin", true), new Person(2, "", false));
  static final List<String> LEVELS = List.of("none", "mild", "moderate", "strong", "severe");

  /**
   * A stand-in for the chart {@code app} has {@code ui} draw: a pattern whose every pixel is known,
   * so the test can tell that the very picture handed in is the one on the page.
   */
  static final BufferedImage CHART =
      pattern(ClinicianReport.CHART_WIDTH_PIXELS, ClinicianReport.CHART_HEIGHT_PIXELS);

  @TempDir Path dir;

  static BufferedImage pattern(int width, int height) {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    for (int x = 0; x < width; x++) {
      for (int y = 0; y < height; y++) {
        image.setRGB(x, y, (x % 256) << 16 | (y % 256) << 8 | (x * y) % 256);
      }
    }
    return image;
  }

  static int[] pixels(BufferedImage image) {
    int w = image.getWidth();
    return image.getRGB(0, 0, w, image.getHeight(), null, 0, w);
  }

  static byte[] png(BufferedImage image) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    assertTrue(ImageIO.write(image, "png", out));
    return out.toByteArray();
  }

  /** {@code count} nights, one a day; Robin's pain cycles through the bands; lube every other. */
  static List<NightSummary> nights(int count) {
    List<NightSummary> nights = new ArrayList<>();
    for (int i = count - 1; i >= 0; i--) {
      nights.add(
          new NightSummary(
              i + 1,
              FIRST.plus(Duration.ofDays(i)),
              List.of("before", "after"),
              Map.of(1L, LEVELS.get(i % 5)),
              i % 5 == 0 ? List.of() : List.of("lower_left"),
              i % 2 == 0 ? List.of("lube") : List.of(),
              i % 3));
    }
    return nights;
  }

  static List<PainPoint> pain(List<NightSummary> nights) {
    List<PainPoint> points = new ArrayList<>();
    for (int i = nights.size() - 1; i >= 0; i--) {
      NightSummary n = nights.get(i);
      String level = n.pain().get(1L);
      points.add(
          new PainPoint(n.startedAt(), n.nightId(), 1, level, LEVELS.indexOf(level), n.tools()));
    }
    return points;
  }

  String text(Path pdf) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      assertEquals(1, doc.getNumberOfPages());
      return new PDFTextStripper().getText(doc);
    }
  }

  Path write(List<NightSummary> nights) throws IOException {
    Path file = dir.resolve("report.pdf");
    new ClinicianReport(Decks.bundled(), PEOPLE, NOW).write(file, nights, pain(nights), png(CHART));
    return file;
  }

  @Test
  void onePage_withPeriodPainPerEncounterRegionsToolsAndAChart() throws IOException {
    Path file = write(nights(10));
    String text = text(file);

    assertTrue(text.contains(ClinicianReport.TITLE), text);
    assertTrue(text.contains("Period: 1 Oct 2026 to 10 Oct 2026."), text);
    assertTrue(text.contains("Private answers are never included."), text);
    assertTrue(text.contains("10 Oct 2026 Robin Severe Lower left side\n"), text);
    assertTrue(text.contains("9 Oct 2026 Robin Strong Lower left side Lube\n"), text);
    assertTrue(text.contains("1 Oct 2026 Robin No pain Lube\n"), text);
    assertTrue(
        text.contains("Pain, Robin: No pain 2, Mild 2, Moderate 2, Strong 2, Severe 2."), text);
    assertTrue(text.contains("Where it hurt: Lower left side 8."), text);
    assertTrue(text.contains("Tools within reach: Lube 5."), text);
    try (PDDocument doc = Loader.loadPDF(file.toFile())) {
      PDResources resources = doc.getPage(0).getResources();
      List<PDImageXObject> images = new ArrayList<>();
      for (COSName name : resources.getXObjectNames()) {
        if (resources.getXObject(name) instanceof PDImageXObject image) {
          images.add(image);
        }
      }
      assertEquals(1, images.size(), "the chart is embedded as an image");
      BufferedImage embedded = images.get(0).getImage();
      assertEquals(CHART.getWidth(), embedded.getWidth());
      assertEquals(CHART.getHeight(), embedded.getHeight());
      assertTrue(embedded.getWidth() >= 800, "drawn sharp enough to print");
      assertArrayEquals(pixels(CHART), pixels(embedded), "the chart handed in, unchanged");
    }
  }

  @Test
  void oneNight_isOneNight_notOneNights() throws IOException {
    String text = text(write(nights(1)));
    assertTrue(text.contains("1 night recorded; pain was told before it (1 entry)."), text);
    assertFalse(text.contains("1 nights"), text);
    String ten = text(write(nights(10)));
    assertTrue(ten.contains("10 nights recorded; pain was told before 10 of them"), ten);
  }

  @Test
  void manyEncounters_stayOnOnePage_andSayHowManyMore() throws IOException {
    String text = text(write(nights(400)));
    assertTrue(text.contains("earlier entries, all in the CSV export."), text);
  }

  @Test
  void noPrivateAnswer_everAppears() throws IOException {
    String text = text(write(nights(30)));
    List<String> forbidden = new ArrayList<>(List.of("want_", "maybe", "Maybe", "How about"));
    for (Deck deck : Decks.bundled()) {
      for (Prompt p : deck.prompts()) {
        if (p.kind() == Prompt.Kind.PRIVATE) {
          forbidden.add(p.id());
          forbidden.add(p.phrase());
        }
      }
    }
    for (String word : forbidden) {
      assertFalse(text.contains(word), word + " in:\n" + text);
    }
  }

  @Test
  void nothingRecorded_stillMakesAPage() throws IOException {
    String text = text(write(List.of()));
    assertTrue(text.contains("Nothing has been recorded yet."), text);
  }

  @Test
  void aNameHelveticaCannotShow_doesNotBreakTheReport() throws IOException {
    Path file = dir.resolve("names.pdf");
    List<NightSummary> nights = nights(3);
    new ClinicianReport(Decks.bundled(), List.of(new Person(1, "प्रिया", true)), NOW)
        .write(file, nights, pain(nights), png(CHART));
    assertTrue(Files.size(file) > 0);
    assertTrue(text(file).contains("?"));
  }

  String refused(Path file, boolean replace) {
    List<NightSummary> nights = nights(3);
    ReportException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            ReportException.class,
            () ->
                new ClinicianReport(Decks.bundled(), PEOPLE, NOW)
                    .write(file, replace, nights, pain(nights), png(CHART)));
    return CsvExportTest.plain(e.getMessage());
  }

  @Test
  void aFolderGivenAsTheFile_isToldAsAFolder_evenReplacing() throws IOException {
    assertEquals(
        dir
            + " is a folder, not a file. Give the report a file name, such as "
            + dir.resolve("attune-report.pdf")
            + ".",
        refused(dir, true));
    assertEquals(
        "/ is a folder, not a file. Give the report a file name, such as ~/attune-report.pdf.",
        refused(Path.of("/"), true));
    try (var files = Files.list(dir)) {
      assertEquals(0, files.count(), "nothing is made");
    }
  }

  @Test
  void aMissingFolder_orAFileOnTheWay_isToldInPlainWords() throws IOException {
    Path missing = dir.resolve("not-made").resolve("report.pdf");
    assertEquals(
        "Attune could not write the report "
            + missing
            + ", because its folder is not there. Check the path, or make the folder first.",
        refused(missing, false));
    Path file = Files.writeString(dir.resolve("notes.txt"), "mine").resolve("report.pdf");
    String said = refused(file, true);
    assertTrue(said.startsWith("Attune could not write the report " + file + ", because"), said);
    assertTrue(said.contains("part of the path is a file, not a folder"), said);
  }
}
