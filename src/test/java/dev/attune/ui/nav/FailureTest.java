package dev.attune.ui.nav;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.attune.session.Person;
import dev.attune.ui.kit.Command;
import dev.attune.ui.settings.Preferences;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Every screen that reads or writes, with a store that fails: the person hears and sees that it did
 * not work, and has a way on (Try again, Home, or the screen's own buttons). No screen is left
 * waiting.
 */
class FailureTest {
  private static final IllegalStateException GONE =
      new IllegalStateException("the database is gone, with Sam's answer in the message");

  /** Told in general words, never the failure's own message (it may hold what someone said). */
  private static void heardItFailed(Fakes.World w) {
    String heard = w.voice.last();
    assertTrue(heard.contains("could not read or save") || heard.contains("did not work"), heard);
    assertFalse(heard.contains("Sam"), heard);
    assertFalse(w.view.notice.contains("Sam") || w.view.shown.text().contains("Sam"));
  }

  /** On the failure screen, heard and shown, with Try again then Home. */
  private static void failedWithAWayOn(Fakes.World w) {
    assertEquals("failed", w.screen());
    assertEquals("failed", w.view.shown.name(), "the window shows it too");
    heardItFailed(w);
    assertTrue(w.voice.last().contains("1, Try again. 2, Home."), w.voice.last());
  }

  private static void goesHome(Fakes.World w) {
    w.records.fault = null;
    w.digit(2);
    assertEquals("home", w.screen());
    w.digit(4);
    assertEquals("history", w.screen(), "and Attune works from there");
  }

  @Nested
  class History {
    @Test
    void opening_failsWithTryAgainAndHome_andTryAgainReadsAgain() {
      Fakes.World w = new Fakes.World();
      w.records.fault = GONE;
      w.press("History");
      failedWithAWayOn(w);
      w.digit(1); // Try again: still failing
      failedWithAWayOn(w);
      w.records.fault = null;
      w.digit(1);
      assertEquals("history", w.screen());
      assertEquals("Tue 24 Nov: mild pain", w.controller.model().buttons().get(0).label());
    }

    @Test
    void opening_thatFails_canGoHome() {
      Fakes.World w = new Fakes.World();
      w.records.fault = GONE;
      w.press("History");
      failedWithAWayOn(w);
      goesHome(w);
    }

    @Test
    void anotherPage_thatFails_isTold() {
      Fakes.World w = new Fakes.World();
      for (int i = 0; i < 12; i++) {
        w.records.nights.add(w.records.nights.get(0));
      }
      w.press("History");
      w.records.fault = GONE;
      w.press("More evenings");
      failedWithAWayOn(w);
      w.records.fault = null;
      w.digit(1);
      assertEquals("history", w.screen());
    }

    @Test
    void deletingAnEvening_thatFails_keepsItAndSaysSo() {
      Fakes.World w = new Fakes.World();
      w.press("History");
      w.digit(1); // the evening
      w.records.fault = GONE;
      w.press("Yes, delete");
      failedWithAWayOn(w);
      assertEquals(1, w.records.nights.size(), "nothing was deleted");
      assertFalse(w.view.notice.startsWith("Deleted"), "never told it was deleted");
      w.records.fault = null;
      w.digit(1); // Try again
      assertEquals(List.of("delete night 7", "delete night 7"), w.records.calls);
      assertEquals("history", w.screen());
      assertTrue(w.view.notice.startsWith("Deleted."), w.view.notice);
    }

    @Test
    void aDeleteThatFailsAfterThePersonMovedOn_isStillTold_andTheQuestionStandsAgain() {
      Fakes.World w = new Fakes.World();
      w.press("History");
      w.digit(1); // the evening
      w.records.slow = new java.util.concurrent.CompletableFuture<>();
      w.press("Yes, delete");
      assertEquals("One moment.", w.voice.last());
      w.key(Command.PAUSE_BOARD); // the person moved on while it ran
      assertEquals("board", w.screen());
      w.records.fault = GONE;
      w.records.slow.complete(null);
      heardItFailed(w);
      assertTrue(w.view.notice.contains("did not work"), w.view.notice);
      assertEquals("board", w.screen(), "told where the person is, not taken away");
      w.records.fault = null;
      w.records.slow = null;
      w.key(Command.BACK); // back from the board
      assertEquals("confirm", w.screen());
      assertTrue(w.controller.model().text().contains("cannot be undone"), "the question again");
      w.press("Yes, delete");
      assertEquals("history", w.screen());
      assertEquals(0, w.records.nights.size());
    }

    @Test
    void deletingEverything_thatFails_forgetsNobody() {
      Fakes.World w = new Fakes.World();
      w.press("History");
      w.press("Delete");
      w.digit(2); // Everything (1 is "Everything about you", the one person)
      assertTrue(w.view.shown.text().startsWith("Delete everything"), w.view.shown.text());
      w.records.fault = GONE;
      w.press("Yes, delete");
      failedWithAWayOn(w);
      assertEquals(List.of("delete everything"), w.records.calls);
      assertFalse(w.people.isEmpty(), "nobody is forgotten when nothing was deleted");
      goesHome(w);
    }

    @Test
    void theExportsLeft_thatCannotBeRead_failWithTryAgain_andNothingIsAskedOrDeleted() {
      Fakes.World w = new Fakes.World();
      w.records.exportsLeft.add(java.nio.file.Path.of("/home/sam/attune-answers.csv"));
      w.press("History");
      w.press("Delete");
      w.records.fault = GONE;
      w.digit(2); // Everything (1 is "Everything about you", the one person)
      failedWithAWayOn(w);
      assertEquals(List.of(), w.records.calls, "nothing deleted");
      w.records.fault = null;
      w.digit(1); // Try again
      assertEquals("confirm", w.screen());
      assertTrue(
          w.view.shown.caption().contains("/home/sam/attune-answers.csv"), w.view.shown.caption());
    }

    @Test
    void exporting_thatFails_isToldWithItsOwnWords_andTryAgainWritesIt() {
      Fakes.World w = new Fakes.World();
      w.failures =
          failure ->
              Optional.of("There is no room left to write attune-answers.csv. Free some space.");
      w.press("History");
      w.press("Export");
      w.records.fault = GONE;
      w.digit(1); // the spreadsheet
      assertEquals("failed", w.screen());
      assertTrue(w.voice.last().startsWith("There is no room left"), w.voice.last());
      assertTrue(w.view.shown.text().startsWith("There is no room left"), w.view.shown.text());
      w.records.fault = null;
      int before = w.voice.said.size();
      w.digit(1); // Try again
      assertEquals(List.of("csv", "csv"), w.records.calls);
      assertTrue(
          Fakes.Voice.words(w.voice.said.get(before)).startsWith("Trying again."),
          "the export's menu is not read out again, only that it is being tried");
      assertTrue(w.voice.last().contains("answers.csv"), w.voice.last());
    }
  }

  @Nested
  class Settings {
    @Test
    void restore_thatCannotListTheBackups_isTold_andTryAgainListsThem() {
      Fakes.World w = new Fakes.World();
      w.press("Settings");
      w.records.fault = GONE;
      w.press("Restore a backup");
      failedWithAWayOn(w);
      w.records.fault = null;
      w.digit(1);
      assertEquals("restore", w.screen());
      assertEquals("The backup of 2026-11-24", w.controller.model().buttons().get(0).label());
    }

    @Test
    void restore_thatCannotBeArranged_isTold() {
      Fakes.World w = new Fakes.World();
      w.press("Settings");
      w.press("Restore a backup");
      w.press("The backup of");
      w.records.fault = GONE;
      w.press("Yes, restore it");
      failedWithAWayOn(w);
      goesHome(w);
    }

    @Test
    void aWordThatCannotBeLookedUp_isTold_andSettingsStays() {
      Fakes.World w = new Fakes.World();
      w.press("Settings");
      w.view.typed.add("lube");
      w.pronounceFault = GONE;
      w.press("Say a word");
      assertEquals("I could not look up lube.", w.voice.last());
      assertEquals("settings", w.screen());
    }

    @Test
    void aPassphraseThatCannotBeSet_isTold_andNothingChanged() {
      Fakes.Keys keys = new Fakes.Keys(null, List.of());
      Fakes.World w =
          new Fakes.World(
              Preferences.DEFAULTS,
              List.of(new Person(1, "", true)),
              Optional.empty(),
              Optional.empty(),
              keys);
      keys.fault = GONE;
      w.press("Settings");
      w.press("Passphrase");
      w.view.typed.add("correct horse");
      w.view.typed.add("correct horse");
      w.press("Choose a passphrase");
      heardItFailed(w);
      assertEquals("passphrase", w.screen(), "its buttons are the way on");
      assertFalse(keys.set());
      keys.fault = null;
      w.view.typed.add("correct horse");
      w.view.typed.add("correct horse");
      w.press("Choose a passphrase");
      assertTrue(keys.set(), "typed again, it is set");
    }

    @Test
    void aPassphraseThatCannotBeTakenAway_isTold_andStaysSet() {
      Fakes.Keys keys = new Fakes.Keys("correct horse", List.of(new Person(1, "", true)));
      Fakes.World w = new Fakes.World(Preferences.DEFAULTS, List.of(), keys);
      w.view.typed.add("correct horse");
      w.digit(1);
      w.press("Settings");
      w.press("Passphrase");
      keys.fault = GONE;
      w.view.typed.add("correct horse");
      w.press("Take the passphrase away");
      heardItFailed(w);
      assertTrue(keys.set());
      w.key(Command.BACK);
      assertEquals("settings", w.screen());
    }
  }

  @Nested
  class OwnVoice {
    @Test
    void aTakeThatCannotBeKept_isToldInItsOwnWords_andRecordIsTheWayOn() {
      Fakes.World w = new Fakes.World();
      w.failures = failure -> Optional.of("There is no room left in the voices folder.");
      w.own.keepFault = GONE;
      w.press("Settings");
      w.press("Your own voice");
      w.digit(1); // Before
      w.digit(1); // its first question
      w.press("Record");
      w.key(Command.ACTIVATE); // Stop and keep it
      assertTrue(w.voice.last().startsWith("There is no room left"), w.voice.last());
      assertEquals("There is no room left in the voices folder.", w.view.notice);
      assertTrue(
          w.controller.model().text().endsWith("Your recording was not kept."),
          w.controller.model().text());
      assertTrue(w.own.kept.isEmpty());
      w.own.keepFault = null;
      w.press("Record");
      w.key(Command.ACTIVATE);
      assertEquals(1, w.own.kept.size(), "recorded again, it is kept");
    }
  }

  @Nested
  class Lock {
    @Test
    void anUnlockThatFails_isTold_andThePassphraseCanBeTypedAgain() {
      Fakes.Keys keys = new Fakes.Keys("correct horse", List.of(new Person(1, "", true)));
      Fakes.World w = new Fakes.World(Preferences.DEFAULTS, List.of(), keys);
      keys.fault = GONE;
      w.view.typed.add("correct horse");
      w.digit(1);
      assertEquals("locked", w.screen());
      heardItFailed(w);
      keys.fault = null;
      w.view.typed.add("correct horse");
      w.digit(1);
      assertEquals("home", w.screen());
    }
  }

  @Nested
  class CheckIn {
    @Test
    void aBeforeWhoseLastTimeCannotBeRead_startsAndAsksEverything() {
      Fakes.World w = new Fakes.World();
      w.records.fault = GONE;
      w.press("History"); // fails; Home reads last time again, failing
      w.digit(2);
      assertEquals("home", w.screen());
      w.press("Before");
      assertEquals("prompt:pain_level", w.screen(), "the Before starts as on a first night");
    }
  }
}
