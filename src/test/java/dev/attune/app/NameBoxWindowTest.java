package dev.attune.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.attune.store.Database;
import dev.attune.store.SqlitePeople;
import java.awt.KeyboardFocusManager;
import java.awt.Robot;
import java.awt.event.KeyEvent;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import javax.swing.text.JTextComponent;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The key that chooses a person in Names opens the box to type their name; it must not also be
 * typed into it. The press goes to the window, and the character it makes can reach the box that
 * the press has just opened. Chosen by the key 1 many times, with real keys in a real window.
 */
@Tag("gui")
class NameBoxWindowTest {
  static final int TRIES = 20;

  @TempDir Path dataDir;

  @Test
  void theKeyThatChoosesAPerson_isNeverTypedIntoTheNameBox() throws Exception {
    try (Database db = Database.open(dataDir)) {
      SqlitePeople people = new SqlitePeople(db, Clock.systemDefaultZone());
      people.add("", true);
      people.add("", false);
    }
    App app = App.start(dataDir, Arguments.Mode.DIRECT);
    List<String> boxes = new ArrayList<>();
    try {
      WindowDriver window = new WindowDriver(app);
      window.focusWindow();
      assertEquals("settings", window.pressAndWaitForChange(KeyEvent.VK_5).name());
      window.pressAndWaitForChange(KeyEvent.VK_7); // More settings: Names is on the next page
      assertEquals("names", window.pressAndWaitForChange(KeyEvent.VK_4).name());
      assertEquals("Partner one: no name", window.model().buttons().get(0).label());

      Robot robot = new Robot();
      robot.setAutoWaitForIdle(false);
      for (int i = 0; i < TRIES; i++) {
        window.press(KeyEvent.VK_1); // Partner one: the box opens
        WindowDriver.waitUntil(
            "the box to type in has the keyboard", () -> WindowDriver.onEdt(() -> box() != null));
        // A letter typed now comes after anything the 1 made: once the box holds it, the box holds
        // all it was ever given.
        robot.keyPress(KeyEvent.VK_A);
        robot.keyRelease(KeyEvent.VK_A);
        WindowDriver.waitUntil(
            "the box holds the a",
            () -> WindowDriver.onEdt(() -> box() != null && box().getText().contains("a")));
        boxes.add(WindowDriver.onEdt(() -> box().getText()));
        robot.keyPress(KeyEvent.VK_ESCAPE); // cancel: the name stays as it was
        robot.keyRelease(KeyEvent.VK_ESCAPE);
        assertEquals("names", window.awaitReady().name());
      }
      assertEquals("Partner one: no name", window.model().buttons().get(0).label());
    } finally {
      app.close();
    }
    assertEquals(
        java.util.Collections.nCopies(TRIES, "a"),
        boxes,
        "what each box held when the a came: the 1 that opened it never lands there");
  }

  /** The box that has the keyboard, or null. */
  private static JTextComponent box() {
    return KeyboardFocusManager.getCurrentKeyboardFocusManager().getFocusOwner()
            instanceof JTextComponent field
        ? field
        : null;
  }
}
