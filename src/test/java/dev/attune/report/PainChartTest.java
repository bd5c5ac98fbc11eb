package dev.attune.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.attune.session.PainPoint;
import dev.attune.session.Person;
import java.awt.image.BufferedImage;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
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
}
