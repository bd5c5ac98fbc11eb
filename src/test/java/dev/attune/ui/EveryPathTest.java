package dev.attune.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.attune.deck.Deck;
import dev.attune.deck.Prompt;
import dev.attune.session.Journal;
import dev.attune.session.LastAfter;
import dev.attune.session.LastAnswers;
import dev.attune.session.Person;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every path through the check-ins, walked by the presenters from Home to the summary and back
 * Home: for each check-in, each set of people (one or two, with or without pain) and each start (a
 * first night, and "same as last time" after one), the paths are generated, not listed by hand.
 *
 * <p>Paths: a plain walk that picks each screen's answer the same way (the first, the second, the
 * last, or Skip), and from every screen of it, one path per button on that screen (every answer,
 * More, Done, Skip, Not today) and one for Backspace, each then carried on plainly to the end. So
 * every button of every screen a check-in can reach is pressed, at every position it is reached.
 * Each path must end at the summary, never at a failure, and every question must offer Not today
 * and Skip (or Done).
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
    // Where a plain walk goes the way an earlier one went, its branches are walked already.
    java.util.Set<List<String>> branched = new java.util.HashSet<>();
    List<Runnable> walks = new ArrayList<>();
    for (Plain plain : Plain.values()) {
      Walk plainWalk = walk(deck, people.people(), last, plain, List.of());
      for (int step = 0; step < plainWalk.buttons().size(); step++) {
        if (!branched.add(plainWalk.screens().subList(0, step + 1))) {
          continue;
        }
        List<Integer> moves = new ArrayList<>(plainWalk.moves().subList(0, step));
        for (int button = BACK; button < plainWalk.buttons().get(step); button++) {
          List<Integer> deviation = new ArrayList<>(moves);
          deviation.add(button);
          walks.add(() -> walk(deck, people.people(), last, plain, deviation));
        }
      }
    }
    // Each walk has its own world, so they can share the cores; any failure fails the test.
    walks.parallelStream().forEach(Runnable::run);
    int paths = Plain.values().length + walks.size();
    assertTrue(paths > 10, paths + " paths");
  }

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
      ScreenModel screen = w.controller.model();
      seen.add(screen.name() + selected(screen));
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

  /** The screens passed (name, and what is selected), with each one's move and button count. */
  record Walk(List<String> screens, List<Integer> moves, List<Integer> buttons) {}

  private static String selected(ScreenModel screen) {
    StringBuilder b = new StringBuilder();
    for (ScreenModel.Button button : screen.buttons()) {
      b.append(button.selected() ? '+' : '-');
    }
    return b.toString();
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
