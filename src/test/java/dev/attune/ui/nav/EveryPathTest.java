package dev.attune.ui.nav;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.attune.deck.Deck;
import dev.attune.deck.Prompt;
import dev.attune.session.Journal;
import dev.attune.session.LastAfter;
import dev.attune.session.LastAnswers;
import dev.attune.session.Person;
import dev.attune.ui.kit.Command;
import dev.attune.ui.kit.ScreenModel;
import dev.attune.ui.settings.Preferences;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every path through the check-ins, walked by the presenters from Home to the summary and back
 * Home: for each check-in, each set of people (one or two, with or without pain) and each start (a
 * first night, and "same as last time" after one), the paths are generated, not listed by hand.
 *
 * <p>Paths: four plain walks, each answering every screen the same way (the first answer, the
 * second, the last, or Skip). Then a worklist: every screen that any walk reaches for the first
 * time (a question for someone at its place and page, with Skip or Done) is branched once per
 * button (every answer, More, Done, Skip, Not today) and once for Backspace, and each branch is
 * carried on plainly to the end, where it may reach screens of its own. So every button of every
 * reachable screen is pressed. Each path must end at the summary (or, for Backspace before the
 * first question, at Home), never at a failure, and every question must offer Not today and Skip
 * (or Done).
 */
class EveryPathTest {
  /** A walk that long is a loop: no check-in has that many screens. */
  private static final int MAX_STEPS = 400;

  /** Backspace, as a move. */
  private static final int BACK = -1;

  enum Plain {
    FIRST,
    SECOND,
    LAST,
    SKIP
  }

  record People(String name, List<Person> people) {
    @Override
    public String toString() {
      return name;
    }
  }

  static final List<People> PEOPLE =
      List.of(
          new People("one with pain", List.of(new Person(1, "", true))),
          new People("one without pain", List.of(new Person(1, "", false))),
          new People(
              "a couple, one with pain",
              List.of(new Person(1, "", true), new Person(2, "", false))),
          new People(
              "a couple, both with pain",
              List.of(new Person(1, "Sam", true), new Person(2, "Alex", true))),
          new People(
              "a couple, neither with pain",
              List.of(new Person(1, "", false), new Person(2, "", false))));

  static Stream<Arguments> walks() {
    List<Arguments> walks = new ArrayList<>();
    for (String deck : List.of("before", "after", "followup")) {
      for (People people : PEOPLE) {
        walks.add(Arguments.of(deck, people, false));
        if (deck.equals("before")) {
          walks.add(Arguments.of(deck, people, true));
        }
      }
    }
    return walks.stream();
  }

  @ParameterizedTest(name = "{0}, {1}, same as last time: {2}")
  @MethodSource("walks")
  void everyPath_reachesTheSummary_andHome(String deck, People people, boolean sameAsLastTime) {
    Optional<LastAnswers> last =
        sameAsLastTime ? Optional.of(lastTime(people.people())) : Optional.empty();
    // A worklist: every screen any walk reaches for the first time is branched, once per button
    // and once for Backspace, each branch carried on plainly to the end. So every button of every
    // reachable screen is pressed, however deep the screen lies.
    Set<String> branched = new HashSet<>();
    List<Route> queue = new ArrayList<>();
    for (Plain plain : Plain.values()) {
      queue.add(new Route(plain, List.of()));
    }
    int walked = 0;
    while (!queue.isEmpty()) {
      // Each walk has its own world, so they share the cores; any failure fails the test.
      List<Route> routes = queue;
      List<Walk> walks =
          routes.parallelStream()
              .map(r -> walk(deck, people.people(), last, r.plain(), r.moves()))
              .toList();
      walked += walks.size();
      queue = new ArrayList<>();
      for (int w = 0; w < walks.size(); w++) {
        Walk walk = walks.get(w);
        for (int step = 0; step < walk.screens().size(); step++) {
          if (!branched.add(walk.screens().get(step))) {
            continue;
          }
          for (int button = BACK; button < walk.buttons().get(step); button++) {
            List<Integer> moves = new ArrayList<>(walk.moves().subList(0, step));
            moves.add(button);
            queue.add(new Route(routes.get(w).plain(), moves));
          }
        }
      }
    }
    assertTrue(walked > branched.size(), walked + " walks over " + branched.size() + " screens");
  }

  /** Where a walk goes: the first moves, then plain answers. */
  record Route(Plain plain, List<Integer> moves) {}

  /**
   * @param moves the first moves (a button index, or {@link #BACK}); after them, {@code plain}
   * @return the screens on the way, the moves made and how many buttons each screen had
   */
  private Walk walk(
      String deckId,
      List<Person> people,
      Optional<LastAnswers> last,
      Plain plain,
      List<Integer> moves) {
    Fakes.World w = world(deckId, people, last);
    Deck deck = Fakes.decks().get(deckId);
    List<Integer> made = new ArrayList<>();
    List<Integer> buttons = new ArrayList<>();
    List<String> seen = new ArrayList<>();
    while (!w.screen().equals("summary")) {
      if (w.screen().equals("home") && !made.isEmpty()) {
        // Backspace before the first question ("same as last time?", the follow-up offer) goes
        // Home: nothing was begun, and that path ends there.
        return new Walk(seen, made, buttons);
      }
      ScreenModel screen = w.controller.model();
      seen.add(key(screen));
      if (seen.size() > MAX_STEPS || screen.name().equals("failed")) {
        fail(deckId + " " + people + " " + plain + " " + moves + " went " + seen);
      }
      check(screen, deck);
      int move = made.size() < moves.size() ? moves.get(made.size()) : plainMove(screen, plain);
      made.add(move);
      buttons.add(screen.buttons().size());
      if (move == BACK) {
        w.key(Command.BACK);
      } else {
        w.digit(move + 1);
      }
    }
    assertEquals("Home", w.controller.model().buttons().get(1).label());
    w.digit(2);
    assertEquals("home", w.screen(), "the summary goes Home");
    return new Walk(seen, made, buttons);
  }

  /** The screens passed (as {@link #key}), with each one's move and button count. */
  record Walk(List<String> screens, List<Integer> moves, List<Integer> buttons) {}

  /**
   * A screen as a person meets it: which question, for whom, where in the check-in, and its buttons
   * (Skip turns into Done once something is chosen, More shows the next page).
   */
  private static String key(ScreenModel screen) {
    List<String> labels = screen.buttons().stream().map(ScreenModel.Button::label).toList();
    return screen.name() + "|" + screen.title() + "|" + screen.caption() + "|" + labels;
  }

  /** A screen that can be reached works: a question offers a way out and a way past. */
  private static void check(ScreenModel screen, Deck deck) {
    assertTrue(!screen.buttons().isEmpty(), screen.name() + " has nothing to press");
    if (screen.name().startsWith("prompt:")) {
      List<String> labels = screen.buttons().stream().map(ScreenModel.Button::label).toList();
      assertTrue(labels.contains("Not today"), screen.name() + ": " + labels);
      assertTrue(labels.contains("Skip") || labels.contains("Done"), screen.name() + ": " + labels);
      assertTrue(deck.prompt(screen.name().substring("prompt:".length())).isPresent());
    }
  }

  /** How the plain walk answers a screen. */
  private static int plainMove(ScreenModel screen, Plain plain) {
    List<String> labels = screen.buttons().stream().map(ScreenModel.Button::label).toList();
    if (!screen.name().startsWith("prompt:")) {
      return 0; // a handoff, "same as last time?" (keep), who is here (both), the follow-up offer
    }
    if (labels.contains("Done")) {
      return labels.indexOf("Done");
    }
    int answers = screen.buttons().size() - screen.controls();
    if (plain == Plain.SKIP || answers <= 0) {
      return labels.indexOf("Skip");
    }
    switch (plain) {
      case SECOND:
        return Math.min(1, answers - 1);
      case LAST:
        return answers - 1;
      default:
        return 0;
    }
  }

  /** A world at the start of {@code deckId}: Home, then the check-in's first screen. */
  private static Fakes.World world(String deckId, List<Person> people, Optional<LastAnswers> last) {
    Optional<LastAfter> followUp =
        deckId.equals("followup")
            ? Optional.of(new LastAfter("a1", 7, Instant.parse("2026-11-24T23:00:00Z"), false))
            : Optional.empty();
    Fakes.World w = new Fakes.World(Preferences.DEFAULTS, people, Optional.empty(), followUp);
    if (deckId.equals("followup")) {
      assertEquals("followup-offer", w.screen());
      w.digit(1);
      return w;
    }
    if (last.isPresent()) {
      w.records.lastBefore = last;
      w.controller.home(); // Home reads last time again
    }
    w.digit(deckId.equals("before") ? 1 : 3);
    if (people.size() > 1) {
      assertEquals("who", w.screen());
      w.digit(1); // both of us
    }
    if (last.isPresent()) {
      assertEquals("same", w.screen());
    }
    return w;
  }

  /** Last time's Before: the answers of a plain first night, private round left out. */
  private static LastAnswers lastTime(List<Person> people) {
    Fakes.World first = world("before", people, Optional.empty());
    Deck deck = Fakes.decks().get("before");
    while (!first.screen().equals("summary")) {
      first.digit(plainMove(first.controller.model(), Plain.FIRST) + 1);
    }
    Map<Long, Map<String, List<String>>> kept = new LinkedHashMap<>();
    first.log.answers.forEach(
        (person, byPrompt) -> {
          Map<String, List<String>> answers = new LinkedHashMap<>();
          byPrompt.forEach(
              (prompt, options) -> {
                if (deck.prompt(prompt).orElseThrow().kind() == Prompt.Kind.CHOICE) {
                  answers.put(prompt, options);
                }
              });
          kept.put(person, answers);
        });
    assertTrue(kept.containsKey(Journal.TOGETHER) || people.size() == 1, kept::toString);
    return new LastAnswers("last", "before", Instant.parse("2026-11-24T21:00:00Z"), kept);
  }
}
