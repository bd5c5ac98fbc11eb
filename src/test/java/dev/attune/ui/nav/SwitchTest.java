package dev.attune.ui.nav;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.attune.session.Person;
import dev.attune.speech.Utterance;
import dev.attune.ui.kit.Command;
import dev.attune.ui.kit.ScreenModel;
import dev.attune.ui.settings.Preferences;
import dev.attune.ui.settings.Switching;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * One switch, and two: what a press does, how long it must be, how scanning moves and where it
 * starts. The scan steps when the test ends its wait, and presses are timed by the test's clock.
 */
class SwitchTest {
  static final Preferences SCANNING = Preferences.DEFAULTS.withScanning(true);

  static Fakes.World world(Switching switching) {
    return new Fakes.World(SCANNING.withSwitching(switching), List.of(new Person(1, "", true)));
  }

  static String scannedLabel(Fakes.World w) {
    int at = w.controller.scanned();
    return at < 0 ? "" : w.controller.model().buttons().get(at).label();
  }

  /** Lets the scan move until it highlights the option whose label starts with {@code label}. */
  static void scanTo(Fakes.World w, String label) {
    for (int i = 0; i < 40; i++) {
      if (scannedLabel(w).startsWith(label)) {
        return;
      }
      if (w.steps.waiting.isEmpty()) {
        throw new AssertionError(
            "no scan on " + w.screen() + " at " + w.controller.scanned() + ": " + w.voice.said);
      }
      w.steps.next();
    }
    throw new AssertionError("the scan never reached " + label + " on " + w.screen());
  }

  /** A press of the switch that lasts {@code millis} by the app's clock. */
  static void press(Fakes.World w, int which, long millis) {
    w.controller.switchDown(which);
    w.clock.advance(millis);
    w.controller.switchUp(which);
  }

  /** A short press, once presses are taken again after the last choice. */
  static void press(Fakes.World w) {
    w.clock.advance(Preferences.DEBOUNCE_MILLIS);
    press(w, 1, 50);
  }

  @Nested
  class HeardOnce {
    @Test
    void theQuestionIsRead_thenEachOptionOnce_asItIsHighlighted() {
      Fakes.World w = world(Switching.DEFAULTS);
      press(w); // Before
      assertEquals("prompt:pain_level", w.screen());
      int from = w.voice.said.size() - 1;
      String question = Fakes.Voice.words(w.voice.said.get(from));
      assertTrue(question.contains("pain"), question);
      int buttons = w.controller.model().buttons().size();
      for (int i = 1; i < buttons; i++) {
        w.steps.next();
      }
      List<Utterance> heard = w.voice.said.subList(from, w.voice.said.size());
      for (Utterance u : heard) {
        for (Utterance.Part part : u.parts()) {
          assertFalse(
              part instanceof Utterance.Part.Speech s && s.style() == Utterance.Style.OPTION,
              "no numbered list in scanning mode: " + u);
        }
      }
      for (ScreenModel.Button button : w.controller.model().buttons()) {
        long times =
            heard.stream().filter(u -> Fakes.Voice.words(u).endsWith(button.label())).count();
        assertEquals(1, times, button.label() + " heard once in a round: " + heard);
      }
    }

    @Test
    void withKeys_theNumberedListIsStillRead() {
      Fakes.World w = new Fakes.World();
      assertTrue(w.voice.last().contains("1, Before."), w.voice.last());
    }
  }

  @Nested
  class Board {
    final Fakes.World w = world(Switching.DEFAULTS);

    Board() {
      w.key(Command.PAUSE_BOARD);
      assertEquals("board", w.screen());
    }

    @Test
    void stopIsLiveTheMomentTheBoardOpens_whileItsWordsAreHeard() {
      assertTrue(scannedLabel(w).startsWith("Red"), scannedLabel(w));
      String heard = w.voice.last();
      assertTrue(heard.startsWith("The pause board."), heard);
      assertTrue(heard.endsWith("Red: stop"), heard);
      press(w);
      assertTrue(
          w.log.calls.stream().anyMatch(c -> c.startsWith("signal red")), w.log.calls::toString);
    }

    @Test
    void pauseIsSecond_andTheCloseButtonLast() {
      w.steps.next();
      assertEquals("Pause", scannedLabel(w));
      int buttons = w.controller.model().buttons().size();
      for (int i = 2; i < buttons; i++) {
        w.steps.next();
      }
      assertEquals("Close the board", scannedLabel(w));
    }

    @Test
    void afterASignal_theScanStartsAgainAtStop_atOnce() {
      scanTo(w, "Slower");
      press(w);
      assertTrue(w.log.calls.stream().anyMatch(c -> c.startsWith("signal slower")));
      assertTrue(scannedLabel(w).startsWith("Red"), scannedLabel(w));
    }

    @Test
    void scanningOnTheBoardNeverGoesIdle() {
      int buttons = w.controller.model().buttons().size();
      for (int i = 0; i < 6 * buttons; i++) {
        w.steps.next();
      }
      assertTrue(w.controller.scanned() >= 0, "still scanning");
      assertFalse(w.controller.scanPaused());
      assertTrue(w.voice.said.stream().noneMatch(u -> Fakes.Voice.words(u).contains("again")));
    }

    @Test
    void aLongPressSaysPause_whereverTheScanIs() {
      scanTo(w, "More lube");
      press(w, 1, Switching.HOLD_MILLIS);
      assertTrue(
          w.log.calls.stream().anyMatch(c -> c.startsWith("signal pause")), w.log.calls::toString);
      assertTrue(w.log.calls.stream().noneMatch(c -> c.startsWith("signal more_lube")));
    }

    @Test
    void aShortPressChoosesWhatWasHighlightedWhenItWentDown() {
      scanTo(w, "Gentler");
      w.controller.switchDown(1);
      w.clock.advance(300);
      w.steps.next(); // the scan moved on while the switch was down
      w.controller.switchUp(1);
      assertTrue(
          w.log.calls.stream().anyMatch(c -> c.startsWith("signal gentler")),
          w.log.calls::toString);
    }
  }

  @Nested
  class Order {
    @Test
    void aNewPageStartsOnItsFirstAnswer() {
      Fakes.World w = world(Switching.DEFAULTS);
      press(w); // Before
      scanTo(w, "Mild");
      press(w);
      assertEquals("prompt:pain_where", w.screen());
      scanTo(w, "More options");
      ScreenModel first = w.controller.model();
      press(w);
      assertTrue(w.controller.model().caption().contains("page 2"), w.controller.model().caption());
      assertEquals(0, w.controller.scanned(), "page 2 starts on its first answer");
      assertTrue(!first.buttons().get(0).label().equals(scannedLabel(w)), "a new page");
    }

    @Test
    void moreSkipAndNotToday_comeAfterTheAnswers() {
      Fakes.World w = world(Switching.DEFAULTS);
      press(w); // Before
      ScreenModel prompt = w.controller.model();
      int controls = prompt.controls();
      int buttons = prompt.buttons().size();
      for (int i = 0; i < buttons - controls; i++) {
        assertEquals(i, w.controller.scanned());
        w.steps.next();
      }
      assertEquals(buttons - controls, w.controller.scanned(), "the controls come last");
    }

    @Test
    void oneRound_thenItWaits() {
      Fakes.World w = world(Switching.DEFAULTS.withLoops(1));
      int buttons = w.controller.model().buttons().size();
      for (int i = 0; i < buttons; i++) {
        w.steps.next();
      }
      assertTrue(w.controller.scanPaused());
    }

    @Test
    void endlessRounds_neverWait() {
      Fakes.World w = world(Switching.DEFAULTS.withLoops(0));
      int buttons = w.controller.model().buttons().size();
      for (int i = 0; i < 10 * buttons; i++) {
        w.steps.next();
      }
      assertFalse(w.controller.scanPaused());
      assertTrue(w.controller.scanned() >= 0);
    }

    @Test
    void theFirstOptionStaysLonger_byTheDwell() {
      Fakes.World w = world(Switching.DEFAULTS.withPace(1000).withDwell(2000));
      assertEquals(3000, w.steps.lastDelay(), "the first option: pace and dwell");
      w.steps.next();
      assertEquals(1000, w.steps.lastDelay(), "the next: the pace");
    }
  }

  @Nested
  class Presses {
    @Test
    void withAnAcceptanceTime_aBriefPressIsABrush_andAHeldOneChooses() {
      Fakes.World w = world(Switching.DEFAULTS.withAccept(300));
      press(w, 1, 150);
      assertEquals("home", w.screen(), "too brief: nothing chosen");
      press(w, 1, 300);
      assertEquals("prompt:pain_level", w.screen());
    }

    @Test
    void aTapShorterThanTheAcceptanceTime_doesNotChooseAButton_inDirectMode() {
      Fakes.World w =
          new Fakes.World(
              Preferences.DEFAULTS.withSwitching(Switching.DEFAULTS.withAccept(200)),
              List.of(new Person(1, "", true)));
      w.controller.pointerDown(1);
      w.clock.advance(50);
      w.controller.clicked(0);
      assertEquals("home", w.screen(), "a stray touch");
      w.controller.pointerDown(1);
      w.clock.advance(200);
      w.controller.clicked(0);
      assertEquals("prompt:pain_level", w.screen());
    }

    @Test
    void pressesSoonAfterAChoice_areIgnored_forAsLongAsSet() {
      Fakes.World w = world(Switching.DEFAULTS.withIgnore(1000));
      press(w, 1, 10); // Before
      assertEquals("prompt:pain_level", w.screen());
      w.clock.advance(500);
      press(w, 1, 10);
      assertEquals("prompt:pain_level", w.screen(), "ignored");
      w.clock.advance(500);
      press(w, 1, 10);
      assertFalse(w.screen().equals("prompt:pain_level"), "taken once the time had passed");
    }

    @Test
    void aPressBegunOnOneScreen_doesNothingWhenLetGoOnAnother() {
      Fakes.World w = world(Switching.DEFAULTS.withAccept(200));
      w.clock.advance(1000);
      w.controller.switchDown(1); // on Home, Before highlighted
      w.key(Command.PAUSE_BOARD); // another screen while the switch is down
      w.clock.advance(300);
      w.controller.switchUp(1);
      assertEquals("board", w.screen());
      assertTrue(
          w.log.calls.stream().noneMatch(c -> c.startsWith("signal")), w.log.calls::toString);
    }

    @Test
    void aSwitchLostWhileDown_isNotAPress_andTheNextPressWorks() {
      Fakes.World w = world(Switching.DEFAULTS);
      w.key(Command.PAUSE_BOARD);
      w.clock.advance(1000);
      w.controller.switchDown(1);
      w.clock.advance(Switching.HOLD_MILLIS + 200);
      w.controller.switchesLost(); // another window took the keyboard
      w.controller.switchUp(1);
      assertTrue(w.log.calls.stream().noneMatch(c -> c.startsWith("signal")), "nothing said");
      press(w);
      assertTrue(w.log.calls.stream().anyMatch(c -> c.startsWith("signal red")));
    }

    @Test
    void whatIsToldIsHeardWhole_theScanWaitsForIt() {
      Fakes.World w = world(Switching.DEFAULTS);
      w.steps.next();
      assertEquals(1, w.controller.scanned());
      w.voice.hold = true;
      w.controller.tell("The backup could not be made.");
      assertEquals(-1, w.controller.scanned(), "the scan stopped for it");
      w.voice.pending.get(0).complete(true);
      assertEquals(0, w.controller.scanned(), "and starts again after it");
    }

    @Test
    void aHoldOnTheBoard_isPause_evenIfSomethingIsToldMeanwhile() {
      Fakes.World w = world(Switching.DEFAULTS);
      w.key(Command.PAUSE_BOARD);
      w.clock.advance(1000);
      w.controller.switchDown(1);
      w.controller.tell("Saving stopped for a moment.");
      w.clock.advance(Switching.HOLD_MILLIS);
      w.controller.switchUp(1);
      assertTrue(
          w.log.calls.stream().anyMatch(c -> c.startsWith("signal pause")), w.log.calls::toString);
    }

    @Test
    void withClicksOff_aTapIsNotASwitch() {
      Fakes.World w = world(Switching.DEFAULTS.withClick(false));
      w.controller.tapped();
      assertEquals("home", w.screen());
      w.key(Command.ACTIVATE);
      assertEquals("prompt:pain_level", w.screen(), "the keys still are");
    }

    @Test
    void twoSwitches_oneMoves_theOtherChooses_andNothingMovesByItself() {
      Fakes.World w = world(Switching.DEFAULTS.withTwoSwitches(true));
      assertEquals("Before", scannedLabel(w));
      assertEquals(0, w.steps.pending(), "no scan by itself");
      press(w, 1, 50);
      press(w, 1, 50);
      assertEquals("After", scannedLabel(w));
      press(w, 2, 50);
      assertEquals("prompt:body_now", w.screen());
    }

    @Test
    void theSwitchKeysAreSpaceAndEnter_or1And2_asSet() {
      Fakes.World w = world(Switching.DEFAULTS);
      assertEquals(1, w.controller.switchOf(javax.swing.KeyStroke.getKeyStroke("SPACE")));
      assertEquals(2, w.controller.switchOf(javax.swing.KeyStroke.getKeyStroke("ENTER")));
      assertEquals(0, w.controller.switchOf(javax.swing.KeyStroke.getKeyStroke("1")));
      Fakes.World digits = world(Switching.DEFAULTS.withKeys(Switching.Keys.ONE_TWO));
      assertEquals(1, digits.controller.switchOf(javax.swing.KeyStroke.getKeyStroke("1")));
      assertEquals(2, digits.controller.switchOf(javax.swing.KeyStroke.getKeyStroke("2")));
      assertEquals(0, digits.controller.switchOf(javax.swing.KeyStroke.getKeyStroke("SPACE")));
      Fakes.World direct = new Fakes.World();
      assertEquals(0, direct.controller.switchOf(javax.swing.KeyStroke.getKeyStroke("SPACE")));
    }
  }

  @Nested
  class Settings {
    @Test
    void eachSwitchSettingIsSpoken_andKept() {
      Fakes.World w = new Fakes.World();
      w.press("Settings");
      w.press("Switch and scanning");
      assertEquals("settings:switch", w.screen());
      w.press("Scan pace");
      assertEquals(2000, w.controller.preferences().scanPaceMillis());
      assertTrue(w.voice.last().contains("Scan pace: 2.0 seconds"), w.voice.last());
      w.press("Rounds");
      assertEquals(3, w.controller.preferences().switching().loops());
      w.press("First option");
      assertEquals(500, w.controller.preferences().switching().dwellMillis());
      w.press("Hold to count");
      assertEquals(100, w.controller.preferences().switching().acceptMillis());
      assertTrue(w.voice.last().contains("Hold to count a press: 0.1 seconds"), w.voice.last());
      w.press("Ignore presses");
      assertEquals(500, w.controller.preferences().switching().ignoreMillis());
      w.press("Switches: one");
      assertEquals("switch-trial", w.screen(), "tried first");
      w.press("Keep it");
      assertTrue(w.controller.preferences().switching().twoSwitches());
      w.press("Switch keys");
      w.press("Keep it");
      assertEquals(Switching.Keys.BOTH, w.controller.preferences().switching().keys());
      w.press("A click");
      w.press("Keep it");
      assertFalse(w.controller.preferences().switching().click());
      Preferences kept = Preferences.from(w.log.settings);
      assertEquals(w.controller.preferences().switching(), kept.switching());
    }

    Fakes.World atTheSwitchPage() {
      Fakes.World w = world(Switching.DEFAULTS);
      w.press("Settings");
      w.press("Switch and scanning");
      return w;
    }

    @Test
    void twoSwitches_goBackByThemselves_whenNothingIsChosenWithThem() {
      Fakes.World w = atTheSwitchPage();
      w.press("Switches: one");
      assertEquals("switch-trial", w.screen());
      assertTrue(w.controller.preferences().switching().twoSwitches(), "on trial");
      w.steps.end(15_000);
      assertEquals("settings:switch", w.screen());
      assertFalse(w.controller.preferences().switching().twoSwitches(), "back as it was");
      assertTrue(
          w.voice.said.stream().anyMatch(u -> Fakes.Voice.words(u).contains("Nothing was chosen")),
          w.voice.said::toString);
      assertEquals("1", w.log.settings.get("scan.switches"), "kept as it was");
    }

    @Test
    void clicksOff_goBack_withGoBack_whenHidden_andWithBackspace() {
      Fakes.World w = atTheSwitchPage();
      w.press("A click");
      assertFalse(w.controller.preferences().switching().click());
      w.press("Go back");
      assertTrue(w.controller.preferences().switching().click());
      w.press("A click");
      w.key(Command.HIDE); // hidden at once, the trial undecided
      int said = w.voice.said.size();
      w.steps.end(15_000);
      assertTrue(w.controller.preferences().switching().click(), "back as it was");
      assertEquals(said, w.voice.said.size(), "and hidden stays quiet");
      w.key(Command.CURTAIN); // back from hiding
      assertEquals("settings:switch", w.screen());
      w.press("A click");
      assertFalse(w.controller.preferences().switching().click());
      w.key(Command.BACK); // Backspace leaves the trial: undone
      assertEquals("settings:switch", w.screen());
      assertTrue(w.controller.preferences().switching().click());
    }

    @Test
    void aTrialThatWentBackWhileThePersonWasOnTheBoard_saysSo_andLeadsBack() {
      Fakes.World w = atTheSwitchPage();
      w.press("Switches: one");
      w.key(Command.PAUSE_BOARD);
      w.steps.end(15_000); // went back while the board showed
      assertFalse(w.controller.preferences().switching().twoSwitches());
      assertEquals("board", w.screen(), "the board stays");
      w.key(Command.BACK); // close the board: the trial again
      assertEquals("switch-trial", w.screen());
      assertTrue(w.controller.model().text().startsWith("Nothing was chosen"));
      w.press("Go back");
      assertEquals("settings:switch", w.screen());
      assertFalse(w.controller.preferences().switching().twoSwitches());
    }

    @Test
    void keepIt_isChosenWithTheNewSetup_twoSwitches() {
      Fakes.World w = atTheSwitchPage();
      w.press("Switches: one");
      assertEquals("Go back", scannedLabel(w));
      w.clock.advance(400);
      press(w, 1, 10); // switch 1 now moves
      assertEquals("Keep it", scannedLabel(w));
      press(w, 2, 10); // switch 2 chooses
      assertEquals("settings:switch", w.screen());
      assertTrue(w.controller.preferences().switching().twoSwitches(), "kept");
    }

    @Test
    void aStoredSettingThatCannotBeRead_keepsItsDefault() {
      Preferences p =
          Preferences.from(
              java.util.Map.of(
                  "scan.pace",
                  "fast",
                  "scan.keys",
                  "FOOT",
                  "scan.loops",
                  "-3",
                  "scan.click",
                  "yes please"));
      assertTrue(p.switching().click(), "a damaged value keeps the default");
      assertEquals(Switching.DEFAULTS.paceMillis(), p.scanPaceMillis());
      assertEquals(Switching.Keys.SPACE_ENTER, p.switching().keys());
      assertEquals(0, p.switching().loops(), "below one is endless");
    }
  }

  @Nested
  class Typing {
    /** Scans to the option starting with {@code label}, then presses the switch. */
    void choose(Fakes.World w, String label) {
      scanTo(w, label);
      ScreenModel before = w.controller.model();
      press(w);
      // A passphrase is typed like a private answer: taken when the scan has read the row.
      for (int i = 0; i < 20 && w.controller.model().equals(before); i++) {
        w.steps.next();
      }
    }

    /** The row a lower-case letter is in, as scanning says it: "g to l". */
    String row(char c) {
      for (String row : List.of("abcdef", "ghijkl", "mnopqr", "stuvwx")) {
        if (row.indexOf(c) >= 0) {
          return row.charAt(0) + " to " + row.charAt(row.length() - 1);
        }
      }
      throw new IllegalArgumentException("not a letter row: " + c);
    }

    /** Types {@code text} on the scanning keyboard, row then letter, then Done. */
    void type(Fakes.World w, String text) {
      assertEquals("keyboard", w.screen());
      for (char c : text.toCharArray()) {
        choose(w, row(c));
        choose(w, String.valueOf(c));
      }
      choose(w, "Done");
    }

    @Test
    void aNameIsTypedByTheSwitch() {
      Fakes.World w = world(Switching.DEFAULTS);
      w.press("Settings");
      w.press("Names");
      w.press("Partner one");
      type(w, "ab");
      assertEquals("names", w.screen());
      assertEquals("ab", w.people.all().get(0).name());
      assertTrue(
          w.voice.said.stream().anyMatch(u -> Fakes.Voice.words(u).contains("The name is now ab")),
          w.voice.said::toString);
    }

    @Test
    void aPassphraseIsSetByTheSwitch_shownAsDots_andNeverReadBack() {
      Fakes.Keys keys = new Fakes.Keys(null, List.of(new Person(1, "", true)));
      Fakes.World w = new Fakes.World(SCANNING, List.of(new Person(1, "", true)), keys);
      w.press("Settings");
      w.press("Passphrase");
      w.press("Choose a passphrase");
      choose(w, "g to");
      choose(w, "h");
      String text = w.controller.model().text();
      assertEquals("\u2022", text.substring(text.lastIndexOf('\n') + 1), "a dot, never the letter");
      assertTrue(
          w.voice.said.stream().anyMatch(u -> Fakes.Voice.words(u).equals("1 typed")),
          "confirmed by a count");
      choose(w, "Done");
      type(w, "h");
      assertEquals("h", keys.passphrase);
    }

    @Test
    void theLockIsOpenedByTheSwitch() {
      Fakes.Keys keys = new Fakes.Keys("ab", List.of(new Person(1, "", true)));
      Fakes.World w = new Fakes.World(SCANNING, List.of(new Person(1, "", true)), keys);
      assertEquals("locked", w.screen());
      press(w);
      type(w, "ab");
      assertEquals("home", w.screen());
    }

    @Test
    void deleteTakesTheLastOneBack_andCancelGoesBackToTheAskingScreen() {
      Fakes.World w = world(Switching.DEFAULTS);
      w.press("Settings");
      w.press("Names");
      w.press("Partner one");
      choose(w, "a to");
      choose(w, "c");
      choose(w, "Delete");
      assertTrue(w.controller.model().text().endsWith("Nothing typed yet."));
      choose(w, "Cancel");
      assertEquals("names", w.screen());
      assertEquals("", w.people.all().get(0).name(), "nothing changed");
    }
  }
}
