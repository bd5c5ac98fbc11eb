package dev.attune.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.AWTException;
import java.awt.Robot;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.awaitility.core.ConditionTimeoutException;

/**
 * A real Attune in a child process ({@link ChildMain}), driven with real keys, and what it last
 * said about itself. Each key is pressed only when the child says its window is ready for it, and
 * counts as pressed only when the child says it arrived.
 */
final class ChildAttune {
  private final Process process;
  private final Robot robot;
  private final List<String> states = new ArrayList<>();
  private final StringBuilder output = new StringBuilder();

  private ChildAttune(Process process, Robot robot) {
    this.process = process;
    this.robot = robot;
    Thread reader = new Thread(this::read, "attune-child-output");
    reader.setDaemon(true);
    reader.start();
  }

  /**
   * Starts Attune on {@code dataDir} and waits until it is up and ready for a key.
   *
   * @param home the child's home folder (its {@code HOME} and {@code user.home}), or {@code null}
   *     for this one's: a home with an {@code .asoundrc} sends what it plays to a file
   * @param trackSpeech the child also says whether it is speaking ({@code speaking=BOOL})
   */
  static ChildAttune launch(Path dataDir, Path home, boolean trackSpeech) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    // The tests' network guard, as Surefire gives it to this JVM (pom.xml).
    for (String property :
        List.of("java.nio.channels.spi.SelectorProvider", "jdk.net.hosts.file")) {
      command.add("-D" + property + "=" + System.getProperty(property));
    }
    if (home != null) {
      command.add("-Duser.home=" + home);
    }
    command.add("--add-exports");
    command.add("java.base/sun.nio.ch=ALL-UNNAMED");
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(ChildMain.class.getName());
    command.add(dataDir.toString());
    if (trackSpeech) {
      command.add(ChildMain.TRACK_SPEECH);
    }
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    if (home != null) {
      builder.environment().put("HOME", home.toString());
    }
    ChildAttune child = new ChildAttune(builder.start(), robot());
    child.await("the child Attune is up and ready", () -> child.field("ready").equals("true"));
    return child;
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

  synchronized String said() {
    return "states " + states + "; output:\n" + output;
  }

  /** One field of the child's last state line, or "" when it has not said it. */
  String field(String name) {
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

  /** Waits until the child has said everything it had to say (needs {@code trackSpeech}). */
  void awaitQuiet() {
    await("the child has finished speaking", () -> field("speaking").equals("false"));
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

  /** SIGKILL: no shutdown hooks, no closing. Checks first that it touched no network. */
  void kill() throws InterruptedException {
    assertEquals("0", field("network"), "the child Attune touched no network: " + said());
    process.destroyForcibly();
    assertTrue(process.waitFor(20, TimeUnit.SECONDS), "the child died");
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
