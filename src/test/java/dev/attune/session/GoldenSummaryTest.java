package dev.attune.session;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.attune.deck.Deck;
import dev.attune.deck.DeckLoader;
import dev.attune.deck.Prompt;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The summaries people hear, for representative answers through the real decks. Each golden was
 * read aloud and reads naturally; a change to a deck's wording shows up here first.
 */
class GoldenSummaryTest {
  /**
   * Plays a scripted check-in: the second option of single choices, the first and third of
   * multi-selects, and in the private round yes from partner one and yes to kissing only from
   * partner two (everything else maybe).
   */
  static List<String> play(String deckName, List<Person> people) throws Exception {
    Deck deck = new DeckLoader().bundled(deckName);
    CheckIn c = new CheckIn("golden", deck, people, new Journal.Null(), Clock.systemUTC());
    Step step = c.start();
    while (!(step instanceof Step.Finished)) {
      if (step instanceof Step.Handoff) {
        step = c.choose(0);
        continue;
      }
      Step.Ask ask = (Step.Ask) step;
      Prompt prompt = ask.prompt();
      if (prompt.kind() == Prompt.Kind.PRIVATE) {
        boolean yes = ask.who().id() == 1 || prompt.id().equals("want_slow_kissing");
        step = c.choose(yes ? 0 : 1);
      } else if (prompt.kind() == Prompt.Kind.EXERCISE) {
        step = c.choose(0);
      } else if (prompt.multi()) {
        c.choose(0);
        c.choose(Math.min(2, prompt.options().size() - 1));
        step = c.choose(prompt.options().size()); // Done
      } else {
        step = c.choose(Math.min(1, prompt.options().size() - 1));
      }
    }
    return ((Step.Finished) step).summary().sentences();
  }

  @Test
  void before_onePersonWithPain() throws Exception {
    assertEquals(
        List.of(
            "Your pain is mild today.",
            "For you, it hurts at the vulva or opening and in the penis or testicles.",
            "Your pain feels burning and sharp.",
            "Your feelings about tonight include excitement and calm.",
            "Places to leave alone for you this time: the vulva and the penis or testicles.",
            "Off the table for you this time: penetration and touch without gloves.",
            "You would like lube and a vibrator within reach.",
            "You would love gentle touch and a slow pace.",
            "You would enjoy toys over underwear and mutual masturbation.",
            "You would be into a slow build and eye contact tonight.",
            "You would like to feel cherished and powerful.",
            "You said yes to slow kissing, a massage, toys over clothes, a shower together and"
                + " touching each other.",
            "If anything hurts, say stop and we stop and regroup.",
            "Without words, squeezing a hand twice means stop too, and we stop right away.",
            "Thank you for checking in. You can pause or stop at any moment, and that is always"
                + " okay."),
        play("before", List.of(new Person(1, "", true))));
  }

  @Test
  void before_aCouple_coversBoth_tellsOnlyMutualYes_andHasTheStopSignal() throws Exception {
    List<String> summary =
        play("before", List.of(new Person(1, "Sam", true), new Person(2, "Alex", false)));
    assertEquals("Sam's pain is mild today.", summary.get(0));
    assertEquals(
        List.of(
            "Alex's feelings about tonight include excitement and calm.",
            "Alex's worries tonight: causing pain and losing the mood.",
            "To feel safe, Alex would like an honest word if anything hurts and clear signals.",
            "Alex would love being close and being touched.",
            "Alex would be into a slow build and eye contact tonight.",
            "Alex would like to feel cherished and powerful.",
            "You both said yes to slow kissing.",
            "Something to talk about: a massage, toys over clothes, a shower together and"
                + " touching each other.",
            "If anything hurts, say stop and we stop and regroup.",
            "Without words, squeezing a hand twice means stop too, and we stop right away."),
        summary.subList(11, summary.size() - 1));
  }

  @Test
  void after_andFollowUp() throws Exception {
    assertEquals(
        List.of(
            "Right now, Sam's body is calm and tender.",
            "Sam's feelings right now include closeness and joy, and all of that is welcome.",
            "Sam would like some water and a blanket.",
            "Thank you for looking after each other. Rest well."),
        play("after", List.of(new Person(1, "Sam", true))));
    assertEquals(
        List.of(
            "Overall, your day is going well.",
            "Your body feels better than usual and a bit sore today.",
            "Your feelings about the time together include warmth and relief.",
            "You would like to say: thank you and let's do that again.",
            "Thank you. Be kind to yourself today."),
        play("followup", List.of(new Person(1, "", true))));
  }
}
