package dev.attune.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.attune.speech.Speech;
import dev.attune.ui.kit.ScreenModel;
import dev.attune.ui.nav.Controller;
import dev.attune.ui.settings.Preferences;
import dev.attune.ui.settings.Switching;
import java.awt.Robot;
import java.awt.event.KeyEvent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every screen by one switch, Space and nothing else, in a real window: setup, Home, a couple's
 * Before with its private round, the pause board (Stop at once, a long press for Pause), an After
 * with its breathing, names and a passphrase typed on the scanning keyboard, the switch settings,
 * back to direct mode, the lock, the follow-up, History with a delete and its confirmation, and
 * restore. The scan moves when the test ends its wait (a stepped pace) and presses are timed by the
 * app's clock, so it takes seconds, not the minutes a person would spend. The database is read
 * after each start.
 */
@Tag("gui")
class SwitchWindowTest {
  @TempDir Path dataDir;

  private final TestClock clock = new TestClock();
  private final SteppedPace pace = new SteppedPace();

  /** The presses made, and the labels each chose, for a failure message. */
  private final List<String> chosen = new ArrayList<>();

  /** Every screen a press was made on; a private answer as "private". */
  private final java.util.Set<String> visited = new java.util.HashSet<>();

  private App start() throws Exception {
    return App.start(dataDir, Arguments.Mode.SCANNING, new App.Parts(Speech::open, clock, pace));
  }

  @Test
  void everyScreen_withOneSwitch() throws Exception {
    App app = start();
    try {
      Switch one = new Switch(new WindowDriver(app));
      one.choose("Before");
      assertEquals("setup", one.screen());
      one.choose("Two of us, one with pelvic pain");
      one.checkIn("summary");
      one.choose("Home");

      one.choose("During");
      assertTrue(
          one.scannedLabel().startsWith("Red"), "Stop is live at once: " + one.scannedLabel());
      one.pressNow(); // Red, at once
      one.hold(Switching.HOLD_MILLIS); // anywhere: Pause
      one.choose("Close the board");
      assertEquals("home", one.screen());

      assertTrue(visited.contains("private"), "the private round, by switch: " + visited);
      assertTrue(visited.contains("handoff"), "the handoff between partners: " + visited);

      one.choose("After");
      one.checkIn("summary");
      assertTrue(visited.contains("exercise"), "the breathing, by switch: " + visited);
      one.choose("Home");

      one.choose("Settings");
      one.choose("Names");
      one.choose("Partner one");
      one.type("jo");
      one.choose("Back");
      one.choose("Switch and scanning");
      one.choose("Scan pace");
      one.choose("Back to settings");
      one.choose("Home");
    } finally {
      app.close();
    }
    try (Database db = new Database(dataDir)) {
      assertEquals(
          List.of("after COMPLETED", "before COMPLETED"),
          db.rows("SELECT deck || ' ' || outcome FROM checkin ORDER BY deck"));
      assertEquals(List.of("pause", "red"), db.rows("SELECT signal_id FROM signal ORDER BY 1"));
      assertEquals(List.of("jo"), db.rows("SELECT name FROM person WHERE name <> ''"));
      assertEquals(List.of("2000"), db.rows("SELECT value FROM setting WHERE key = 'scan.pace'"));
    }

    app = start();
    try {
      Switch one = new Switch(new WindowDriver(app));
      one.choose("Settings");
      one.choose("Passphrase");
      one.choose("Choose a passphrase");
      one.type("ab");
      one.type("ab");
      one.waitFor("settings");
      one.choose("Mode: scanning");
      assertEquals("settings", one.screen());
      assertTrue(one.scannedLabel().isEmpty(), "direct mode: nothing scanned");
    } finally {
      app.close();
    }
    try (Database db = new Database(dataDir)) {
      assertEquals(List.of("direct"), db.rows("SELECT value FROM setting WHERE key = 'mode'"));
      assertEquals(List.of("1"), db.rows("SELECT count(*) FROM vault"));
    }

    clock.advance(Duration.ofHours(13)); // the next day: the follow-up is offered
    app = start();
    try {
      Switch one = new Switch(new WindowDriver(app));
      assertEquals("locked", one.screen());
      one.choose("Unlock");
      one.type("ab");
      one.waitFor("followup-offer");
      one.choose("Yes, let's");
      one.checkIn("summary");
      one.choose("Home");

      one.choose("History");
      List<String> nights;
      try (Database db = new Database(dataDir)) {
        nights = db.rows("SELECT count(*) FROM night");
      }
      WindowDriver.waitUntil(
          "History has read the evenings",
          () -> !one.window.model().text().startsWith("One moment"));
      one.choose(one.window.model().buttons().get(0).label()); // the newest evening
      assertEquals("confirm", one.screen());
      one.choose("Yes, delete");
      WindowDriver.waitUntil(
          "History has read the evenings again",
          () -> !one.window.model().text().startsWith("One moment"));
      try (Database db = new Database(dataDir)) {
        assertEquals(
            List.of(String.valueOf(Integer.parseInt(nights.get(0)) - 1)),
            db.rows("SELECT count(*) FROM night"),
            "one evening fewer");
      }

      one.choose("Home");
      one.choose("Settings");
      one.choose("Restore a backup");
      one.choose("The backup of");
      one.choose("Yes, restore it");
    } finally {
      app.close();
    }
    assertTrue(Files.exists(dataDir.resolve("restore.request")), "restore asked for: " + chosen);
  }

  /** Space as a single switch: waits for the scan to reach an option, then presses. */
  private final class Switch {
    private final WindowDriver window;
    private final Controller controller;
    private final Robot robot;

    Switch(WindowDriver window) throws Exception {
      this.window = window;
      this.controller = window.controller();
      this.robot = new Robot();
      robot.setAutoWaitForIdle(false);
      window.focusWindow();
    }

    String screen() {
      return window.model().name();
    }

    String scannedLabel() {
      return WindowDriver.onEdt(
          () -> {
            int at = controller.scanned();
            return at < 0 ? "" : controller.model().buttons().get(at).label();
          });
    }

    void waitFor(String screen) {
      WindowDriver.waitUntil("the screen " + screen, () -> screen().equals(screen));
    }

    /**
     * Lets the scan move until it speaks the option starting with {@code label} (on a screen of one
     * button, that one), then presses; returns once the screen has changed.
     */
    ScreenModel choose(String label) {
      ScreenModel shown = window.awaitShown();
      for (int page = 0;
          page < 4
              && shown.buttons().stream().noneMatch(b -> b.label().startsWith(label))
              && shown.buttons().stream().anyMatch(b -> b.label().equals("More settings"));
          page++) {
        shown = choose("More settings"); // on another page
      }
      for (int steps = 0; ; steps++) {
        WindowDriver.waitUntil(
            "the scan of " + screen() + " for " + label,
            () ->
                WindowDriver.onEdt(
                    () ->
                        controller.model().buttons().size() == 1
                            || controller.scanPaused()
                            || controller.scanned() >= 0 && pace.pending()));
        if (WindowDriver.onEdt(() -> controller.model().buttons().size() == 1)
            || scannedLabel().startsWith(label)) {
          break;
        }
        if (WindowDriver.onEdt(controller::scanPaused)) {
          press(); // scanning rested after its rounds: a press starts it again
          continue;
        }
        if (steps > 60) {
          throw new AssertionError("no " + label + " on " + window.model() + " after " + chosen);
        }
        pace.step();
      }
      chosen.add(screen() + ": " + label);
      return pressNow();
    }

    /** Presses now, on whatever is highlighted, and waits for the screen to change. */
    ScreenModel pressNow() {
      ScreenModel before = window.model();
      visited.add(before.privately() ? "private" : before.name());
      press();
      WindowDriver.waitUntil(
          "the screen changes after a press on " + before.name(),
          () -> {
            if (WindowDriver.onEdt(() -> controller.model().privately()) && pace.pending()) {
              pace.step(); // a private press is taken when the round has been read
            }
            return !window.model().equals(before);
          });
      return window.awaitShown();
    }

    /** One press of Space, once presses are taken again after the last choice. */
    private void press() {
      clock.advance(Duration.ofMillis(Preferences.DEBOUNCE_MILLIS));
      window.press(KeyEvent.VK_SPACE);
    }

    /** Holds Space for {@code millis} by the app's clock, and waits for the screen to change. */
    void hold(long millis) {
      clock.advance(Duration.ofMillis(Preferences.DEBOUNCE_MILLIS));
      ScreenModel before = window.awaitReady();
      long inputs = WindowDriver.onEdt(controller::inputs);
      robot.keyPress(KeyEvent.VK_SPACE);
      WindowDriver.waitUntil(
          "Space is down", () -> WindowDriver.onEdt(controller::inputs) > inputs);
      clock.advance(Duration.ofMillis(millis));
      robot.keyRelease(KeyEvent.VK_SPACE);
      WindowDriver.waitUntil("the hold was taken", () -> !window.model().equals(before));
    }

    /** Goes through a check-in to {@code end}: the first answer of each, Done after a toggle. */
    void checkIn(String end) {
      while (!screen().equals(end)) {
        ScreenModel now = window.model();
        if (now.name().equals("who")) {
          choose("Both of us");
        } else if (now.buttons().size() == 1 || now.privately()) {
          pressNow(); // a handoff, an exercise; a private answer, the first
        } else if (now.buttons().stream().anyMatch(b -> b.label().equals("Skip")) && isMulti(now)) {
          choose(now.buttons().get(0).label());
          choose("Done");
        } else {
          choose(now.buttons().get(0).label());
        }
      }
    }

    private boolean isMulti(ScreenModel prompt) {
      String id = prompt.name().substring("prompt:".length());
      for (String deck : List.of("before", "after", "followup")) {
        var found = window.deck(deck).prompt(id);
        if (found.isPresent()) {
          return found.get().multi();
        }
      }
      return false;
    }

    /** Types lower-case letters on the scanning keyboard, row then letter, then Done. */
    void type(String text) {
      waitFor("keyboard");
      for (char c : text.toCharArray()) {
        for (String row : List.of("abcdef", "ghijkl", "mnopqr", "stuvwx")) {
          if (row.indexOf(c) >= 0) {
            choose(row.charAt(0) + " to " + row.charAt(row.length() - 1));
          }
        }
        choose(String.valueOf(c));
      }
      choose("Done");
    }
  }

  /** The database, read with plain SQL: what a person's disk holds. */
  private static final class Database implements AutoCloseable {
    private final Connection connection;

    Database(Path dir) throws Exception {
      connection = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("attune.db"));
    }

    List<String> rows(String sql) throws Exception {
      List<String> rows = new ArrayList<>();
      try (Statement s = connection.createStatement();
          ResultSet rs = s.executeQuery(sql)) {
        while (rs.next()) {
          rows.add(rs.getString(1));
        }
      }
      return rows;
    }

    @Override
    public void close() throws java.sql.SQLException {
      connection.close();
    }
  }
}
