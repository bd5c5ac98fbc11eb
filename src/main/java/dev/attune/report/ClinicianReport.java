package dev.attune.report;

import dev.attune.deck.Deck;
import dev.attune.deck.Option;
import dev.attune.deck.Prompt;
import dev.attune.session.Names;
import dev.attune.session.NightSummary;
import dev.attune.session.PainPoint;
import dev.attune.session.Person;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * The one-page PDF a person can take to a clinician: the period covered, a chart of pain over time
 * with the nights tools were used, how often each pain band, region and tool came up, and as many
 * encounters as fit, newest first. Built only from {@link NightSummary} and {@link PainPoint},
 * which hold no private-round answer. The chart comes in drawn, as PNG bytes ({@code app} has
 * {@code ui}'s {@code PainChart} draw it), so this package draws nothing itself.
 */
public final class ClinicianReport {
  static final String TITLE = "Attune: pain and comfort over time";

  /** What is written, in messages. */
  static final String WHAT = "the report";

  /** The file name suggested when a folder is given. */
  static final String EXAMPLE = "attune-report.pdf";

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
  private static final float CHART_HEIGHT = 190;

  /**
   * The pixel size the chart is wanted in: twice the size it is shown, so it stays sharp when
   * printed.
   */
  public static final int CHART_WIDTH_PIXELS = Math.round(PageWriter.WIDTH * 2);

  public static final int CHART_HEIGHT_PIXELS = Math.round(CHART_HEIGHT * 2);

  private final Labels labels;
  private final Names names;
  private final List<String> bandLabels;
  private final ZoneId zone;
  private final Clock clock;

  /**
   * @param decks the loaded decks, for labels; {@code before} must be among them
   * @param clock gives the date the report is made and the zone its dates are shown in
   */
  public ClinicianReport(Collection<Deck> decks, List<Person> people, Clock clock) {
    this.labels = new Labels(decks);
    this.names = new Names(people);
    this.clock = Objects.requireNonNull(clock, "clock");
    this.zone = clock.getZone();
    this.bandLabels =
        labels
            .prompt("before", "pain_level")
            .map(p -> p.options().stream().map(Option::label).toList())
            .orElseThrow(() -> new IllegalArgumentException("the before deck is needed"));
  }

  /**
   * Writes the report to {@code file}, replacing one that is there.
   *
   * @param nights newest first, as {@code SqliteHistory.nights()} gives them
   * @param pain oldest first, as {@code SqliteHistory.painSeries()} gives it
   * @param chartPng the chart of {@code pain} as a PNG file's bytes, best {@link
   *     #CHART_WIDTH_PIXELS} by {@link #CHART_HEIGHT_PIXELS}; shown at the page's width
   * @throws ReportException naming the file
   */
  public void write(Path file, List<NightSummary> nights, List<PainPoint> pain, byte[] chartPng) {
    write(file, true, nights, pain, chartPng);
  }

  /**
   * Writes the report to {@code file} under a temporary name, then moves it into place.
   *
   * @param replace whether a file already there may be replaced (a link never is)
   */
  public void write(
      Path file,
      boolean replace,
      List<NightSummary> nights,
      List<PainPoint> pain,
      byte[] chartPng) {
    try (SafeFile safe = SafeFile.create(file, replace, WHAT, EXAMPLE)) {
      try {
        write(safe.stream(), nights, pain, chartPng);
        safe.commit();
      } catch (IOException e) {
        throw safe.failed(e);
      }
    }
  }

  /** Writes the report to {@code out}, which stays open. */
  public void write(
      OutputStream out, List<NightSummary> nights, List<PainPoint> pain, byte[] chartPng)
      throws IOException {
    Objects.requireNonNull(chartPng, "chartPng");
    try (PDDocument doc = new PDDocument()) {
      PDDocumentInformation info = doc.getDocumentInformation();
      info.setTitle(TITLE);
      info.setCreator("Attune");
      PDPage page = new PDPage(PDRectangle.A4);
      doc.addPage(page);
      PDImageXObject image = PDImageXObject.createFromByteArray(doc, chartPng, "pain chart");
      try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
        PageWriter w = new PageWriter(content, page.getMediaBox());
        w.title(TITLE);
        for (String line : intro(nights, pain)) {
          w.paragraph(line);
        }
        w.gap();
        w.image(image, CHART_HEIGHT);
        w.gap();
        w.heading("How often");
        for (String line : frequencies(nights, pain)) {
          w.paragraph(line);
        }
        w.gap();
        table(w, nights);
      }
      doc.save(out);
    }
  }

  private List<String> intro(List<NightSummary> nights, List<PainPoint> pain) {
    List<String> lines = new ArrayList<>();
    if (nights.isEmpty()) {
      lines.add("Nothing has been recorded yet.");
    } else {
      Instant first = nights.get(nights.size() - 1).startedAt();
      Instant last = nights.get(0).startedAt();
      lines.add("Period: " + day(first) + " to " + day(last) + ".");
      long told = nights.stream().filter(n -> !n.pain().isEmpty()).count();
      String before =
          nights.size() == 1
              ? (told == 1 ? "pain was told before it" : "pain was not told before it")
              : String.format(Locale.ENGLISH, "pain was told before %,d of them", told);
      lines.add(
          counted(nights.size(), "night", "nights")
              + " recorded; "
              + before
              + " ("
              + counted(pain.size(), "entry", "entries")
              + ").");
    }
    lines.add(
        "Pain as told before each encounter, from "
            + bandLabels.get(0)
            + " to "
            + bandLabels.get(bandLabels.size() - 1)
            + ".");
    lines.add(
        "Made by Attune on " + day(clock.instant()) + ". Private answers are never included.");
    return lines;
  }

  private List<String> frequencies(List<NightSummary> nights, List<PainPoint> pain) {
    List<String> lines = new ArrayList<>();
    Map<Long, int[]> bands = new TreeMap<>();
    for (PainPoint p : pain) {
      int[] counts = bands.computeIfAbsent(p.personId(), id -> new int[bandLabels.size()]);
      if (p.band() < counts.length) {
        counts[p.band()]++;
      }
    }
    bands.forEach(
        (person, counts) -> {
          List<String> parts = new ArrayList<>();
          for (int band = 0; band < counts.length; band++) {
            parts.add(bandLabels.get(band) + " " + counts[band]);
          }
          lines.add("Pain, " + names.of(person) + ": " + String.join(", ", parts) + ".");
        });
    lines.add("Where it hurt: " + counted(nights, true) + ".");
    lines.add("Tools within reach: " + counted(nights, false) + ".");
    int signals = nights.stream().mapToInt(NightSummary::signals).sum();
    long paused = nights.stream().filter(n -> n.signals() > 0).count();
    lines.add(
        String.format(Locale.ENGLISH, "Pause-board signals: %,d, during ", signals)
            + counted(paused, "night", "nights")
            + ".");
    return lines;
  }

  /** "1 night", "2 nights", "1,200 nights". */
  static String counted(long n, String one, String many) {
    return String.format(Locale.ENGLISH, "%,d", n) + " " + (n == 1 ? one : many);
  }

  /** Regions or tools with how many nights named each, most first. */
  private String counted(List<NightSummary> nights, boolean regions) {
    String prompt = regions ? "pain_where" : "tools";
    Map<String, Integer> counts = new LinkedHashMap<>();
    labels
        .prompt("before", prompt)
        .map(Prompt::options)
        .orElse(List.of())
        .forEach(o -> counts.put(o.id(), 0));
    for (NightSummary n : nights) {
      for (String id : regions ? n.regions() : n.tools()) {
        counts.merge(id, 1, Integer::sum);
      }
    }
    List<String> parts =
        counts.entrySet().stream()
            .filter(e -> e.getValue() > 0)
            .sorted((a, b) -> Integer.compare(b.getValue(), a.getValue()))
            .map(e -> labels.option("before", prompt, e.getKey()) + " " + e.getValue())
            .toList();
    return parts.isEmpty() ? "none recorded" : String.join(", ", parts);
  }

  private void table(PageWriter w, List<NightSummary> nights) throws IOException {
    List<String[]> rows = new ArrayList<>();
    for (NightSummary n : nights) {
      for (Map.Entry<Long, String> pain : n.pain().entrySet()) {
        rows.add(
            new String[] {
              day(n.startedAt()),
              names.of(pain.getKey()),
              labels.option("before", "pain_level", pain.getValue()),
              labels.options("before", "pain_where", n.regions()),
              labels.options("before", "tools", n.tools())
            });
      }
    }
    w.heading("Pain before each encounter, newest first");
    w.row(true, "Date", "Who", "Pain", "Where", "Tools within reach");
    int shown = 0;
    while (shown < rows.size() && w.roomForRows(rows.size() - shown > 1 ? 2 : 1)) {
      w.row(false, rows.get(shown));
      shown++;
    }
    if (shown < rows.size()) {
      w.line(
          String.format(
              Locale.ENGLISH,
              "... and %,d earlier entries, all in the CSV export.",
              rows.size() - shown));
    } else if (rows.isEmpty()) {
      w.line("No pain has been recorded yet.");
    }
  }

  private String day(Instant at) {
    return DAY.format(LocalDate.ofInstant(at, zone));
  }
}
