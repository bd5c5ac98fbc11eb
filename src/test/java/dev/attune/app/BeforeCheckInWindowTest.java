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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real app in a real window, a whole Before check-in done with keys only. */
@Tag("gui")
class BeforeCheckInWindowTest {
  @TempDir Path dataDir;

  @Test
  void beforeCheckIn_withKeysOnly_savesEveryAnswer() throws Exception {
    // Like every test, this one fails if Attune touches the network (dev.attune.NoNetwork).
    App app = App.start(dataDir, Arguments.Mode.DIRECT);
    Set<String> answered = new LinkedHashSet<>(List.of("pain_level"));
    try {
      WindowDriver window = new WindowDriver(app);
      window.focusWindow();
      assertEquals("home", window.model().name());

      assertEquals("setup", window.pressAndWaitForChange(KeyEvent.VK_1).name());
      ScreenModel screen = window.pressAndWaitForChange(KeyEvent.VK_1); // just me, with pain
      assertEquals("prompt:pain_level", screen.name());

      // Mild pain, then Backspace undoes it, then Mild again.
      assertEquals("prompt:pain_where", window.pressAndWaitForChange(KeyEvent.VK_2).name());
      assertEquals(
          "prompt:pain_level", window.pressAndWaitForChange(KeyEvent.VK_BACK_SPACE).name());
      screen = window.pressAndWaitForChange(KeyEvent.VK_2);

      while (screen.name().startsWith("prompt:")) {
        answered.add(screen.name().substring("prompt:".length()));
        if (screen.buttons().size() <= 9 && isMulti(window, screen)) {
          ScreenModel toggled = window.pressAndWaitForChange(KeyEvent.VK_1);
          assertTrue(toggled.buttons().get(0).selected(), "option 1 is chosen");
          int done = indexOf(toggled, "Done");
          assertTrue(done >= 0, "Skip became Done once something was chosen");
          screen = window.pressAndWaitForChange(KeyEvent.VK_1 + done);
        } else {
          screen = window.pressAndWaitForChange(KeyEvent.VK_2);
        }
      }
      assertEquals("summary", screen.name());
      assertTrue(screen.text().contains("Your pain is mild"), screen.text());
    } finally {
      app.close();
    }
    assertLogsHoldNothingSaid();
    assertEverythingIsOwnerOnly();

    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dataDir.resolve("attune.db"));
        Statement s = c.createStatement()) {
      assertEquals(List.of("before|COMPLETED"), rows(s, "SELECT deck, outcome FROM checkin"));
      List<String> prompts = rows(s, "SELECT DISTINCT prompt_id FROM answer ORDER BY rowid");
      assertEquals(List.copyOf(answered), prompts, "every prompt answered, in order, none lost");
      assertEquals(
          List.of("mild"), rows(s, "SELECT option_id FROM answer WHERE prompt_id = 'pain_level'"));
      assertEquals(
          List.of(),
          rows(s, "SELECT prompt_id FROM answer WHERE person_id <> 0 AND prompt_id LIKE 'want_%'"),
          "no individual private answer is kept");
    }
  }

  /** A multi-select prompt says Skip until something is chosen, then Done. */
  private static boolean isMulti(WindowDriver window, ScreenModel screen) {
    String id = screen.name().substring("prompt:".length());
    return window.deck("before").prompt(id).orElseThrow().multi();
  }

  /** The data folder and every file in it can be read by their owner only. */
  private void assertEverythingIsOwnerOnly() throws Exception {
    List<String> open = new ArrayList<>();
    try (var files = java.nio.file.Files.list(dataDir)) {
      for (Path f : files.toList()) {
        String perms =
            java.nio.file.attribute.PosixFilePermissions.toString(
                java.nio.file.Files.getPosixFilePermissions(f));
        String expected = java.nio.file.Files.isDirectory(f) ? "rwx------" : "rw-------";
        if (!perms.equals(expected)) {
          open.add(f.getFileName() + " " + perms);
        }
      }
    }
    assertEquals(List.of(), open);
  }

  /** The log is written, and holds no question and no option anyone could have chosen. */
  private void assertLogsHoldNothingSaid() throws Exception {
    StringBuilder logs = new StringBuilder();
    try (var files = java.nio.file.Files.list(dataDir)) {
      for (Path log : files.filter(f -> f.getFileName().toString().endsWith(".log")).toList()) {
        logs.append(java.nio.file.Files.readString(log));
      }
    }
    assertTrue(logs.toString().contains("Attune is open"), "the log is written: " + logs);
    dev.attune.deck.Deck before = new dev.attune.deck.DeckLoader().bundled("before");
    for (dev.attune.deck.Prompt prompt : before.prompts()) {
      assertFalse(logs.toString().contains(prompt.text()), "a question in the log: " + prompt.id());
      for (dev.attune.deck.Option option : prompt.options()) {
        if (option.label().length() > 4) {
          assertFalse(
              logs.toString().contains(option.label()), "an answer in the log: " + option.label());
        }
      }
    }
  }

  private static int indexOf(ScreenModel screen, String label) {
    for (int i = 0; i < screen.buttons().size(); i++) {
      if (screen.buttons().get(i).label().equals(label)) {
        return i;
      }
    }
    return -1;
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
