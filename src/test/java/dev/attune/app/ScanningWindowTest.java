package dev.attune.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.attune.session.Person;
import dev.attune.store.Database;
import dev.attune.store.SqliteJournal;
import dev.attune.ui.Controller;
import dev.attune.ui.ScreenModel;
import java.awt.event.KeyEvent;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A single switch: the whole After check-in, breathing included, with nothing but Space. Each press
 * waits until scanning has reached the wanted option, as a switch user listens for it.
 */
@Tag("gui")
class ScanningWindowTest {
  @TempDir Path dataDir;

  @Test
  void afterCheckIn_withSpaceOnly() throws Exception {
    try (Database db = Database.open(dataDir)) {
      SqliteJournal journal = new SqliteJournal(db);
      journal.setting("scan.pace", "1000");
      journal.person(new Person(1, "", true), Instant.now());
    }
    App app = App.start(dataDir, Arguments.Mode.SCANNING);
    Controller controller = app.controller();
    try {
      WindowDriver window = new WindowDriver(app);
      window.focusWindowWithoutClicking();
      ScreenModel screen = space(window, controller, 2); // Home: After
      int presses = 1;
      while (!screen.name().equals("summary")) {
        if (screen.name().equals("exercise")) {
          screen = space(window, controller, -1); // one button: nothing to scan, Space ends it
        } else if (window.deck("after").prompt(promptId(screen)).orElseThrow().multi()) {
          space(window, controller, 0);
          screen = space(window, controller, indexOf(window.model(), "Done"));
          presses++;
        } else {
          screen = space(window, controller, 0);
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
   * Waits until scanning speaks option {@code target}, then presses Space. When the option went by
   * (a slow moment), scanning pauses after its rounds, and Space starts it again, as a switch user
   * would.
   */
  private static ScreenModel space(WindowDriver window, Controller controller, int target) {
    ScreenModel before = window.model();
    for (int tries = 0; ; tries++) {
      WindowDriver.waitUntil(
          "scanning reaches option " + (target + 1) + " on " + before.name(),
          () ->
              WindowDriver.onEdt(
                  () ->
                      (controller.scanned() == target || controller.scanPaused())
                          && controller.ready()));
      if (!WindowDriver.onEdt(controller::scanPaused) || target < 0 || tries > 3) {
        break;
      }
      window.press(KeyEvent.VK_SPACE); // hear the options again
    }
    window.press(KeyEvent.VK_SPACE);
    WindowDriver.waitUntil(
        "Space is taken on " + before.name(), () -> !window.model().equals(before));
    return window.model();
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
