package dev.attune.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.attune.session.AnswerRow;
import dev.attune.session.Journal;
import dev.attune.session.LastAnswers;
import dev.attune.session.NightSummary;
import dev.attune.session.OptionCount;
import dev.attune.session.Outcome;
import dev.attune.session.PainPoint;
import dev.attune.session.Person;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteHistoryTest {
  static final Instant MONDAY = Instant.parse("2026-11-23T21:00:00Z");
  static final Duration DAY = Duration.ofDays(1);

  @TempDir Path dir;
  Database db;
  SqliteJournal journal;
  SqliteHistory history;
  Person robin;
  Person alex;

  @BeforeEach
  void open() {
    db = Database.open(dir);
    journal = new SqliteJournal(db);
    history = new SqliteHistory(db, HistoryFixture.decks());
    SqlitePeople people = new SqlitePeople(db, Clock.systemUTC());
    robin = people.add("Robin", true);
    alex = people.add("", false);
  }

  @AfterEach
  void close() {
    db.close();
  }

  /** A Before check-in on the given day: Robin's pain and tools, Alex's private no. */
  void before(String id, Instant at, String pain, List<String> tools, Outcome outcome) {
    journal.begin(id, "before", List.of(robin, alex), at);
    journal.answer(id, robin.id(), "pain_level", List.of(pain), at.plusSeconds(10));
    journal.answer(
        id, robin.id(), "pain_where", List.of("lower_left", "inside"), at.plusSeconds(20));
    journal.answer(id, robin.id(), "tools", tools, at.plusSeconds(30));
    journal.answer(id, robin.id(), "want_massage", List.of("yes"), at.plusSeconds(40));
    journal.answer(id, alex.id(), "want_massage", List.of("no"), at.plusSeconds(50));
    journal.answer(id, alex.id(), "partner_worries", List.of("skip"), at.plusSeconds(55));
    journal.answer(
        id, Journal.TOGETHER, "stop_word", List.of("traffic_lights"), at.plusSeconds(60));
    journal.finish(id, outcome, at.plusSeconds(70));
  }

  void after(String id, Instant at, Map<Long, List<String>> needs) {
    journal.begin(id, "after", List.of(robin, alex), at);
    needs.forEach((person, options) -> journal.answer(id, person, "needs_now", options, at));
    journal.finish(id, Outcome.COMPLETED, at.plusSeconds(90));
  }

  @Test
  void nightsComeAPageAtATime_newestFirst() {
    for (int d = 0; d < 5; d++) {
      before("b" + d, MONDAY.plus(DAY.multipliedBy(d)), "mild", List.of("lube"), Outcome.COMPLETED);
    }
    assertEquals(5, history.nightCount());
    List<NightSummary> first = history.nights(0, 2);
    List<NightSummary> second = history.nights(2, 2);
    assertEquals(2, first.size());
    assertEquals(MONDAY.plus(DAY.multipliedBy(4)), first.get(0).startedAt());
    assertEquals(MONDAY.plus(DAY.multipliedBy(2)), second.get(0).startedAt());
    assertEquals(List.of("lube"), second.get(0).tools(), "a page carries its evenings' facts");
    assertEquals(history.nights().subList(2, 4), second, "the same as the full list");
  }

  @Test
  void lastBefore_isTheLastCompleted_perPerson_inDeckOrder_withoutPrivateOrSkipped() {
    before("b1", MONDAY, "moderate", List.of("pillows", "lube"), Outcome.COMPLETED);
    before("b2", MONDAY.plus(DAY), "severe", List.of("gloves"), Outcome.LEFT);

    LastAnswers last = history.lastBefore().orElseThrow();

    assertEquals("b1", last.checkInId());
    assertEquals(List.of("moderate"), last.options(robin.id(), "pain_level"));
    assertEquals(List.of("lube", "pillows"), last.options(robin.id(), "tools"));
    assertEquals(List.of("inside", "lower_left"), last.options(robin.id(), "pain_where"));
    assertEquals(List.of("traffic_lights"), last.options(Journal.TOGETHER, "stop_word"));
    assertFalse(last.of(robin.id()).containsKey("want_massage"));
    assertEquals(Map.of(), last.of(alex.id()), "Alex's private no and skip are not offered back");
  }

  @Test
  void lastBefore_isEmpty_withoutACompletedBefore() {
    assertEquals(Optional.empty(), history.lastBefore());
    before("b1", MONDAY, "mild", List.of("lube"), Outcome.NOT_TODAY);
    assertEquals(Optional.empty(), history.lastBefore());
  }

  @Test
  void lastAftercare_givesNeedsAndNextTime_ofTheLastAfterThatHasThem() {
    after(
        "a1", MONDAY, Map.of(robin.id(), List.of("blanket", "water"), alex.id(), List.of("snack")));
    after("a2", MONDAY.plus(DAY), Map.of(robin.id(), List.of("cuddle")));
    journal.answer("a2", robin.id(), "next_time", List.of("bath_together"), MONDAY.plus(DAY));
    journal.answer("a2", robin.id(), "feelings_now", List.of("close"), MONDAY.plus(DAY));
    after("a3", MONDAY.plus(DAY.multipliedBy(2)), Map.of(robin.id(), List.of("skip")));

    LastAnswers last = history.lastAftercare().orElseThrow();

    assertEquals("a2", last.checkInId());
    assertEquals(
        Map.of("needs_now", List.of("cuddle"), "next_time", List.of("bath_together")),
        last.of(robin.id()));
    assertEquals(Map.of(), last.of(alex.id()));
  }

  @Test
  void lastAftercare_ordersNeedsAsTheDeckDoes() {
    after("a1", MONDAY, Map.of(robin.id(), List.of("blanket", "water")));
    assertEquals(
        List.of("water", "blanket"),
        history.lastAftercare().orElseThrow().options(robin.id(), "needs_now"));
  }

  @Test
  void nights_newestFirst_withDecksPainPlacesToolsAndSignals() {
    before("b1", MONDAY, "mild", List.of("vibrator", "lube"), Outcome.COMPLETED);
    journal.signal("slower", MONDAY.plusSeconds(600));
    journal.signal("green", MONDAY.plusSeconds(900));
    after("a1", MONDAY.plusSeconds(3600), Map.of(robin.id(), List.of("water")));
    before("b2", MONDAY.plus(DAY), "none", List.of(), Outcome.COMPLETED);

    List<NightSummary> nights = history.nights();

    assertEquals(2, nights.size());
    NightSummary tuesday = nights.get(0);
    NightSummary monday = nights.get(1);
    assertEquals(MONDAY.plus(DAY), tuesday.startedAt());
    assertEquals(List.of("before"), tuesday.decks());
    assertEquals(Map.of(robin.id(), "none"), tuesday.pain());
    assertEquals(0, tuesday.signals());
    assertEquals(List.of("before", "after"), monday.decks());
    assertEquals(Map.of(robin.id(), "mild"), monday.pain());
    assertEquals(List.of("inside", "lower_left"), monday.regions());
    assertEquals(List.of("lube", "vibrator"), monday.tools());
    assertEquals(2, monday.signals());
  }

  @Test
  void painSeries_oldestFirst_bandFromTheDeck_withThatNightsTools() {
    before("b1", MONDAY, "strong", List.of("lube"), Outcome.COMPLETED);
    before("b2", MONDAY.plus(DAY), "none", List.of(), Outcome.LEFT);
    journal.begin("b3", "before", List.of(robin), MONDAY.plus(DAY.multipliedBy(2)));
    journal.answer(
        "b3", robin.id(), "pain_level", List.of("skip"), MONDAY.plus(DAY.multipliedBy(2)));

    List<PainPoint> pain = history.painSeries();

    assertEquals(2, pain.size(), "a skipped pain question gives no point");
    assertEquals("strong", pain.get(0).levelId());
    assertEquals(3, pain.get(0).band());
    assertEquals(List.of("lube"), pain.get(0).tools());
    assertEquals(robin.id(), pain.get(0).personId());
    assertEquals(0, pain.get(1).band());
    assertEquals(List.of(), pain.get(1).tools());
  }

  @Test
  void painSeries_aSecondBeforeTheSameNight_winsForPain_andAddsItsTools() {
    before("b1", MONDAY, "strong", List.of("lube"), Outcome.COMPLETED);
    before("b2", MONDAY.plusSeconds(3600), "mild", List.of("pillows", "lube"), Outcome.COMPLETED);

    List<PainPoint> pain = history.painSeries();

    assertEquals(1, pain.size(), "one point a person a night: " + pain);
    assertEquals("mild", pain.get(0).levelId(), "the later check-in of the night wins");
    assertEquals(
        List.of("lube", "pillows"), pain.get(0).tools(), "the whole night's tools, in deck order");
  }

  @Test
  void aftercareNeeds_mostChosenFirst_perPersonAndOverall() {
    after(
        "a1", MONDAY, Map.of(robin.id(), List.of("water", "blanket"), alex.id(), List.of("water")));
    after(
        "a2", MONDAY.plus(DAY), Map.of(robin.id(), List.of("blanket"), alex.id(), List.of("skip")));
    after("a3", MONDAY.plus(DAY.multipliedBy(2)), Map.of(robin.id(), List.of("blanket")));

    assertEquals(
        List.of(
            new OptionCount(robin.id(), "blanket", 3),
            new OptionCount(robin.id(), "water", 1),
            new OptionCount(alex.id(), "water", 1)),
        history.aftercareNeedsByPerson());
    assertEquals(
        List.of(
            new OptionCount(OptionCount.EVERYONE, "blanket", 3),
            new OptionCount(OptionCount.EVERYONE, "water", 2)),
        history.aftercareNeeds());
  }

  @Test
  void everyAnswer_oldestFirst_neverAPrivateOne() {
    before("b1", MONDAY, "mild", List.of("lube"), Outcome.COMPLETED);
    List<AnswerRow> rows = new ArrayList<>();
    history.forEachAnswer(rows::add);

    assertEquals(
        List.of(
            "pain_level=mild",
            "pain_where=inside",
            "pain_where=lower_left",
            "tools=lube",
            "partner_worries=skip",
            "stop_word=traffic_lights"),
        rows.stream().map(r -> r.promptId() + "=" + r.optionId()).toList());
    assertTrue(
        rows.stream().allMatch(r -> r.deckId().equals("before") && r.checkInId().equals("b1")));
    assertEquals(MONDAY.plusSeconds(10), rows.get(0).answeredAt());
  }
}
