package dev.attune.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Robot;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real Attune process, killed with SIGKILL at several points of a check-in: every answer given
 * before the kill is in the database, and the next start offers to carry on.
 */
@Tag("gui")
class CrashWindowTest {
  @TempDir Path dataDir;

  private final Robot robot = robot();

  @Test
  void killedMidCheckIn_losesNothing_andTheNextStartOffersToCarryOn() throws Exception {
    Process attune = launch();
    press(KeyEvent.VK_1); // Before
    press(KeyEvent.VK_1); // just me, with pelvic pain
    press(KeyEvent.VK_2); // pain: mild
    waitForAnswers(List.of("pain_level=mild"));
    kill(attune);

    attune = launch();
    press(KeyEvent.VK_1); // carry on
    press(KeyEvent.VK_1); // where: the first region, one of several
    waitForAnswers(List.of("pain_level=mild", "pain_where=vulva_opening"));
    kill(attune);

    attune = launch();
    press(KeyEvent.VK_1); // carry on: the region is still chosen
    press(KeyEvent.VK_2); // and a second one
    waitForAnswers(List.of("pain_level=mild", "pain_where=inside", "pain_where=vulva_opening"));
    kill(attune);

    assertEquals(
        List.of("before|unfinished"),
        rows("SELECT deck, coalesce(outcome, 'unfinished') FROM checkin"));

    App app = App.start(dataDir, Arguments.Mode.DIRECT);
    try {
      assertEquals("resume", WindowDriver.onEdt(() -> app.controller().model().name()));
    } finally {
      app.close();
    }
  }

  private Process launch() throws Exception {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add("dev.attune.app.Main");
    command.add("--data-dir");
    command.add(dataDir.toString());
    command.add("--mode");
    command.add("direct");
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    ByteArrayOutputStream output = new ByteArrayOutputStream();
    Thread reader = new Thread(() -> copy(process.getInputStream(), output), "attune-child-output");
    reader.setDaemon(true);
    reader.start();
    WindowDriver.waitUntil(
        "the child Attune is open: " + output,
        () -> output.toString(StandardCharsets.UTF_8).contains("Attune is open"));
    // No window manager: click the window's top edge (not a button) so it has the keyboard.
    robot.mouseMove(640, 12);
    robot.mousePress(InputEvent.BUTTON1_DOWN_MASK);
    robot.mouseRelease(InputEvent.BUTTON1_DOWN_MASK);
    robot.waitForIdle();
    return process;
  }

  private void press(int key) {
    robot.keyPress(key);
    robot.keyRelease(key);
    robot.waitForIdle();
  }

  private static void kill(Process process) throws InterruptedException {
    process.destroyForcibly(); // SIGKILL: no shutdown hooks, no closing
    assertTrue(process.waitFor(20, TimeUnit.SECONDS), "the child died");
  }

  private void waitForAnswers(List<String> expected) {
    WindowDriver.waitUntil(
        "the answers " + expected + " are in the database",
        () -> {
          try {
            return rows("SELECT prompt_id || '=' || option_id FROM answer ORDER BY prompt_id, option_id")
                .equals(expected);
          } catch (Exception e) {
            return false; // not created yet
          }
        });
  }

  private List<String> rows(String sql) throws Exception {
    Path db = dataDir.resolve("attune.db");
    if (!Files.exists(db)) {
      throw new IOException("no database yet");
    }
    List<String> rows = new ArrayList<>();
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
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

  private static void copy(InputStream in, ByteArrayOutputStream out) {
    byte[] buffer = new byte[4096];
    try {
      for (int n; (n = in.read(buffer)) > 0; ) {
        synchronized (out) {
          out.write(buffer, 0, n);
        }
      }
    } catch (IOException e) {
      // The child was killed: its output simply ends.
    }
  }

  private static Robot robot() {
    try {
      Robot robot = new Robot();
      robot.setAutoWaitForIdle(false);
      return robot;
    } catch (java.awt.AWTException e) {
      throw new AssertionError("no display for the robot", e);
    }
  }
}
