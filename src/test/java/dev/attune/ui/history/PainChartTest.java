package dev.attune.ui.history;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.attune.session.PainPoint;
import dev.attune.session.Person;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class PainChartTest {
  static final List<String> BANDS = List.of("No pain", "Mild", "Moderate", "Strong", "Severe");
  static final Instant FIRST = Instant.parse("2026-10-01T20:00:00Z");

  static Set<Integer> colours(BufferedImage image) {
    Set<Integer> colours = new HashSet<>();
    for (int x = 0; x < image.getWidth(); x += 2) {
      for (int y = 0; y < image.getHeight(); y += 2) {
        colours.add(image.getRGB(x, y));
      }
    }
    return colours;
  }

  static int[] pixels(BufferedImage image) {
    int w = image.getWidth();
    return image.getRGB(0, 0, w, image.getHeight(), null, 0, w);
  }

  static List<PainPoint> points(int count) {
    List<PainPoint> points = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      points.add(
          new PainPoint(
              FIRST.plus(Duration.ofDays(i)),
              i,
              1,
              "mild",
              i % 5,
              i % 2 == 0 ? List.of("lube") : List.of()));
    }
    return points;
  }

  @Test
  void drawsTheSeries_atTheSizeAsked() {
    List<PainPoint> points = points(20);
    PainChart chart = new PainChart(BANDS, List.of(new Person(1, "Robin", true)), ZoneOffset.UTC);

    BufferedImage image = chart.draw(points, 800, 300);
    BufferedImage empty = chart.draw(List.of(), 800, 300);

    assertEquals(800, image.getWidth());
    assertEquals(300, image.getHeight());
    assertTrue(
        colours(image).size() > colours(empty).size() + 10,
        "lines, markers and a legend add colours to the page");
  }

  @Test
  void yearsOfPoints_drawWithAnAverageLine() {
    PainChart chart = new PainChart(BANDS, List.of(), ZoneOffset.UTC);
    BufferedImage image = chart.draw(points(PainChart.MANY * 4), 800, 300);
    assertTrue(colours(image).size() > colours(chart.draw(List.of(), 800, 300)).size() + 10);
  }

  @Test
  void png_isTheSameDrawing_forTheReport() throws IOException {
    PainChart chart = new PainChart(BANDS, List.of(new Person(1, "Robin", true)), ZoneOffset.UTC);
    List<PainPoint> points = points(20);

    BufferedImage drawn = chart.draw(points, 640, 240);
    BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(chart.png(points, 640, 240)));

    assertEquals(640, decoded.getWidth());
    assertEquals(240, decoded.getHeight());
    assertArrayEquals(pixels(drawn), pixels(decoded), "PNG keeps every pixel");
  }
}
