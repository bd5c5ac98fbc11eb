package dev.attune.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.attune.speech.Speech;
import java.awt.event.KeyEvent;
import java.nio.file.Path;
import javax.swing.JFrame;
import javax.swing.SwingUtilities;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The arrow keys, pressed for real: Down and Right move to the next option, Up and Left to the one
 * before, on Home and on a question, and the option reached is spoken.
 */
@Tag("gui")
class ArrowKeysWindowTest {
  @TempDir Path dataDir;

  private TrackedSpeaker voice;

  @Test
  void arrowsMoveTheFocus_andSayTheOptionReached() throws Exception {
    App app =
        App.start(
            dataDir,
            Arguments.Mode.DIRECT,
            App.Parts.REAL.withSpeech(
                () -> {
                  Speech.Opened real = Speech.open();
                  voice = new TrackedSpeaker(real.speaker());
                  return new Speech.Opened(voice, real.notice());
                }));
    try {
      WindowDriver window = new WindowDriver(app);
      window.focusWindow();
      window.awaitShown();
      assertEquals("option-1", focused(app), "Home opens on its first option");

      arrow(window, KeyEvent.VK_DOWN, app, "option-2", "During");
      arrow(window, KeyEvent.VK_RIGHT, app, "option-3", "After");
      arrow(window, KeyEvent.VK_UP, app, "option-2", "During");
      arrow(window, KeyEvent.VK_LEFT, app, "option-1", "Before");

      window.pressAndWaitForChange(KeyEvent.VK_ENTER); // Before, on the focused option
      window.pressAndWaitForChange(KeyEvent.VK_1); // just me, with pain
      String first = window.model().buttons().get(0).label();
      String second = window.model().buttons().get(1).label();
      arrow(window, KeyEvent.VK_DOWN, app, "option-2", second);
      arrow(window, KeyEvent.VK_LEFT, app, "option-1", first);
    } finally {
      app.close();
    }
  }

  private void arrow(WindowDriver window, int key, App app, String button, String said) {
    window.press(key);
    WindowDriver.waitUntil(
        "the focus on " + button + ", saying " + said,
        () ->
            focused(app).equals(button)
                && !voice.heard.isEmpty()
                && voice.heard.get(voice.heard.size() - 1).equals(said));
  }

  private static String focused(App app) {
    return WindowDriver.onEdt(
        () -> {
          JFrame frame = app.window().frame();
          java.awt.Component owner =
              java.awt.KeyboardFocusManager.getCurrentKeyboardFocusManager().getFocusOwner();
          return owner != null && SwingUtilities.getWindowAncestor(owner) == frame
              ? String.valueOf(owner.getName())
              : "";
        });
  }
}
