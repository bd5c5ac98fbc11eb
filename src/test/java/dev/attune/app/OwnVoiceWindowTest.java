package dev.attune.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.attune.ui.kit.ScreenModel;
import java.awt.Component;
import java.awt.Container;
import java.awt.event.KeyEvent;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.swing.JLabel;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Settings, Your own voice, in the real window with the real Java Sound microphone: on a machine
 * with no capture device (CI's), pressing Record says and shows that there is no microphone, and
 * nothing is written.
 */
@Tag("gui")
class OwnVoiceWindowTest {
  @TempDir Path dataDir;

  @Test
  void recordWithoutAMicrophone_saysAndShowsWhy() throws Exception {
    App app = App.start(dataDir, Arguments.Mode.DIRECT);
    try {
      WindowDriver window = new WindowDriver(app);
      window.focusWindow();
      assertEquals("settings", window.pressAndWaitForChange(KeyEvent.VK_5).name());
      window.pressAndWaitForChange(KeyEvent.VK_7); // more settings
      window.pressAndWaitForChange(KeyEvent.VK_7); // the third page
      assertEquals("own-voice", window.pressAndWaitForChange(KeyEvent.VK_2).name());
      assertEquals("own-voice:before", window.pressAndWaitForChange(KeyEvent.VK_1).name());
      ScreenModel question = window.pressAndWaitForChange(KeyEvent.VK_1);
      assertTrue(question.name().startsWith("record:before."), question.name());
      assertEquals("Record", question.buttons().get(0).label());

      window.press(KeyEvent.VK_1);
      WindowDriver.waitUntil(
          "the screen says there is no microphone",
          () -> window.model().text().contains("No microphone was found"));
      String shown = WindowDriver.onEdt(() -> noticeText(app.window().frame()));
      assertTrue(shown.startsWith("No microphone was found"), shown);
      assertTrue(shown.contains("Plug one in"), shown);
      assertEquals("Record", window.model().buttons().get(0).label(), "ready to try again");
      assertTrue(
          Files.notExists(dataDir.resolve("voices").resolve("calm")), "no recording was written");
    } finally {
      app.close();
    }
  }

  private static String noticeText(Container root) {
    for (Component c : root.getComponents()) {
      if (c instanceof JLabel label && "notice".equals(label.getName()) && label.isShowing()) {
        // Its words as a screen reader reads them (on screen they are wrapped in HTML).
        return label.getAccessibleContext().getAccessibleName();
      }
      if (c instanceof Container child) {
        String found = noticeText(child);
        if (!found.isEmpty()) {
          return found;
        }
      }
    }
    return "";
  }
}
