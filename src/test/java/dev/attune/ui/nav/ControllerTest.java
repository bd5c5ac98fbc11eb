package dev.attune.ui.nav;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.attune.session.Person;
import dev.attune.speech.Utterance;
import dev.attune.ui.kit.Command;
import dev.attune.ui.lock.Passphrases;
import dev.attune.ui.settings.Preferences;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ControllerTest {

  @Nested
  class Direct {
    @Test
    void digitsChoose_andTheChoiceIsEchoedWithAnEarconFirst() {
      Fakes.World w = new Fakes.World();
      w.digit(1); // Before
      assertEquals("prompt:pain_level", w.screen());
      w.digit(2); // Mild
      assertEquals("prompt:pain_where", w.screen());
      Utterance echo = w.voice.said.get(w.voice.said.size() - 1);
      assertEquals(new Utterance.Part.Tone(Utterance.Earcon.CHOSEN), echo.parts().get(0));
      assertTrue(Fakes.Voice.words(echo).startsWith("Mild."), Fakes.Voice.words(echo));
      assertTrue(w.log.calls.contains("answer pain_level [mild]"), w.log.calls::toString);
    }

    @Test
    void everyTap_opensWithAnEarcon_evenOnScreensWithoutAnEcho() {
      Fakes.World w = new Fakes.World();
      w.digit(5); // Settings
      assertEquals(
          new Utterance.Part.Tone(Utterance.Earcon.CHOSEN),
          w.voice.said.get(w.voice.said.size() - 1).parts().get(0));
    }

    @Test
    void whileAQuestionIsHeard_theEchoesAndTheNextQuestionAreSynthesisedAhead() {
      Fakes.World w = new Fakes.World();
      w.digit(1);
      w.digit(2); // mild: "where" is next
      String ahead = Fakes.Voice.words(w.voice.prepared.get(w.voice.prepared.size() - 1));
      assertTrue(ahead.contains("Vulva or opening."), ahead);
      assertTrue(ahead.contains("What does it feel like?"), "the next question: " + ahead);
    }

    @Test
    void theQuestionIsSpokenWithEveryNumberedOption() {
      Fakes.World w = new Fakes.World();
      w.digit(1);
      String spoken = w.voice.last();
      assertTrue(spoken.contains("How is your pain today?"), spoken);
      assertTrue(spoken.contains("1, No pain."), spoken);
      assertTrue(spoken.contains("Not today."), spoken);
    }

    @Test
    void movingFocus_speaksTheOptionInTheCueVoice() {
      Fakes.World w = new Fakes.World();
      w.key(Command.NEXT);
      Utterance cue = w.voice.said.get(w.voice.said.size() - 1);
      assertEquals(new Utterance.Part.Speech("During", Utterance.Style.CUE), cue.parts().get(0));
      assertEquals(1, w.view.focus);
    }

    @Test
    void repeat_saysTheQuestionAgain_andEscapeStopsSpeech() {
      Fakes.World w = new Fakes.World();
      w.digit(1);
      int before = w.voice.said.size();
      w.key(Command.REPEAT);
      assertEquals(before + 1, w.voice.said.size());
      assertTrue(w.voice.last().startsWith("How is your pain today?"));
      w.voice.hold = true;
      w.key(Command.REPEAT);
      w.key(Command.SILENCE);
      assertTrue(w.voice.pending.isEmpty(), "stop cut the speech off");
    }

    @Test
    void help_speaksEveryKey() {
      Fakes.World w = new Fakes.World();
      w.key(Command.HELP);
      String spoken = w.voice.last();
      for (String key : List.of("R repeats", "Backspace", "P opens the pause board", "F11")) {
        assertTrue(spoken.contains(key), key + " in " + spoken);
      }
    }

    @Test
    void f12_hidesAtOnce_blackAndSilent() {
      Fakes.World w = new Fakes.World();
      w.digit(1);
      w.voice.hold = true;
      w.key(Command.REPEAT);
      int said = w.voice.said.size();
      w.key(Command.HIDE);
      assertTrue(w.view.curtain);
      assertTrue(w.voice.pending.isEmpty(), "speech was cut off");
      assertEquals(said, w.voice.said.size(), "nothing new was said");
      w.key(Command.CURTAIN);
      assertFalse(w.view.curtain, "C brings the screen back");
    }

    @Test
    void f12_staysDarkAndSilent_whateverIsPressed_untilC() {
      Fakes.World w = new Fakes.World();
      w.digit(4); // History: its summary is spoken when shown, and again with R
      String screen = w.screen();
      w.key(Command.HIDE);
      int said = w.voice.said.size();
      for (Command c : Command.values()) {
        if (c != Command.CURTAIN) {
          w.controller.command(c, 1);
        }
      }
      w.controller.clicked(0);
      w.controller.tapped();
      w.controller.focusMoved(0);
      assertEquals(said, w.voice.said.size(), "not a word while hidden");
      assertEquals(screen, w.screen(), "no key did anything while hidden");
      assertTrue(w.view.curtain);
      w.key(Command.CURTAIN);
      assertFalse(w.view.curtain, "C brings Attune back");
      assertTrue(w.voice.said.size() > said, "and says where things stand");
    }

    @Test
    void curtain_blacksOutButKeysStillWork() {
      Fakes.World w = new Fakes.World();
      w.key(Command.CURTAIN);
      assertTrue(w.view.curtain);
      w.digit(1);
      assertEquals("prompt:pain_level", w.screen());
      assertTrue(w.view.curtain, "the curtain stays while the check-in goes on");
    }
  }

  @Nested
  class Faults {
    @Test
    void aFaultInAChoice_isToldAndOffersHome_neverADeadScreen() {
      Fakes.World w = new Fakes.World();
      w.digit(1);
      w.log.fault = new IllegalStateException("a bug, with Sam's answer in its message");
      w.digit(2);
      assertEquals("failed", w.screen());
      assertEquals("failed", w.view.shown.name(), "the window shows it too");
      assertTrue(w.voice.last().startsWith("Something went wrong inside Attune"), w.voice.last());
      assertTrue(w.voice.last().contains("1, Home."), w.voice.last());
      assertTrue(w.log.calls.contains("finish LEFT"), "the check-in is left, what was said kept");
      w.digit(1);
      assertEquals("home", w.screen());
      w.digit(1);
      w.digit(2);
      assertEquals("prompt:pain_where", w.screen(), "everything works again");
    }

    @Test
    void aFaultWhileTheFailureIsShown_isNotSaidAgainAndAgain_butAPressThatFailsIsHeard() {
      Fakes.World w = new Fakes.World();
      w.controller.failed(new IllegalStateException("a bug"));
      int said = w.voice.said.size();
      w.controller.failed(new IllegalStateException("a bug in painting the failure"));
      w.controller.failed(new IllegalStateException("and again"));
      assertEquals(said, w.voice.said.size(), "no press behind them: said once");
      assertEquals("failed", w.screen());
      w.key(Command.REPEAT);
      w.controller.failed(new IllegalStateException("a press that failed"));
      assertTrue(w.voice.last().startsWith("Something went wrong"), "heard again after a press");
      w.digit(1);
      assertEquals("home", w.screen(), "and Home is still one key away");
    }

    @Test
    void aReadThatFails_neverLeavesHistoryWaiting() {
      Fakes.World w = new Fakes.World();
      w.records.fault = new IllegalStateException("the database is gone");
      w.digit(4); // History
      assertEquals("failed", w.screen());
      w.digit(2); // Home, after Try again
      assertEquals("home", w.screen());
    }

    @Test
    void backspaceOnTheFailure_alsoGoesHome() {
      Fakes.World w = new Fakes.World();
      w.controller.failed(new IllegalStateException("a bug"));
      assertEquals("failed", w.screen());
      w.key(Command.BACK);
      assertEquals("home", w.screen());
    }

    @Test
    void aFaultInWorkThatEndsLater_isToldToo() {
      Fakes.World w = new Fakes.World();
      w.controller
          .guard(
              () -> {
                throw new IllegalStateException("a bug in a continuation");
              })
          .run();
      assertEquals("failed", w.screen());
    }

    @Test
    void theLog_saysWhere_neverTheMessage() {
      String where =
          Controller.where(new IllegalStateException("Sam's answer", new RuntimeException("x")));
      assertTrue(where.startsWith("java.lang.IllegalStateException at "), where);
      assertTrue(where.contains("caused by java.lang.RuntimeException"), where);
      assertFalse(where.contains("Sam"), where);
    }
  }

  @Nested
  class PauseBoard {
    @Test
    void pFromTheMiddleOfACheckIn_opensTheBoard_andBackspaceReturnsToTheSamePrompt() {
      Fakes.World w = new Fakes.World();
      w.digit(1);
      w.digit(2);
      assertEquals("prompt:pain_where", w.screen());
      w.key(Command.PAUSE_BOARD);
      assertEquals("board", w.screen());
      w.digit(9);
      assertTrue(w.log.calls.stream().anyMatch(c -> c.startsWith("signal red 2026-11-25T21:00")));
      Utterance said = w.voice.said.get(w.voice.said.size() - 1);
      assertTrue(
          said.parts()
              .contains(new Utterance.Part.Speech("Red. Stop now, please.", Utterance.Style.LOUD)),
          said::toString);
      assertTrue(w.controller.model().text().startsWith("Said: Red"));
      w.key(Command.BACK);
      assertEquals("prompt:pain_where", w.screen());
    }
  }

  @Nested
  class Scanning {
    final Fakes.World w =
        new Fakes.World(Preferences.DEFAULTS.withScanning(true), List.of(new Person(1, "", true)));

    @Test
    void afterTheWords_optionsAreHighlightedOneByOne() {
      assertEquals(0, w.controller.scanned());
      assertEquals(0, w.view.highlighted);
      assertEquals(-1, w.view.focus, "scanning leaves the keyboard focus alone");
      assertEquals(
          new Utterance.Part.Speech("Before", Utterance.Style.CUE),
          w.voice.said.get(w.voice.said.size() - 1).parts().get(0));
      w.steps.next();
      assertEquals(1, w.controller.scanned());
      assertEquals(1, w.view.highlighted);
    }

    @Test
    void spaceChoosesTheOptionSpokenLast() {
      w.steps.next();
      w.steps.next(); // After
      w.key(Command.ACTIVATE);
      assertTrue(w.screen().startsWith("prompt:body_now"), w.screen());
    }

    @Test
    void pressesWithin300msOfAChoice_areIgnored() {
      w.key(Command.ACTIVATE); // Before
      assertEquals("prompt:pain_level", w.screen());
      w.clock.advance(299);
      w.key(Command.ACTIVATE);
      assertEquals("prompt:pain_level", w.screen(), "too soon: ignored");
      w.clock.advance(1);
      w.steps.next(); // Mild
      w.key(Command.ACTIVATE);
      assertEquals("prompt:pain_where", w.screen());
    }

    @Test
    void afterTwoRounds_scanningStops_andAPressStartsItAgain() {
      int buttons = w.controller.model().buttons().size();
      for (int i = 0; i < 2 * buttons; i++) {
        w.steps.next();
      }
      assertEquals(-1, w.controller.scanned());
      assertTrue(w.voice.last().contains("hear them again"), w.voice.last());
      w.key(Command.ACTIVATE);
      assertEquals("home", w.screen(), "the press restarted scanning, it chose nothing");
      assertEquals(0, w.controller.scanned());
    }

    @Test
    void aTapAnywhere_isTheSwitch() {
      w.controller.tapped();
      assertEquals("prompt:pain_level", w.screen());
    }

    @Test
    void inAMultiSelect_afterAToggle_scanningGoesStraightToDone() {
      w.key(Command.ACTIVATE); // Before
      w.clock.advance(400);
      w.steps.next(); // Mild
      w.key(Command.ACTIVATE);
      assertEquals("prompt:pain_where", w.screen());
      w.clock.advance(400);
      w.key(Command.ACTIVATE); // first region
      assertTrue(w.controller.model().buttons().get(0).selected());
      assertEquals(
          "Done",
          w.controller.model().buttons().get(w.controller.scanned()).label(),
          "after a choice, Done is the next step");
    }
  }

  @Nested
  class PrivateRound {
    final List<Person> couple = List.of(new Person(1, "", true), new Person(2, "", false));

    /**
     * A couple's Before that stopped just before the private round, every earlier prompt skipped.
     */
    java.util.Optional<dev.attune.session.Unfinished> stoppedBeforeThePrivateRound() {
      Fakes.Log log = new Fakes.Log();
      dev.attune.session.CheckIn checkIn =
          new dev.attune.session.CheckIn(
              "c1", Fakes.decks().get("before"), couple, log, java.time.Clock.systemUTC());
      dev.attune.session.Step step = checkIn.start();
      while (!(step instanceof dev.attune.session.Step.Handoff
          && ((dev.attune.session.Step.Handoff) step).privateRound())) {
        int skip = step.choices().size() - 2; // Skip, then Not today, close every list
        step = checkIn.choose(step instanceof dev.attune.session.Step.Handoff ? 0 : skip);
      }
      List<dev.attune.session.Unfinished.Answer> saved = new java.util.ArrayList<>();
      log.answers.forEach(
          (person, prompts) ->
              prompts.forEach(
                  (prompt, options) ->
                      saved.add(
                          new dev.attune.session.Unfinished.Answer(person, prompt, options))));
      return java.util.Optional.of(
          new dev.attune.session.Unfinished(
              "c1", "before", java.time.Instant.now(), List.of(1L, 2L), saved));
    }

    Fakes.World atTheFirstPrivatePrompt(Preferences preferences) {
      Fakes.World w = new Fakes.World(preferences, couple, stoppedBeforeThePrivateRound());
      assertEquals("resume", w.screen());
      w.digit(1); // carry on
      assertEquals("handoff", w.screen());
      w.clock.advance(400);
      w.key(Command.ACTIVATE);
      assertEquals("prompt:want_slow_kissing", w.screen());
      w.clock.advance(400);
      return w;
    }

    @Test
    void everyChoiceIsConfirmedAlike_theWindowStaysDark_andNothingIsSaved() {
      List<String> heard = new java.util.ArrayList<>();
      for (int option = 1; option <= 4; option++) {
        Fakes.World w = atTheFirstPrivatePrompt(Preferences.DEFAULTS);
        assertTrue(w.view.curtained(), "dark while a private answer is given");
        w.digit(option);
        assertEquals("prompt:want_massage", w.screen());
        heard.add(w.voice.said.get(w.voice.said.size() - 1).toString());
        assertTrue(w.voice.last().startsWith("Got it."), w.voice.last());
        assertTrue(
            w.log.calls.stream().noneMatch(c -> c.contains("want_")),
            "nothing of a private turn is written: " + w.log.calls);
      }
      assertEquals(1, heard.stream().distinct().count(), heard::toString);
    }

    @Test
    void movingBetweenPrivateAnswers_saysNoLabel() {
      Fakes.World w = atTheFirstPrivatePrompt(Preferences.DEFAULTS);
      int before = w.voice.said.size();
      w.key(Command.NEXT);
      w.key(Command.NEXT);
      assertEquals(before, w.voice.said.size(), "the focus moved without a word");
    }

    @Test
    void aScanPressIsHeldUntilTheRoundIsRead_soItsTimingTellsNothing() {
      Fakes.World w = atTheFirstPrivatePrompt(Preferences.DEFAULTS.withScanning(true));
      w.steps.next(); // Maybe
      assertEquals(1, w.controller.scanned());
      int before = w.voice.said.size();
      w.key(Command.ACTIVATE);
      assertEquals("prompt:want_slow_kissing", w.screen(), "not chosen yet");
      assertEquals(before, w.voice.said.size(), "the press made no sound");
      int buttons = w.controller.model().buttons().size();
      for (int i = 2; i < buttons; i++) {
        w.steps.next();
        assertEquals(i, w.controller.scanned(), "the scan reads on");
        w.clock.advance(400);
        w.key(Command.ACTIVATE); // pressed again, having heard nothing: the first press stands
      }
      w.steps.next(); // the round is over
      assertEquals("prompt:want_massage", w.screen());
      assertTrue(
          w.voice.said.stream().anyMatch(u -> Fakes.Voice.words(u).startsWith("Got it.")),
          "confirmed once the round was read");
    }

    @Test
    void withTwoSwitches_aPrivateChoiceIsTakenWhenThePersonHasMovedToTheEndOfTheRound() {
      Fakes.World w =
          atTheFirstPrivatePrompt(
              Preferences.DEFAULTS
                  .withScanning(true)
                  .withSwitching(dev.attune.ui.settings.Switching.DEFAULTS.withTwoSwitches(true)));
      SwitchTest.press(w, 1, 10); // to Maybe
      w.clock.advance(400);
      SwitchTest.press(w, 2, 10); // chosen, quietly
      assertEquals("prompt:want_slow_kissing", w.screen(), "not yet");
      assertEquals(0, w.steps.pending(), "the scan does not read on by itself: its rhythm");
      int buttons = w.controller.model().buttons().size();
      for (int i = 2; i < buttons; i++) {
        w.clock.advance(400);
        SwitchTest.press(w, 1, 10);
        assertEquals("prompt:want_slow_kissing", w.screen());
      }
      w.clock.advance(400);
      SwitchTest.press(w, 1, 10); // past the last
      assertEquals("prompt:want_massage", w.screen());
      assertTrue(
          w.voice.said.stream().anyMatch(u -> Fakes.Voice.words(u).startsWith("Got it.")),
          "taken, and confirmed like any other");
    }

    @Test
    void somethingToldDuringAPrivateRound_doesNotLoseTheHeldAnswer() {
      Fakes.World w = atTheFirstPrivatePrompt(Preferences.DEFAULTS.withScanning(true));
      w.steps.next(); // Maybe
      w.key(Command.ACTIVATE); // held quietly
      w.controller.tell("The backup could not be made.");
      assertTrue(w.controller.scanned() >= 0, "the round reads on");
      int buttons = w.controller.model().buttons().size();
      for (int i = 2; i <= buttons; i++) {
        w.steps.next();
      }
      assertEquals("prompt:want_massage", w.screen(), "the held answer was taken");
    }
  }

  @Nested
  class Settings {
    @Test
    void aTapChangesTheSetting_sayItsNewValue_andSavesIt() {
      Fakes.World w = new Fakes.World();
      w.digit(5);
      assertEquals("settings", w.screen());
      w.digit(1); // Mode
      assertTrue(w.controller.preferences().scanning());
      assertTrue(w.log.calls.contains("setting mode=scanning"), w.log.calls::toString);
      assertTrue(
          w.voice.said.stream().anyMatch(u -> Fakes.Voice.words(u).startsWith("Mode: scanning.")),
          w.voice.said::toString);
    }

    @Test
    void textSizeAndDim_areAppliedToTheView() {
      Fakes.World w = new Fakes.World();
      w.digit(5);
      w.digit(6); // Text size
      assertEquals(125, w.view.textPercent);
      w.digit(7); // More settings
      w.digit(1); // Dim
      assertTrue(w.view.dim);
    }

    @Test
    void voiceOff_keepsEarconsButSaysNoWords() {
      Fakes.World w =
          new Fakes.World(
              Preferences.DEFAULTS.withVoiceOn(false), List.of(new Person(1, "", true)));
      w.digit(1);
      w.digit(2);
      Utterance last = w.voice.said.get(w.voice.said.size() - 1);
      assertEquals("", Fakes.Voice.words(last));
      assertTrue(last.parts().contains(new Utterance.Part.Tone(Utterance.Earcon.CHOSEN)));
    }

    @Test
    void speedAndVolume_reachTheVoice() {
      Fakes.World w =
          new Fakes.World(
              Preferences.DEFAULTS.withRate(130).withVolume(50), List.of(new Person(1, "", true)));
      assertEquals("calm", w.voice.voice.id());
      assertTrue(w.voice.voice.volume() <= 0.5, "volume halved");
    }
  }

  @Nested
  class People {
    @Test
    void firstRun_asksWhoUsesAttune_thenStartsWithBoth() {
      Fakes.World w = new Fakes.World(Preferences.DEFAULTS, List.of());
      w.digit(1);
      assertEquals("setup", w.screen());
      w.digit(3); // two of us, one with pain
      assertEquals(2, w.people.all().size());
      assertTrue(w.people.all().get(0).hasPelvicPain());
      assertFalse(w.people.all().get(1).hasPelvicPain());
      assertEquals("handoff", w.screen());
      assertTrue(w.view.curtain, "the handoff is curtained");
    }

    @Test
    void withTwoPeople_eachCheckInAsksWhoIsHere() {
      Fakes.World w =
          new Fakes.World(
              Preferences.DEFAULTS,
              List.of(new Person(1, "Sam", true), new Person(2, "Alex", false)));
      w.digit(3); // After
      assertEquals("who", w.screen());
      w.digit(3); // only Alex
      assertEquals("prompt:body_now", w.screen());
    }
  }

  @Nested
  class History {
    @Test
    void listsEveningsWithTheChartInWords_andNeverStreaks() {
      Fakes.World w = new Fakes.World();
      w.digit(4);
      assertEquals("history", w.screen());
      String text = w.controller.model().text();
      assertEquals("One evening so far. Most asked for afterwards: water.", text);
      assertTrue(w.view.picture != null, "the chart is shown");
      assertTrue(w.view.pictureDescription.contains("mild"), w.view.pictureDescription);
      assertEquals("Tue 24 Nov: mild pain", w.controller.model().buttons().get(0).label());
      assertFalse(text.toLowerCase(java.util.Locale.ROOT).contains("streak"));
    }

    @Test
    void anEveningWithNoPain_isLabelledNoPain_notNoPainPain() {
      Fakes.World w = new Fakes.World();
      w.records.nights.set(
          0,
          new dev.attune.session.NightSummary(
              7,
              java.time.Instant.parse("2026-11-24T21:00:00Z"),
              List.of("before"),
              java.util.Map.of(1L, "none", 2L, "moderate"),
              List.of(),
              List.of(),
              0));
      w.digit(4);
      assertEquals(
          "Tue 24 Nov: moderate pain and no pain", w.controller.model().buttons().get(0).label());
    }

    @Test
    void deletingAnEvening_isConfirmedByVoice_andNoKeepsIt() {
      Fakes.World w = new Fakes.World();
      w.digit(4);
      w.digit(1); // the evening
      assertEquals("confirm", w.screen());
      assertTrue(w.voice.last().contains("cannot be undone"), w.voice.last());
      w.digit(1); // no, keep it
      assertEquals(List.of(), w.records.calls);
      w.digit(1);
      w.digit(2); // yes, delete
      assertEquals(List.of("delete night 7"), w.records.calls);
      assertEquals("history", w.screen());
      assertTrue(w.view.notice.startsWith("Deleted."), w.view.notice);
    }

    @Test
    void exportTellsWhereTheFileIs() {
      Fakes.World w = new Fakes.World();
      w.digit(4);
      w.digit(2); // Export
      assertEquals("export", w.screen());
      w.digit(2);
      assertEquals(List.of("report"), w.records.calls);
      assertTrue(w.voice.last().contains("report.pdf"), w.voice.last());
    }

    @Test
    void deleteEverything_forgetsThePeopleToo() {
      Fakes.World w = new Fakes.World();
      w.digit(4);
      w.digit(3); // Delete
      assertEquals("delete", w.screen());
      w.digit(2); // everything
      w.digit(2); // yes
      assertEquals(List.of("delete everything"), w.records.calls);
      assertTrue(w.people.isEmpty());
    }

    @Test
    void deleteEverything_withNoExportsLeft_asksJustTheQuestion() {
      Fakes.World w = new Fakes.World();
      w.digit(4);
      w.digit(3); // Delete
      w.digit(2); // everything
      assertEquals("confirm", w.screen());
      assertEquals(
          dev.attune.ui.kit.Messages.get("delete.everything.confirm"), w.view.shown.text());
      assertEquals("", w.view.shown.caption());
      assertFalse(w.voice.last().contains("export"), w.voice.last());
    }

    @Test
    void deleteEverything_namesTheExportsItLeaves_shownAndHeard() {
      Fakes.World w = new Fakes.World();
      w.records.exportsLeft.add(java.nio.file.Path.of("/home/sam/attune-answers-2026-11-24.csv"));
      w.records.exportsLeft.add(java.nio.file.Path.of("/media/stick/for-my-physio.pdf"));
      w.digit(4);
      w.digit(3); // Delete
      w.digit(2); // everything
      assertEquals("confirm", w.screen());
      assertEquals(
          dev.attune.ui.kit.Messages.get("delete.everything.confirm"),
          w.view.shown.text(),
          "the question in large words");
      assertEquals(
          "These exports are outside Attune's folder and are not deleted:\n"
              + "/home/sam/attune-answers-2026-11-24.csv\n"
              + "/media/stick/for-my-physio.pdf\n"
              + "Delete them yourself if you want them gone.",
          w.view.shown.caption(),
          "the exports in small words under the buttons");
      String heard = w.voice.last();
      assertTrue(
          heard.contains(
              "These exports are outside Attune's folder and are not deleted:"
                  + " /home/sam/attune-answers-2026-11-24.csv, /media/stick/for-my-physio.pdf."
                  + " Delete them yourself if you want them gone."),
          heard);
      assertTrue(heard.indexOf("cannot be undone") < heard.indexOf("exports"), heard);
      w.digit(2); // yes
      assertEquals(List.of("delete everything"), w.records.calls);
    }
  }

  @Nested
  class LearnsTheCouple {
    final dev.attune.session.LastAnswers lastBefore =
        new dev.attune.session.LastAnswers(
            "last",
            "before",
            java.time.Instant.parse("2026-11-20T21:00:00Z"),
            java.util.Map.of(
                1L,
                java.util.Map.of(
                    "pain_level", List.of("strong"),
                    "tools", List.of("lube", "pillows")),
                0L,
                java.util.Map.of("stop_word", List.of("traffic_lights"))));

    @Test
    void sameAsLastTime_keepsTheRest_andAsksOnlyWhatChangesDaily() {
      Fakes.World w = new Fakes.World();
      w.records.lastBefore = java.util.Optional.of(lastBefore);
      w.controller.home(); // Home reads last time
      w.digit(1);
      assertEquals("same", w.screen());
      String text = w.controller.model().text();
      assertTrue(text.contains("Your pain is strong today."), text);
      assertTrue(text.contains("lube and pillows"), text);
      w.digit(1); // same as last time
      assertTrue(w.log.calls.contains("answer tools [lube, pillows]"), w.log.calls::toString);
      assertTrue(w.log.calls.contains("answer stop_word [traffic_lights]"), w.log.calls::toString);
      assertFalse(
          w.log.calls.contains("answer pain_level [strong]"), "pain now is asked, not kept");
      assertEquals("prompt:pain_level", w.screen());
      java.util.Set<String> asked = new java.util.LinkedHashSet<>();
      while (w.screen().startsWith("prompt:")) {
        asked.add(w.screen());
        w.digit(w.controller.model().buttons().size() - 1); // Skip
      }
      assertFalse(asked.contains("prompt:tools"), asked::toString);
      assertFalse(asked.contains("prompt:stop_word"), asked::toString);
      assertTrue(asked.contains("prompt:want_slow_kissing"), "the private round is fresh");
    }

    @Test
    void goThroughEverything_asksEverything() {
      Fakes.World w = new Fakes.World();
      w.records.lastBefore = java.util.Optional.of(lastBefore);
      w.controller.home(); // Home reads last time
      w.digit(1);
      w.digit(2);
      assertEquals("prompt:pain_level", w.screen());
      assertFalse(w.log.calls.stream().anyMatch(c -> c.startsWith("answer tools")));
    }

    @Test
    void lastTimesAftercare_isBroughtBack() {
      Fakes.World w = new Fakes.World();
      w.records.lastAftercare =
          java.util.Optional.of(
              new dev.attune.session.LastAnswers(
                  "after",
                  "after",
                  java.time.Instant.parse("2026-11-20T22:00:00Z"),
                  java.util.Map.of(
                      1L, java.util.Map.of("needs_now", List.of("water", "blanket")))));
      w.controller.home(); // Home reads last time
      w.digit(1);
      assertTrue(
          w.voice
              .last()
              .startsWith("Last time you wanted some water and a blanket. Are they nearby?"),
          w.voice.last());
    }

    @Test
    void theNextDay_theFollowUpIsOfferedOnce_andLinkedToThatEvening() {
      Fakes.World w =
          new Fakes.World(
              Preferences.DEFAULTS,
              List.of(new Person(1, "", true)),
              java.util.Optional.empty(),
              java.util.Optional.of(
                  new dev.attune.session.LastAfter(
                      "after-1", 7, java.time.Instant.parse("2026-11-24T23:00:00Z"), false)));
      assertEquals("followup-offer", w.screen());
      w.digit(1);
      assertEquals("prompt:how_today", w.screen());
      assertTrue(w.records.calls.contains("offered after-1"));
      assertTrue(w.log.calls.contains("follows after-1"), w.log.calls::toString);
    }
  }

  @Nested
  class Private {
    final Fakes.Keys keys = new Fakes.Keys("quiet evening", List.of(new Person(1, "", true)));

    /** Attune with a passphrase set: it opens locked. */
    Fakes.World locked() {
      return new Fakes.World(Preferences.DEFAULTS, List.of(new Person(1, "", true)), keys);
    }

    /** The same, unlocked with the passphrase. */
    Fakes.World unlocked() {
      Fakes.World w = locked();
      w.view.typed.add("quiet evening");
      w.digit(1);
      return w;
    }

    @Test
    void aPassphrase_locksAtStart_andNothingShowsUntilItMatches() {
      Fakes.Keys keys = new Fakes.Keys("quiet evening", List.of(new Person(1, "Sam", true)));
      Fakes.World w =
          new Fakes.World(Preferences.DEFAULTS, List.of(new Person(1, "Sam", true)), keys);
      assertEquals("locked", w.screen());
      assertTrue(w.people.all().isEmpty(), "nobody is known while locked");
      w.view.typed.add("wrong");
      w.digit(1);
      assertEquals("locked", w.screen());
      assertTrue(w.voice.last().contains("does not match"), w.voice.last());
      w.view.typed.add("quiet evening");
      w.key(Command.ACTIVATE);
      assertEquals("home", w.screen());
      assertEquals("Sam", w.people.all().get(0).name(), "known once unlocked");
      assertEquals(List.of("Your passphrase (secret)", "Your passphrase (secret)"), w.view.asked);
      assertTrue(
          w.voice.said.stream().anyMatch(u -> Fakes.Voice.words(u).startsWith("Unlocking.")),
          "the person hears that it is unlocking");
    }

    @Test
    void settingAPassphrase_firstTellsThatForgettingItLosesEverything_andOffersAnExport() {
      Fakes.Keys keys = new Fakes.Keys(null, List.of());
      Fakes.World w = new Fakes.World(Preferences.DEFAULTS, List.of(new Person(1, "", true)), keys);
      w.digit(5);
      w.digit(7); // more settings
      w.digit(5); // Passphrase: off
      assertEquals("passphrase", w.screen());
      assertTrue(
          w.controller.model().text().contains("gone for good"), w.controller.model().text());
      assertTrue(w.voice.last().contains("gone for good"), "said as well as shown");
      w.digit(2); // export first
      assertTrue(w.voice.last().startsWith("Saved as answers.csv"), w.voice.last());
      w.view.typed.add("quiet evening");
      w.view.typed.add("quiet evening");
      w.digit(1); // choose a passphrase
      assertEquals("quiet evening", keys.passphrase);
      assertTrue(
          w.voice.said.stream()
              .anyMatch(u -> Fakes.Voice.words(u).startsWith("The passphrase is set")),
          "told once it is set");
      assertEquals("settings", w.screen());
      assertFalse(w.log.calls.stream().anyMatch(c -> c.contains("quiet")), w.log.calls::toString);
    }

    @Test
    void takingThePassphraseAway_isWarnedAbout_andKeepIsTheFirstAnswer() {
      Fakes.World w = unlocked(); // unlock
      w.digit(5);
      w.digit(7);
      w.digit(5); // Passphrase: on
      assertTrue(w.voice.last().contains("can read"), w.voice.last());
      assertEquals("Keep the passphrase", w.controller.model().buttons().get(0).label());
      w.view.typed.add("not it");
      w.digit(2);
      assertEquals("quiet evening", keys.passphrase, "a wrong passphrase changes nothing");
      w.view.typed.add("quiet evening");
      w.digit(2);
      assertEquals(null, keys.passphrase);
      assertEquals("settings", w.screen());
    }

    @Test
    void f12_withAPassphrase_locks_staysDark_andCBringsTheLockScreen_thenBackWhereItWas() {
      Fakes.World w = unlocked();
      w.digit(4); // History
      w.key(Command.HIDE);
      assertTrue(keys.locked, "the key was dropped");
      assertTrue(w.people.all().isEmpty(), "and the names forgotten");
      int said = w.voice.said.size();
      w.digit(1);
      assertEquals(said, w.voice.said.size(), "not a word while hidden");
      w.key(Command.CURTAIN);
      assertEquals("locked", w.screen());
      w.view.typed.add("quiet evening");
      w.digit(1);
      assertEquals("history", w.screen(), "back where it was");
    }

    @Test
    void fifteenMinutesUntouched_locks_butNeverInTheMiddleOfACheckIn() {
      Fakes.World w = unlocked();
      w.digit(1); // Before
      assertTrue(w.screen().startsWith("prompt:"), w.screen());
      w.clock.advance(w.idleLockMillis());
      w.steps.next();
      assertFalse(keys.locked, "a check-in is never locked under the couple");
      w.key(Command.BACK); // back to the start of the turn: still the check-in
      w.controller.command(Command.PAUSE_BOARD, 0);
      w.key(Command.BACK);
      w.clock.advance(w.idleLockMillis());
      w.steps.next();
      assertFalse(keys.locked);
    }

    @Test
    void anUntouchedBoard_isLookedAtAgainAWholeIdleTimeLater_notOverAndOver() {
      Fakes.World w = unlocked();
      w.digit(2); // During: the pause board
      assertEquals("board", w.screen());
      w.clock.advance(w.idleLockMillis() + 1);
      w.steps.next(); // the idle check: busy, so it looks again later
      assertEquals(1, w.steps.pending(), "one check waits");
      assertEquals(w.idleLockMillis(), w.steps.lastDelay(), "a whole idle time later");
      assertFalse(keys.locked);
    }

    @Test
    void aFailureWhileLocked_offersHome_whichIsTheLock() {
      Fakes.World w = locked();
      w.controller.failed(new IllegalStateException("boom"));
      assertEquals("failed", w.screen());
      w.digit(1); // Home
      assertEquals("locked", w.screen(), "nothing behind the lock is reached");
    }

    @Test
    void hiddenWhileUnlocking_staysLocked() {
      Fakes.World w = locked();
      keys.slow = true;
      w.view.typed.add("correct horse");
      w.digit(1); // unlocking starts: the key is still being made
      w.key(Command.HIDE);
      int locks = keys.locks;
      keys.waiting.complete(
          java.util.Optional.of(
              new Passphrases.Unlocked(
                  List.of(), java.util.Optional.empty(), java.util.Optional.empty(), List.of())));
      assertEquals(locks + 1, keys.locks, "the key was dropped again");
      w.key(Command.CURTAIN);
      assertEquals("locked", w.screen(), "C brings back the lock, not what is behind it");
    }

    @Test
    void fifteenMinutesUntouchedAtHome_locks() {
      Fakes.World w = unlocked();
      assertEquals("home", w.screen());
      w.clock.advance(w.idleLockMillis() - 1);
      w.steps.next();
      assertFalse(keys.locked, "not yet");
      w.clock.advance(1);
      int said = w.voice.said.size();
      w.steps.next();
      assertTrue(keys.locked);
      assertEquals("locked", w.screen());
      assertEquals(said, w.voice.said.size(), "locked without a word: a quiet room stays quiet");
      w.key(Command.REPEAT);
      assertTrue(w.voice.last().startsWith("Attune is locked."), "the next key hears it");
    }

    @Test
    void namesAreOptional_andCanBeGivenInSettings() {
      Fakes.World w = new Fakes.World();
      w.digit(5);
      w.digit(7);
      w.digit(4); // Names
      assertEquals("names", w.screen());
      w.view.typed.add("Sam");
      w.digit(1);
      assertEquals("Sam", w.people.all().get(0).name());
      assertTrue(w.log.calls.contains("person 1"), w.log.calls::toString);
      assertEquals("Partner one: Sam", w.controller.model().buttons().get(0).label());
    }

    @Test
    void sayAWord_speaksItWithItsSounds() {
      Fakes.World w = new Fakes.World();
      w.digit(5);
      w.digit(7); // more settings
      w.digit(7); // and more: the third page
      w.view.typed.add("lube");
      w.digit(1); // Say a word
      assertTrue(w.voice.last().startsWith("lube. I say it as l uw1 b"), w.voice.last());
    }

    @Test
    void restoreIsConfirmed_andHappensAtTheNextStart() {
      Fakes.World w = new Fakes.World();
      w.digit(5);
      w.digit(7);
      w.digit(6); // Restore a backup
      assertEquals("restore", w.screen());
      w.digit(1);
      assertEquals("confirm", w.screen());
      assertEquals("Restore a backup", w.controller.model().title(), "not titled Delete");
      w.digit(2);
      assertEquals(List.of("restore 2026-11-24"), w.records.calls);
      assertTrue(w.view.notice.contains("open it again"), w.view.notice);
      w.digit(1); // on: the notice was heard, and does not stay on the next screens
      assertEquals("", w.view.notice);
    }
  }

  @Nested
  class AfterACrash {
    final dev.attune.session.Unfinished unfinished =
        new dev.attune.session.Unfinished(
            "crashed",
            "before",
            java.time.Instant.parse("2026-11-25T20:50:00Z"),
            List.of(1L),
            List.of(new dev.attune.session.Unfinished.Answer(1, "pain_level", List.of("mild"))));

    @Test
    void whenEveryAnswerWasInBeforeTheCrash_carryingOnShowsTheSummary() {
      // An After whose last question was answered, and then the power went.
      dev.attune.session.Unfinished allSaid =
          new dev.attune.session.Unfinished(
              "crashed",
              "after",
              java.time.Instant.parse("2026-11-25T20:50:00Z"),
              List.of(1L),
              List.of(
                  new dev.attune.session.Unfinished.Answer(1, "body_now", List.of("skip")),
                  new dev.attune.session.Unfinished.Answer(1, "feelings_now", List.of("skip")),
                  new dev.attune.session.Unfinished.Answer(1, "needs_now", List.of("skip")),
                  new dev.attune.session.Unfinished.Answer(0, "breathing", List.of("skip")),
                  new dev.attune.session.Unfinished.Answer(1, "reflect_gate", List.of("skip"))));
      Fakes.World w =
          new Fakes.World(
              Preferences.DEFAULTS,
              List.of(new Person(1, "", true)),
              java.util.Optional.of(allSaid));
      w.digit(1); // carry on
      assertEquals("summary", w.screen());
      assertTrue(w.log.calls.contains("finish COMPLETED"), w.log.calls::toString);
      w.digit(2);
      assertEquals("home", w.screen());
    }

    @Test
    void theNextStartOffersToCarryOn_byVoice() {
      Fakes.World w =
          new Fakes.World(
              Preferences.DEFAULTS,
              List.of(new Person(1, "", true)),
              java.util.Optional.of(unfinished));
      assertEquals("resume", w.screen());
      assertTrue(w.voice.last().contains("stopped part way"), w.voice.last());
      w.digit(1);
      assertEquals("prompt:pain_where", w.screen());
      w.digit(1);
      assertTrue(w.log.calls.contains("answer pain_where [vulva_opening]"), w.log.calls::toString);
      assertFalse(w.log.calls.stream().anyMatch(c -> c.startsWith("begin")), "no second start");
    }

    @Test
    void startFresh_closesTheOldOneAndGoesHome() {
      Fakes.World w =
          new Fakes.World(
              Preferences.DEFAULTS,
              List.of(new Person(1, "", true)),
              java.util.Optional.of(unfinished));
      w.digit(2);
      assertEquals("home", w.screen());
      assertTrue(w.log.calls.contains("finish LEFT"), w.log.calls::toString);
    }
  }

  @Nested
  class Exercise {
    @Test
    void breathing_movesOnByItselfWhenTheVoiceFinishes() {
      Fakes.World w = new Fakes.World();
      w.digit(3); // After
      for (String prompt : List.of("body_now", "feelings_now", "needs_now")) {
        assertEquals("prompt:" + prompt, w.screen());
        w.digit(w.controller.model().buttons().size() - 1); // Skip
      }
      assertEquals("prompt:breathing", w.screen());
      w.voice.hold = true;
      w.digit(1); // Start
      assertEquals("exercise", w.screen());
      assertTrue(w.voice.last().contains("Breathe in."), w.voice.last());
      w.voice.pending.get(w.voice.pending.size() - 1).complete(true);
      assertEquals("prompt:reflect_gate", w.screen());
    }

    @Test
    void aKeyEndsTheBreathingSooner() {
      Fakes.World w = new Fakes.World();
      w.digit(3);
      for (int i = 0; i < 3; i++) {
        w.digit(w.controller.model().buttons().size() - 1);
      }
      w.voice.hold = true;
      w.digit(1);
      w.key(Command.ACTIVATE);
      assertEquals("prompt:reflect_gate", w.screen());
    }
  }
}
