package dev.attune.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.AWTException;
import java.awt.Robot;
import java.awt.event.KeyEvent;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real Attune process, killed with SIGKILL at several points of a check-in: every answer given
 * before the kill is in the database, and the next start offers to carry on. Each key is pressed
 * only when the child says its window is ready for it ({@link ChildMain}), and counts as pressed
 * only when the child says it arrived.
 */
@Tag("gui")
class CrashWindowTest {
  @TempDir Path dataDir;

  private final Robot robot = robot();

  @Test
  void killedMidCheckIn_losesNothing_andTheNextStartOffersToCarryOn() throws Exception {
    Child attune = launch();
    attune.press(KeyEvent.VK_1, "setup"); // Before
    attune.press(KeyEvent.VK_1, "prompt:pain_level"); // just me, with pelvic pain
    attune.press(KeyEvent.VK_2, "prompt:pain_where"); // pain: mild
    waitForAnswers(List.of("pain_level=mild"));
    attune.kill();

    attune = launch();
    attune.awaitScreen("resume");
    attune.press(KeyEvent.VK_1, "prompt:pain_where"); // carry on
    attune.press(KeyEvent.VK_1, "prompt:pain_where"); // where: the first region, one of several
    waitForAnswers(List.of("pain_level=mild", "pain_where=vulva_opening"));
    attune.kill();

    attune = launch();
    attune.awaitScreen("resume");
    attune.press(KeyEvent.VK_1, "prompt:pain_where"); // carry on: the region is still chosen
    attune.press(KeyEvent.VK_2, "prompt:pain_where"); // and a second one
    waitForAnswers(List.of("pain_level=mild", "pain_where=inside", "pain_where=vulva_opening"));
    attune.kill();

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

  /** A child Attune, and what it last said about itself. */
  private final class Child {
    private final Process process;
    private final List<String> states = new ArrayList<>();
    private final StringBuilder output = new StringBuilder();

    Child(Process process) {
      this.process = process;
      Thread reader = new Thread(this::read, "attune-child-output");
      reader.setDaemon(true);
      reader.start();
    }

    private void read() {
      try (BufferedReader in =
          new BufferedReader(
              new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
        for (String line; (line = in.readLine()) != null; ) {
          synchronized (this) {
            if (line.startsWith(ChildMain.PREFIX)) {
              states.add(line.substring(ChildMain.PREFIX.length()));
            } else {
              output.append(line).append('\n');
            }
          }
        }
      } catch (IOException e) {
        // The child was killed: its output simply ends.
      }
    }

    private synchronized String state() {
      return states.isEmpty() ? "" : states.get(states.size() - 1);
    }

    private synchronized String said() {
      return "states " + states + "; output:\n" + output;
    }

    private String field(String name) {
      for (String part : state().split(" ")) {
        if (part.startsWith(name + "=")) {
          return part.substring(name.length() + 1);
        }
      }
      return "";
    }

    /** Waits until {@code condition}; on time-out, says what the child said. */
    void await(String what, Callable<Boolean> condition) {
      try {
        WindowDriver.waitUntil(what, condition);
      } catch (ConditionTimeoutException e) {
        throw new AssertionError("timed out waiting until " + what + "; " + said(), e);
      }
    }

    void awaitScreen(String screen) {
      await(
          "the child shows " + screen + " and is ready",
          () -> field("screen").equals(screen) && field("ready").equals("true"));
    }

    /** Presses a key once the child is ready, waits until it arrived, then for {@code next}. */
    void press(int key, String next) {
      await("the child is ready for a key", () -> field("ready").equals("true"));
      long before = Long.parseLong(field("inputs"));
      robot.keyPress(key);
      robot.keyRelease(key);
      await("key " + key + " reaches the child", () -> Long.parseLong(field("inputs")) > before);
      awaitScreen(next);
    }

    void kill() throws InterruptedException {
      assertEquals("0", field("network"), "the child Attune touched no network: " + said());
      process.destroyForcibly(); // SIGKILL: no shutdown hooks, no closing
      assertTrue(process.waitFor(20, TimeUnit.SECONDS), "the child died");
    }
  }

  private Child launch() throws Exception {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    // The tests' network guard, as Surefire gives it to this JVM (pom.xml).
    for (String property :
        List.of("java.nio.channels.spi.SelectorProvider", "jdk.net.hosts.file")) {
      command.add("-D" + property + "=" + System.getProperty(property));
    }
    command.add("--add-exports");
    command.add("java.base/sun.nio.ch=ALL-UNNAMED");
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(ChildMain.class.getName());
    command.add(dataDir.toString());
    Child child = new Child(new ProcessBuilder(command).redirectErrorStream(true).start());
    child.await("the child Attune is up and ready", () -> child.field("ready").equals("true"));
    return child;
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

  private static Robot robot() {
    try {
      Robot robot = new Robot();
      robot.setAutoWaitForIdle(false);
      return robot;
    } catch (AWTException e) {
      throw new AssertionError("no display for the robot", e);
    }
  }
}
