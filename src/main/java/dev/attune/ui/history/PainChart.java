package dev.attune.ui.history;

import static java.time.DayOfWeek.MONDAY;

import dev.attune.session.Names;
import dev.attune.session.PainPoint;
import dev.attune.session.Person;
import dev.attune.ui.kit.Messages;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import java.util.TreeMap;
import javax.imageio.ImageIO;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.XYStyler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Draws pain over time into an image: one line per person (with many points, each point faint and a
 * weekly or monthly average line), and a diamond in a lane below for each night tools were wished
 * within reach. Pure drawing, no window; safe on any thread. History shows the image; the
 * clinician's report gets the same drawing as PNG bytes ({@link #png}), so {@code report} needs no
 * AWT.
 */
public final class PainChart {
  /** More points than this are drawn faint, with a weekly or monthly average line. */
  static final int MANY = 120;

  private static final int TOOL_LANE = -1;
  private static final Color TOOL_COLOUR = new Color(0xC0, 0x60, 0x00);
  private static final List<Color> COLOURS =
      List.of(
          new Color(0x1F, 0x5F, 0xBF), new Color(0x2E, 0x8B, 0x57), new Color(0x80, 0x3F, 0xA0));

  private final List<String> bandLabels;
  private final Names names;
  private final ZoneId zone;

  /**
   * @param bandLabels what bands 0, 1, 2 ... are called, e.g. "No pain", "Mild"
   */
  public PainChart(List<String> bandLabels, List<Person> people, ZoneId zone) {
    this.bandLabels = List.copyOf(bandLabels);
    this.names = new Names(people);
    this.zone = zone;
  }

  /**
   * @param points oldest first
   */
  public BufferedImage draw(List<PainPoint> points, int width, int height) {
    if (points.isEmpty()) {
      return empty(width, height);
    }
    boolean many = points.size() > MANY;
    XYChart chart = new XYChart(width, height);
    XYStyler styler = chart.getStyler();
    styler.setLocale(Locale.ENGLISH);
    styler.setTimezone(TimeZone.getTimeZone(zone));
    styler.setDatePattern(span(points).toDays() > 120 ? "MMM yyyy" : "d MMM");
    // The lane below "no pain" marks the nights tools were wished within reach.
    styler.setYAxisMin((double) TOOL_LANE);
    styler.setYAxisMax(bandLabels.size() - 0.6);
    styler.setYAxisTickLabelsFormattingFunction(this::band);
    styler.setChartBackgroundColor(Color.WHITE);
    styler.setPlotBackgroundColor(Color.WHITE);
    styler.setLegendPosition(Styler.LegendPosition.OutsideS);
    styler.setLegendLayout(Styler.LegendLayout.Horizontal);
    styler.setMarkerSize(many ? 3 : 7);
    styler.setChartPadding(6);

    Map<Long, List<PainPoint>> byPerson = new LinkedHashMap<>();
    List<Date> toolDates = new ArrayList<>();
    java.util.Set<Long> toolNights = new java.util.HashSet<>();
    for (PainPoint p : points) {
      byPerson.computeIfAbsent(p.personId(), id -> new ArrayList<>()).add(p);
      // One mark a night, however many told their pain that night.
      if (!p.tools().isEmpty() && toolNights.add(p.nightId())) {
        toolDates.add(Date.from(p.at()));
      }
    }
    int colour = 0;
    for (Map.Entry<Long, List<PainPoint>> e : byPerson.entrySet()) {
      Color c = COLOURS.get(colour++ % COLOURS.size());
      List<PainPoint> mine = e.getValue();
      String who = names.of(e.getKey());
      XYSeries each =
          chart.addSeries(
              Messages.format(many ? "chart.each" : "chart.pain", who),
              mine.stream().map(p -> Date.from(p.at())).toList(),
              mine.stream().map(PainPoint::band).toList());
      each.setMarker(SeriesMarkers.CIRCLE);
      each.setMarkerColor(many ? faint(c) : c);
      each.setLineColor(c);
      if (many) {
        each.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        boolean monthly = span(points).toDays() > 400;
        Map<LocalDate, double[]> buckets = averages(mine, monthly);
        XYSeries mean =
            chart.addSeries(
                Messages.format(monthly ? "chart.monthly" : "chart.weekly", who),
                buckets.keySet().stream()
                    .map(d -> Date.from(d.atStartOfDay(zone).toInstant()))
                    .toList(),
                buckets.values().stream().map(sum -> sum[0] / sum[1]).toList());
        mean.setMarker(SeriesMarkers.NONE);
        mean.setLineColor(c);
        mean.setLineStyle(new BasicStroke(2f));
      } else {
        each.setLineStyle(new BasicStroke(1.5f));
      }
    }
    if (!toolDates.isEmpty()) {
      XYSeries tools =
          chart.addSeries(
              Messages.get("chart.tools"),
              toolDates,
              toolDates.stream().map(d -> (double) TOOL_LANE).toList());
      tools.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
      tools.setMarker(SeriesMarkers.DIAMOND);
      tools.setMarkerColor(TOOL_COLOUR);
    }

    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      chart.paint(g, width, height);
    } finally {
      g.dispose();
    }
    return image;
  }

  /**
   * The chart as a PNG file's bytes, for a document that embeds it.
   *
   * @param points oldest first
   */
  public byte[] png(List<PainPoint> points, int width, int height) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      if (!ImageIO.write(draw(points, width, height), "png", out)) {
        throw new IllegalStateException("this Java has no PNG writer");
      }
    } catch (IOException e) {
      // Writing into memory: only a broken image encoder gets here.
      throw new UncheckedIOException("could not encode the pain chart as PNG", e);
    }
    return out.toByteArray();
  }

  /** Mean band per week (Mondays) or per month (the 1st): sum and count. */
  private Map<LocalDate, double[]> averages(List<PainPoint> points, boolean monthly) {
    Map<LocalDate, double[]> buckets = new TreeMap<>();
    for (PainPoint p : points) {
      LocalDate day = LocalDate.ofInstant(p.at(), zone);
      LocalDate key =
          monthly ? day.withDayOfMonth(1) : day.with(TemporalAdjusters.previousOrSame(MONDAY));
      double[] sum = buckets.computeIfAbsent(key, k -> new double[2]);
      sum[0] += p.band();
      sum[1]++;
    }
    return buckets;
  }

  private static Duration span(List<PainPoint> points) {
    return Duration.between(points.get(0).at(), points.get(points.size() - 1).at()).abs();
  }

  private static Color faint(Color c) {
    return new Color(c.getRed(), c.getGreen(), c.getBlue(), 70);
  }

  /**
   * XChart asks for the labels of the axis ends first and draws no ticks when they are the same, so
   * the two ends must get different labels: the tool lane's and none.
   */
  private String band(Double value) {
    double rounded = Math.rint(value);
    if (Math.abs(value - rounded) > 1e-6) {
      return "";
    }
    if (rounded == TOOL_LANE) {
      return Messages.get("chart.toolsLane");
    }
    if (rounded < 0 || rounded >= bandLabels.size()) {
      return "";
    }
    return bandLabels.get((int) rounded);
  }

  private static BufferedImage empty(int width, int height) {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    try {
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, width, height);
      g.setColor(Color.DARK_GRAY);
      g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, Math.max(12, height / 12)));
      g.drawString(Messages.get("chart.none"), width / 20, height / 2);
    } finally {
      g.dispose();
    }
    return image;
  }
}
