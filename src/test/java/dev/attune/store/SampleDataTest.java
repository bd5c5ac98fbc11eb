package dev.attune.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.attune.session.NightSummary;
import dev.attune.session.PainPoint;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SampleDataTest {
  static final Instant FROM = Instant.parse("2016-01-01T20:00:00Z");

  @TempDir Path dir;

  @Test
  void sixtyNights_readBackThroughTheHistory() throws Exception {
    try (Database db = Database.open(dir)) {
      SampleData.Counts counts =
          new SampleData(HistoryFixture.decks(), 7).generate(db, 60, FROM, Duration.ofDays(30));
      SqliteHistory history = new SqliteHistory(db, HistoryFixture.decks());

      List<NightSummary> nights = history.nights();
      assertEquals(60, nights.size());
      assertEquals(60, counts.nights());
      assertTrue(nights.get(0).startedAt().isAfter(nights.get(59).startedAt()), "newest first");
      assertEquals(
          counts.answers(),
          Integer.parseInt(SqliteJournalTest.rows(db, "SELECT COUNT(*) FROM answer").get(0)));
      assertEquals(counts.signals(), nights.stream().mapToInt(NightSummary::signals).sum());
      List<PainPoint> pain = history.painSeries();
      assertTrue(pain.size() > 30, "most nights tell pain: " + pain.size());
      assertTrue(pain.stream().allMatch(p -> p.band() >= 0 && p.band() <= 4));
      assertTrue(
          SqliteJournalTest.rows(
                      db,
                      "SELECT DISTINCT option_id FROM answer WHERE prompt_id" + " LIKE 'want_%'")
                  .size()
              > 1,
          "the private round is in the data, so the history must really leave it out");
    }
  }

  @Test
  void theSameSeed_givesTheSameData() throws Exception {
    String first;
    try (Database db = Database.open(dir.resolve("a"))) {
      new SampleData(HistoryFixture.decks(), 42).generate(db, 20, FROM, Duration.ofDays(10));
      first =
          String.join(",", SqliteJournalTest.rows(db, "SELECT * FROM answer ORDER BY 1, 2, 3, 4"));
    }
    try (Database db = Database.open(dir.resolve("b"))) {
      new SampleData(HistoryFixture.decks(), 42).generate(db, 20, FROM, Duration.ofDays(10));
      assertEquals(
          first,
          String.join(",", SqliteJournalTest.rows(db, "SELECT * FROM answer ORDER BY 1, 2, 3, 4")));
    }
  }

  /** The benchmark's size, generated once: about 7,300 nights and 150,000 answers. */
  @Test
  void tenYears_isAbout7300NightsAnd150000Answers() {
    try (Database db = Database.open(dir)) {
      SampleData.Counts counts =
          new SampleData(HistoryFixture.decks(), 20_260_101L)
              .generate(db, SampleData.TEN_YEARS, FROM, SampleData.DECADE);
      assertEquals(7_300, counts.nights());
      assertTrue(
          counts.answers() > 130_000 && counts.answers() < 170_000, "answers " + counts.answers());
      assertTrue(counts.checkIns() > 12_000, "check-ins " + counts.checkIns());
    }
  }
}
