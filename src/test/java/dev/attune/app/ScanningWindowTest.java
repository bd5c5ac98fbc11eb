package dev.attune.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.attune.session.Person;
import dev.attune.speech.Speech;
import dev.attune.store.Database;
import dev.attune.store.SqliteJournal;
import dev.attune.ui.kit.ScreenModel;
import dev.attune.ui.nav.Controller;
import dev.attune.ui.settings.Preferences;
import java.awt.event.KeyEvent;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A single switch: the whole After check-in, breathing included, with nothing but Space. Scanning
 * steps when the test says (a stepped pace), so each press lands on the option a switch user would
 * wait for, and the pause after each choice passes by the app's own clock.
 */
@Tag("gui")
class ScanningWindowTest {
  @TempDir Path dataDir;

  private final TestClock clock = new TestClock();
  private final SteppedPace pace = new SteppedPace();

  @Test
  void afterCheckIn_withSpaceOnly() throws Exception {
    try (Database db = Database.open(dataDir)) {
      SqliteJournal journal = new SqliteJournal(db);
      journal.person(new Person(1, "", true), Instant.now());
    }
    App app = App.start(dataDir, Arguments.Mode.SCANNING, new App.Parts(Speech::open, clock, pace));
    try {
      WindowDriver window = new WindowDriver(app);
      window.focusWindow();
      ScreenModel screen = space(window, 2); // Home: After
      int presses = 1;
      while (!screen.name().equals("summary")) {
        if (screen.name().equals("exercise")) {
          screen = space(window, -1); // one button: nothing to scan, Space ends it
        } else if (window.deck("after").prompt(promptId(screen)).orElseThrow().multi()) {
          space(window, 0);
          screen = space(window, indexOf(window.model(), "Done"));
          presses++;
        } else {
          screen = space(window, 0);
        }
        presses++;
      }
      assertTrue(presses >= 8, "a whole check-in: " + presses + " presses");
      assertTrue(screen.text().contains("Right now, your body is calm."), screen.text());
    } finally {
      app.close();
    }
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dataDir.resolve("attune.db"));
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT deck, outcome FROM checkin")) {
      assertTrue(rs.next());
      assertEquals("after", rs.getString(1));
      assertEquals("COMPLETED", rs.getString(2));
    }
  }

  /**
   * Lets scanning step until it has spoken option {@code target} (or, for -1, a one-button screen
   * that is not scanned), then presses Space once the pause after the last choice has passed.
   *
   * @return the screen after the press
   */
  private ScreenModel space(WindowDriver window, int target) {
    Controller controller = window.controller();
    ScreenModel before = window.model();
    while (target >= 0) {
      WindowDriver.waitUntil(
          "scanning speaks an option of " + before.name(),
          () -> WindowDriver.onEdt(() -> controller.scanned() >= 0 && pace.pending()));
      if (WindowDriver.onEdt(controller::scanned) == target) {
        break;
      }
      pace.step();
    }
    clock.advance(Duration.ofMillis(Preferences.DEBOUNCE_MILLIS));
    return window.pressAndWaitForChange(KeyEvent.VK_SPACE);
  }

  private static String promptId(ScreenModel screen) {
    return screen.name().substring("prompt:".length());
  }

  private static int indexOf(ScreenModel screen, String label) {
    for (int i = 0; i < screen.buttons().size(); i++) {
      if (screen.buttons().get(i).label().equals(label)) {
        return i;
      }
    }
    throw new AssertionError("no " + label + " on " + screen);
  }
}
