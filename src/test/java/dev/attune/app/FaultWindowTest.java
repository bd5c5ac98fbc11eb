package dev.attune.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.attune.ui.kit.ScreenModel;
import java.awt.event.KeyEvent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import javax.swing.SwingUtilities;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A fault on the Event Dispatch Thread that no screen caught, in the real window: the person is
 * told and offered Home, and keys go on working. The log says where, never the fault's words.
 */
@Tag("gui")
class FaultWindowTest {
  @TempDir Path dataDir;

  @Test
  void aFaultOnTheEventThread_offersHome_andKeysGoOnWorking() throws Exception {
    App app = App.start(dataDir, Arguments.Mode.DIRECT);
    try {
      WindowDriver window = new WindowDriver(app);
      window.focusWindow();
      assertEquals("setup", window.pressAndWaitForChange(KeyEvent.VK_1).name());
      SwingUtilities.invokeLater(
          () -> {
            throw new IllegalStateException("a fault that quotes someone: red means stop");
          });
      WindowDriver.waitUntil("the failure is shown", () -> window.model().name().equals("failed"));
      ScreenModel failed = window.awaitReady();
      assertTrue(failed.text().startsWith("Something went wrong inside Attune"), failed.text());
      assertEquals("Home", failed.buttons().get(0).label());
      assertEquals("home", window.pressAndWaitForChange(KeyEvent.VK_1).name());
      assertEquals("setup", window.pressAndWaitForChange(KeyEvent.VK_1).name());
    } finally {
      app.close();
    }
    StringBuilder logs = new StringBuilder();
    try (Stream<Path> files = Files.list(dataDir)) {
      for (Path log : files.filter(f -> f.toString().endsWith(".log")).toList()) {
        logs.append(Files.readString(log));
      }
    }
    assertTrue(
        logs.toString().contains("a screen failed: java.lang.IllegalStateException"),
        logs::toString);
    assertFalse(
        logs.toString().contains("red means stop"), "the fault's words stay out of the log");
  }
}
