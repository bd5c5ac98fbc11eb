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
 * Two people, one device, keys only: handoffs curtain the screen, each answers in turn, the private
 * round tells only what both said yes to, and the pause board is one key away.
 */
@Tag("gui")
class TwoPersonWindowTest {
  @TempDir Path dataDir;

  @Test
  void twoPersonBefore_withKeysOnly() throws Exception {
    App app = App.start(dataDir, Arguments.Mode.DIRECT);
    List<String> curtainedScreens = new ArrayList<>();
    ScreenModel screen;
    try {
      WindowDriver window = new WindowDriver(app);
      window.focusWindow();
      assertEquals("setup", window.pressAndWaitForChange(KeyEvent.VK_1).name());
      screen = window.pressAndWaitForChange(KeyEvent.VK_3); // two of us, one with pain
      assertEquals("handoff", screen.name());

      // The pause board opens from the middle of a check-in and returns to it.
      assertEquals("board", window.pressAndWaitForChange(KeyEvent.VK_P).name());
      ScreenModel said = window.pressAndWaitForChange(KeyEvent.VK_2); // "Slower"
      assertTrue(said.text().startsWith("Said: Slower"), said.text());
      assertEquals("handoff", window.pressAndWaitForChange(KeyEvent.VK_BACK_SPACE).name());

      while (!screen.name().equals("summary")) {
        if (screen.curtained()) {
          curtainedScreens.add(screen.text());
          assertTrue(window.curtained(), "the window is black during a handoff");
          screen = window.pressAndWaitForChange(KeyEvent.VK_ENTER);
          continue;
        }
        assertTrue(screen.name().startsWith("prompt:"), "expected a prompt, not " + screen);
        String prompt = screen.name().substring("prompt:".length());
        // Private round: partner one says yes to everything, partner two yes then no.
        int key = KeyEvent.VK_2;
        if (prompt.startsWith("want_")) {
          assertTrue(window.curtained(), "the window is black while " + prompt + " is answered");
          assertTrue(
              screen.buttons().stream().noneMatch(ScreenModel.Button::selected),
              "no private answer is shown as chosen");
          boolean partnerTwo = screen.title().contains("Partner two");
          key = partnerTwo && !prompt.equals("want_slow_kissing") ? KeyEvent.VK_3 : KeyEvent.VK_1;
        } else if (isMulti(window, prompt)) {
          window.pressAndWaitForChange(KeyEvent.VK_1);
          key = KeyEvent.VK_1 + indexOf(window.model(), "Done");
        }
        screen = window.pressAndWaitForChange(key);
      }
      assertFalse(window.curtained(), "the summary is shown, not curtained");
      String summary = screen.text();
      assertTrue(summary.contains("Partner one's pain is"), summary);
      assertTrue(summary.contains("Partner two"), summary);
      assertTrue(summary.contains("You both said yes to slow kissing."), summary);
      assertFalse(summary.contains("massage"), "a no is never told: " + summary);
      assertTrue(summary.contains("If anything hurts, say"), summary);
      assertTrue(
          curtainedScreens.stream().anyMatch(t -> t.startsWith("Please pass to Partner two")),
          curtainedScreens::toString);
    } finally {
      app.close();
    }

    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dataDir.resolve("attune.db"));
        Statement s = c.createStatement()) {
      assertEquals(List.of("1|1", "2|0"), rows(s, "SELECT id, has_pelvic_pain FROM person"));
      assertEquals(
          List.of("0", "1", "2"), rows(s, "SELECT DISTINCT person_id FROM answer ORDER BY 1"));
      assertEquals(
          List.of(
              "0|want_massage|no_match",
              "0|want_mutual_touch|no_match",
              "0|want_shower|no_match",
              "0|want_slow_kissing|both_yes",
              "0|want_toys_over_clothes|no_match"),
          rows(
              s,
              "SELECT person_id, prompt_id, option_id FROM answer"
                  + " WHERE prompt_id LIKE 'want_%' OR option_id IN ('yes', 'maybe', 'no')"
                  + " ORDER BY prompt_id"),
          "of the private round only what it came to is kept, as the couple's");
      assertEquals(List.of("slower"), rows(s, "SELECT signal_id FROM signal"));
      assertEquals(
          rows(s, "SELECT night_id FROM checkin"),
          rows(s, "SELECT night_id FROM signal"),
          "the signal belongs to the same night as the check-in");
    }
  }

  private static boolean isMulti(WindowDriver window, String prompt) {
    return window.deck("before").prompt(prompt).orElseThrow().multi();
  }

  private static int indexOf(ScreenModel screen, String label) {
    for (int i = 0; i < screen.buttons().size(); i++) {
      if (screen.buttons().get(i).label().equals(label)) {
        return i;
      }
    }
    throw new AssertionError("no " + label + " on " + screen);
  }

  private static List<String> rows(Statement s, String sql) throws Exception {
    List<String> rows = new ArrayList<>();
    try (ResultSet rs = s.executeQuery(sql)) {
      int columns = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        StringBuilder row = new StringBuilder();
        for (int i = 1; i <= columns; i++) {
          row.append(i > 1 ? "|" : "").append(rs.getString(i));
        }
        rows.add(row.toString());
      }
    }
    return rows;
  }
}
