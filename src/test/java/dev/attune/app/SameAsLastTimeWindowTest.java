package dev.attune.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.attune.ui.kit.ScreenModel;
import java.awt.event.KeyEvent;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How Attune learns a couple, in the real window with keys only: a first Before, then the next
 * Before through "same as last time", which asks only what changes from day to day and the private
 * round, to its summary and back Home.
 */
@Tag("gui")
class SameAsLastTimeWindowTest {
  @TempDir Path dataDir;

  @Test
  void aCouplesSecondBefore_sameAsLastTime_reachesTheSummaryAndHome() throws Exception {
    App app = App.start(dataDir, Arguments.Mode.DIRECT);
    try {
      WindowDriver window = new WindowDriver(app);
      window.focusWindow();
      assertEquals("setup", window.pressAndWaitForChange(KeyEvent.VK_1).name());
      ScreenModel first = answerToTheSummary(window, window.pressAndWaitForChange(KeyEvent.VK_3));
      assertTrue(first.text().contains("You both said yes to slow kissing"), first.text());
      assertEquals("home", window.pressAndWaitForChange(KeyEvent.VK_2).name());

      assertEquals("who", window.pressAndWaitForChange(KeyEvent.VK_1).name());
      ScreenModel same = window.pressAndWaitForChange(KeyEvent.VK_1); // both of us
      assertEquals("same", same.name());
      List<String> asked = new ArrayList<>();
      ScreenModel second =
          answerToTheSummary(window, window.pressAndWaitForChange(KeyEvent.VK_1), asked);
      assertTrue(asked.contains("prompt:pain_level"), "today's pain is asked: " + asked);
      assertFalse(asked.contains("prompt:no_touch"), "kept from last time: " + asked);
      assertTrue(second.text().contains("If anything hurts, say"), second.text());
      assertTrue(second.text().contains("You both said yes to slow kissing"), second.text());
      assertEquals("home", window.pressAndWaitForChange(KeyEvent.VK_2).name());
    } finally {
      app.close();
    }
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dataDir.resolve("attune.db"));
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT deck, outcome FROM checkin ORDER BY started_at")) {
      List<String> rows = new ArrayList<>();
      while (rs.next()) {
        rows.add(rs.getString(1) + "|" + rs.getString(2));
      }
      assertEquals(List.of("before|COMPLETED", "before|COMPLETED"), rows);
    }
  }

  private static ScreenModel answerToTheSummary(WindowDriver window, ScreenModel screen) {
    return answerToTheSummary(window, screen, new ArrayList<>());
  }

  /**
   * Answers every screen up to the summary: Enter at a handoff, yes in the private round, the first
   * answer then Done where several are allowed, and otherwise the second answer.
   */
  private static ScreenModel answerToTheSummary(
      WindowDriver window, ScreenModel screen, List<String> asked) {
    while (!screen.name().equals("summary")) {
      if (screen.name().equals("handoff")) {
        screen = window.pressAndWaitForChange(KeyEvent.VK_ENTER);
        continue;
      }
      assertTrue(screen.name().startsWith("prompt:"), "expected a prompt, not " + screen);
      asked.add(screen.name());
      String prompt = screen.name().substring("prompt:".length());
      int key = KeyEvent.VK_2;
      if (prompt.startsWith("want_")) {
        key = KeyEvent.VK_1;
      } else if (window.deck("before").prompt(prompt).orElseThrow().multi()) {
        window.pressAndWaitForChange(KeyEvent.VK_1);
        key = KeyEvent.VK_1 + indexOf(window.model(), "Done");
      }
      screen = window.pressAndWaitForChange(key);
    }
    return screen;
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
