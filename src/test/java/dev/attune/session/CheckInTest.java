package dev.attune.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.attune.deck.Deck;
import dev.attune.deck.DeckException;
import dev.attune.deck.DeckLoader;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class CheckInTest {
  static final String DECK =
      """
      id: test
      title: Test
      closing: Thank you.
      prompts:
        - id: pain
          for: pain
          text: How is your pain today?
          summary: "{Whose} pain is {choices} today."
          options:
            - {id: none, label: No pain, phrase: gone}
            - {id: mild, label: Mild, phrase: mild}
            - {id: strong, label: Strong, phrase: strong}
        - id: where
          for: pain
          multi: true
          when: {prompt: pain, not: [none]}
          text: Where is it?
          summary: "It is {choices}."
          options:
            - {id: vulva, label: Vulva, phrase: at the vulva}
            - {id: belly, label: Lower belly, phrase: in the lower belly}
            - {id: back, label: Lower back, phrase: in the lower back}
            - {id: nowhere, label: Hard to say, phrase: "", exclusive: true}
        - id: worry
          for: partner
          text: Any worries?
          summary: "{Who} would like to go gently."
          options:
            - {id: hurting, label: Causing pain, phrase: gently}
        - id: kissing
          private: true
          text: Slow kissing?
          phrase: slow kissing
        - id: shower
          private: true
          text: A shower together?
          phrase: a shower together
        - id: toys
          private: true
          text: Toys?
          phrase: toys
        - id: stop_word
          for: together
          text: Which stop word?
          summary: "If anything hurts, say {choices} and we stop and regroup."
          options:
            - {id: red, label: Red, phrase: red}
      """;

  static final Person SAM = new Person(1, "Sam", true);
  static final Person ALEX = new Person(2, "Alex", false);
  static final Person YOU = new Person(1, "", true);

  final RecordingJournal journal = new RecordingJournal();
  final Clock clock = Clock.fixed(Instant.parse("2026-11-25T21:00:00Z"), ZoneOffset.UTC);

  static Deck deck() {
    try {
      return new DeckLoader().parse(DECK, "test.yaml");
    } catch (DeckException e) {
      throw new AssertionError(e.getMessage(), e);
    }
  }

  /** The test deck with "worry" (the last of the partner's turn) a choice of several. */
  static Deck multiWorryDeck() {
    String yaml =
        DECK.replace(
                "    for: partner\n    text: Any worries?\n",
                "    for: partner\n    multi: true\n    text: Any worries?\n")
            .replace(
                "      - {id: hurting, label: Causing pain, phrase: gently}\n",
                "      - {id: hurting, label: Causing pain, phrase: gently}\n"
                    + "      - {id: rushing, label: Rushing, phrase: slowly}\n");
    try {
      Deck deck = new DeckLoader().parse(yaml, "test.yaml");
      if (!deck.prompt("worry").orElseThrow().multi()) {
        throw new AssertionError("the deck was not changed");
      }
      return deck;
    } catch (DeckException e) {
      throw new AssertionError(e.getMessage(), e);
    }
  }

  CheckIn checkIn(Person... people) {
    return new CheckIn("c1", deck(), List.of(people), journal, clock);
  }

  static Step.Ask ask(Step step) {
    return assertInstanceOf(Step.Ask.class, step);
  }

  static int indexOf(Step step, String id) {
    List<Choice> choices = step.choices();
    for (int i = 0; i < choices.size(); i++) {
      if (choices.get(i).id().equals(id)) {
        return i;
      }
    }
    throw new AssertionError("no choice " + id + " in " + choices);
  }

  static Step pick(CheckIn c, String id) {
    return c.choose(indexOf(c.current(), id));
  }

  @Nested
  class OnePerson {
    @Test
    void answer_isJournaledBeforeTheNextPromptIsReturned() {
      CheckIn c = checkIn(YOU);
      assertEquals("pain", ask(c.start()).prompt().id());
      Step next = pick(c, "mild");
      assertEquals(List.of("begin test", "answer 1 pain [mild]"), journal.calls);
      assertEquals("where", ask(next).prompt().id());
    }

    @Test
    void everyPrompt_offersSkipAndNotTodayLast() {
      CheckIn c = checkIn(YOU);
      List<Choice> choices = c.start().choices();
      assertEquals("Skip", choices.get(choices.size() - 2).label());
      assertEquals("Not today", choices.get(choices.size() - 1).label());
    }

    @Test
    void noPain_skipsWhereItHurts() {
      CheckIn c = checkIn(YOU);
      c.start();
      assertEquals("kissing", ask(pick(c, "none")).prompt().id());
    }

    @Test
    void skippedPain_stillAsksWhere() {
      CheckIn c = checkIn(YOU);
      c.start();
      assertEquals("where", ask(pick(c, "skip")).prompt().id());
      assertEquals(List.of("skip"), journal.answers.get("1:pain"));
    }

    @Test
    void partnerPrompts_areNotAskedOfThePersonWithPain() {
      CheckIn c = checkIn(YOU);
      c.start();
      pick(c, "none");
      Step step = c.current();
      assertFalse(ask(step).prompt().id().equals("worry"));
    }

    @Test
    void notToday_endsKindlyAndKeepsWhatWasSaid() {
      CheckIn c = checkIn(YOU);
      c.start();
      pick(c, "mild");
      Step end = pick(c, "not_today");
      Step.Finished finished = assertInstanceOf(Step.Finished.class, end);
      assertEquals(Outcome.NOT_TODAY, finished.outcome());
      assertEquals(Outcome.NOT_TODAY, journal.outcome);
      assertEquals(List.of("mild"), journal.answers.get("1:pain"));
      assertTrue(finished.summary().text().startsWith("Not today, and that is completely okay."));
      assertTrue(finished.summary().text().contains("Your pain is mild today."));
    }
  }

  @Nested
  class MultiSelect {
    @Test
    void optionsToggle_andEachToggleIsSaved() {
      CheckIn c = checkIn(YOU);
      c.start();
      pick(c, "mild");
      pick(c, "vulva");
      Step step = pick(c, "belly");
      assertEquals(Set.of("vulva", "belly"), ask(step).selected());
      assertEquals(List.of("vulva", "belly"), journal.answers.get("1:where"));
      step = pick(c, "vulva");
      assertEquals(Set.of("belly"), ask(step).selected());
      assertEquals(List.of("belly"), journal.answers.get("1:where"));
      assertEquals("kissing", ask(pick(c, "done")).prompt().id());
    }

    @Test
    void exclusiveOption_clearsTheOthers_andTheOthersClearIt() {
      CheckIn c = checkIn(YOU);
      c.start();
      pick(c, "mild");
      pick(c, "vulva");
      assertEquals(Set.of("nowhere"), ask(pick(c, "nowhere")).selected());
      assertEquals(Set.of("back"), ask(pick(c, "back")).selected());
    }

    @Test
    void doneWithNothingChosen_countsAsSkip() {
      CheckIn c = checkIn(YOU);
      c.start();
      pick(c, "mild");
      pick(c, "done");
      assertEquals(List.of("skip"), journal.answers.get("1:where"));
    }
  }

  @Nested
  class Back {
    @Test
    void back_returnsToThePreviousPromptAndUndoesIt() {
      CheckIn c = checkIn(YOU);
      c.start();
      pick(c, "mild");
      Step back = c.back().orElseThrow();
      assertEquals("pain", ask(back).prompt().id());
      assertFalse(journal.answers.containsKey("1:pain"));
      assertEquals("withdraw 1 pain", journal.calls.get(journal.calls.size() - 1));
    }

    @Test
    void back_skipsPromptsThatWereNotAsked() {
      CheckIn c = checkIn(YOU);
      c.start();
      pick(c, "none");
      assertEquals("pain", ask(c.back().orElseThrow()).prompt().id());
    }

    @Test
    void backAtTheFirstPrompt_staysPut() {
      CheckIn c = checkIn(YOU);
      c.start();
      assertTrue(c.back().isEmpty());
      assertEquals("pain", ask(c.current()).prompt().id());
    }

    @Test
    void back_neverCrossesAHandoff() {
      CheckIn c = checkIn(SAM, ALEX);
      assertInstanceOf(Step.Handoff.class, c.start());
      c.choose(0);
      pick(c, "none");
      assertInstanceOf(Step.Handoff.class, c.current());
      c.choose(0);
      assertEquals("worry", ask(c.current()).prompt().id());
      assertTrue(c.back().isEmpty(), "Alex cannot go back into Sam's answers");
    }
  }

  @Nested
  class TwoPeople {
    @Test
    void eachAnswersInTurn_withHandoffs_privateRoundAlone_thenTogether() {
      CheckIn c = checkIn(SAM, ALEX);
      Step.Handoff first = assertInstanceOf(Step.Handoff.class, c.start());
      assertEquals("Sam", first.toName());
      c.choose(0);
      assertEquals(SAM, ask(c.current()).who());
      pick(c, "none");
      Step.Handoff toAlex = assertInstanceOf(Step.Handoff.class, c.current());
      assertEquals(ALEX, toAlex.to());
      assertFalse(toAlex.privateRound());
      c.choose(0);
      pick(c, "hurting");
      Step.Handoff privateSam = assertInstanceOf(Step.Handoff.class, c.current());
      assertTrue(privateSam.privateRound());
      assertEquals(SAM, privateSam.to());
      c.choose(0);
      assertEquals("kissing", ask(c.current()).prompt().id());
      assertEquals(
          List.of("Yes", "Maybe", "No", "Skip", "Not today"),
          c.current().choices().stream().map(Choice::label).toList());
    }

    @Test
    void summary_coversBoth_tellsOnlyMutualYes_andNeverANo() {
      CheckIn c = checkIn(SAM, ALEX);
      c.start();
      c.choose(0);
      pick(c, "mild");
      pick(c, "vulva");
      pick(c, "belly");
      pick(c, "done");
      c.choose(0);
      pick(c, "hurting");
      c.choose(0);
      pick(c, "yes"); // Sam: kissing
      pick(c, "maybe"); // Sam: shower
      pick(c, "no"); // Sam: toys
      c.choose(0);
      pick(c, "yes"); // Alex: kissing
      pick(c, "maybe"); // Alex: shower
      pick(c, "yes"); // Alex: toys
      c.choose(0);
      Step end = pick(c, "red");
      Step.Finished finished = assertInstanceOf(Step.Finished.class, end);
      assertEquals(
          "Sam's pain is mild today. It is at the vulva and in the lower belly."
              + " Alex would like to go gently. You both said yes to slow kissing."
              + " Something to talk about: a shower together."
              + " If anything hurts, say red and we stop and regroup. Thank you.",
          finished.summary().text());
      assertFalse(finished.summary().text().contains("toys"), "a no is never told");
      assertEquals(Outcome.COMPLETED, journal.outcome);
    }

    /** A couple's check-in, its personal turns answered, at the first of Sam's private prompts. */
    CheckIn atSamsPrivateTurn() {
      CheckIn c = checkIn(SAM, ALEX);
      c.start();
      c.choose(0);
      pick(c, "none");
      c.choose(0);
      pick(c, "hurting");
      c.choose(0);
      assertEquals("kissing", ask(c.current()).prompt().id());
      return c;
    }

    @Test
    void privateAnswers_neverReachTheJournal_onlyWhatTheRoundCameTo() {
      CheckIn c = atSamsPrivateTurn();
      pick(c, "yes"); // Sam: kissing
      pick(c, "maybe"); // Sam: shower
      pick(c, "no"); // Sam: toys
      assertEquals(
          List.of(),
          journal.calls.stream().filter(call -> call.matches(".*(kissing|shower|toys).*")).toList(),
          "nothing of Sam's private turn is written while Alex has still to answer");
      c.choose(0);
      pick(c, "yes"); // Alex: kissing
      assertEquals(
          "kissing", ask(c.back().orElseThrow()).prompt().id(), "back works inside a private turn");
      pick(c, "yes"); // Alex: kissing again
      pick(c, "maybe"); // Alex: shower
      pick(c, "yes"); // Alex: toys
      assertEquals(
          List.of(
              "answer 0 kissing [both_yes]", "answer 0 shower [talk]", "answer 0 toys [no_match]"),
          journal.calls.stream().filter(call -> call.matches(".*(kissing|shower|toys).*")).toList(),
          "only the outcomes, saved as the couple's, once the round ends");
      assertEquals("stop_word", ask(c.choose(0)).prompt().id());
      assertEquals(
          Optional.empty(), c.back(), "back never reaches into a private round that has ended");
    }

    @Test
    void leavingDuringTheRound_keepsOnlyWhatTheAnsweredPromptsCameTo() {
      CheckIn c = atSamsPrivateTurn();
      pick(c, "yes"); // Sam: kissing
      Step.Finished end = c.leave();
      assertEquals(
          List.of("answer 0 kissing [no_match]"),
          journal.calls.stream()
              .filter(call -> call.matches(".*(kissing|shower|toys).*"))
              .toList());
      assertFalse(end.summary().text().contains("kissing"), end.summary().text());
    }

    @Test
    void unnamedPeople_areCalledPartnerOneAndTwo() {
      CheckIn c = checkIn(new Person(1, "", true), new Person(2, " ", false));
      Step.Handoff first = assertInstanceOf(Step.Handoff.class, c.start());
      assertEquals("partner one", first.toName());
    }
  }

  @Nested
  class SameAsLastTime {
    LastAnswers last(Map<Long, Map<String, List<String>>> answers) {
      return new LastAnswers("c0", "test", Instant.parse("2026-11-24T21:00:00Z"), answers);
    }

    @Test
    void whenEverythingTogetherIsKept_theLastHandoffBringsBothBackForTheSummary() {
      CheckIn c = checkIn(SAM, ALEX);
      Step first =
          c.startKeeping(
              last(
                  Map.of(
                      1L,
                      Map.of("pain", List.of("mild"), "where", List.of("vulva")),
                      2L,
                      Map.of("worry", List.of("hurting")),
                      Journal.TOGETHER,
                      Map.of("stop_word", List.of("red")))));
      // Both own turns were kept whole: nobody is handed the device for nothing.
      Step.Handoff privateSam = assertInstanceOf(Step.Handoff.class, first);
      assertTrue(privateSam.privateRound());
      assertEquals(SAM, privateSam.to());
      c.choose(0);
      pick(c, "yes");
      pick(c, "yes");
      pick(c, "no");
      c.choose(0); // to Alex, alone
      pick(c, "yes");
      pick(c, "no");
      pick(c, "no");
      Step.Handoff together = assertInstanceOf(Step.Handoff.class, c.current());
      assertEquals(null, together.to(), "both together, for the summary");
      Step.Finished end = assertInstanceOf(Step.Finished.class, c.choose(0));
      assertTrue(end.summary().text().contains("You both said yes to slow kissing."));
      assertTrue(end.summary().text().contains("say red"), "the kept stop word is told");
      assertEquals(Outcome.COMPLETED, journal.outcome);
    }

    @Test
    void aTurnWhoseQuestionsAreAllSkippedByConditions_hasNoHandoff() {
      CheckIn c = checkIn(SAM, ALEX);
      c.start();
      c.choose(0);
      pick(c, "none"); // "where" does not apply now
      Step.Handoff next = assertInstanceOf(Step.Handoff.class, c.current());
      assertEquals(ALEX, next.to());
    }
  }

  @Nested
  class Resume {
    @Test
    void landsOnTheFirstPromptWithoutAnAnswer_andWritesNothingAgain() {
      CheckIn c = new CheckIn("c1", deck(), List.of(YOU), journal, clock);
      Step step =
          c.resume(
              List.of(
                  new Unfinished.Answer(1, "pain", List.of("mild")),
                  new Unfinished.Answer(1, "where", List.of("vulva")),
                  new Unfinished.Answer(1, "kissing", List.of("yes"))));
      assertEquals("shower", ask(step).prompt().id());
      assertEquals(List.of(), journal.calls, "resuming writes nothing");
      assertEquals("kissing", ask(c.back().orElseThrow()).prompt().id(), "back still works");
    }

    @Test
    void aChoiceOfSeveralThatWasLastSaid_isCarriedOnWithItsSelection() {
      CheckIn c = new CheckIn("c1", deck(), List.of(YOU), journal, clock);
      Step step =
          c.resume(
              List.of(
                  new Unfinished.Answer(1, "pain", List.of("mild")),
                  new Unfinished.Answer(1, "where", List.of("vulva", "belly"))));
      assertEquals("where", ask(step).prompt().id());
      assertEquals(Set.of("vulva", "belly"), ask(step).selected());
    }

    @Test
    void aChoiceOfSeveralThatWasSkipped_isFinished_andTheNextPromptIsAsked() {
      CheckIn c = new CheckIn("c1", deck(), List.of(YOU), journal, clock);
      Step step =
          c.resume(
              List.of(
                  new Unfinished.Answer(1, "pain", List.of("mild")),
                  new Unfinished.Answer(1, "where", List.of("skip"))));
      assertEquals("kissing", ask(step).prompt().id());
    }

    @Test
    void aChoiceOfSeveralThatClosedATurn_isCarriedOnAfterItsHandoff() {
      // Alex's only prompt is "worry", and it closes Alex's turn; make it a choice of several.
      CheckIn c = new CheckIn("c1", multiWorryDeck(), List.of(SAM, ALEX), journal, clock);
      Step step =
          c.resume(
              List.of(
                  new Unfinished.Answer(1, "pain", List.of("none")),
                  new Unfinished.Answer(2, "worry", List.of("hurting"))));
      Step.Handoff handoff = assertInstanceOf(Step.Handoff.class, step);
      assertEquals(ALEX, handoff.to(), "the device goes back to Alex before Alex's choices show");
      Step.Ask again = ask(c.choose(0));
      assertEquals("worry", again.prompt().id());
      assertEquals(Set.of("hurting"), again.selected());
    }

    @Test
    void aSettledPrivateRound_isNotAskedAgain_andIsToldInTheSummary() {
      CheckIn c = new CheckIn("c1", deck(), List.of(SAM, ALEX), journal, clock);
      Step step =
          c.resume(
              List.of(
                  new Unfinished.Answer(1, "pain", List.of("none")),
                  new Unfinished.Answer(2, "worry", List.of("hurting")),
                  new Unfinished.Answer(Journal.TOGETHER, "kissing", List.of("both_yes")),
                  new Unfinished.Answer(Journal.TOGETHER, "shower", List.of("no_match")),
                  new Unfinished.Answer(Journal.TOGETHER, "toys", List.of("talk"))));
      Step.Handoff together = assertInstanceOf(Step.Handoff.class, step);
      assertEquals(null, together.to());
      assertEquals("stop_word", ask(c.choose(0)).prompt().id());
      Step.Finished end = assertInstanceOf(Step.Finished.class, pick(c, "red"));
      assertTrue(end.summary().text().contains("You both said yes to slow kissing."));
      assertTrue(end.summary().text().contains("Something to talk about: toys."));
    }

    @Test
    void aRoundCutOffByACrash_isAskedAgainFromItsStart() {
      CheckIn c = new CheckIn("c1", deck(), List.of(SAM, ALEX), journal, clock);
      Step step =
          c.resume(
              List.of(
                  new Unfinished.Answer(1, "pain", List.of("none")),
                  new Unfinished.Answer(2, "worry", List.of("hurting"))));
      Step.Handoff handoff = assertInstanceOf(Step.Handoff.class, step);
      assertEquals(SAM, handoff.to());
      assertTrue(handoff.privateRound());
    }

    @Test
    void aNewTurnStartsWithItsHandoff_soTheDeviceGoesToTheRightPerson() {
      CheckIn c = new CheckIn("c1", deck(), List.of(SAM, ALEX), journal, clock);
      Step step = c.resume(List.of(new Unfinished.Answer(1, "pain", List.of("none"))));
      Step.Handoff handoff = assertInstanceOf(Step.Handoff.class, step);
      assertEquals(ALEX, handoff.to());
    }
  }

  @Test
  void summaryWithNothingSaid_isStillKind() {
    CheckIn c = checkIn(YOU);
    c.start();
    Step end = null;
    while (!c.isFinished()) {
      end = pick(c, "skip");
    }
    assertEquals(
        "Nothing to sum up this time, and that is fine. Thank you.",
        assertInstanceOf(Step.Finished.class, end).summary().text());
  }
}
