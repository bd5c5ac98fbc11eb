package dev.attune.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.attune.speech.SilentSpeaker;
import dev.attune.speech.Speech;
import java.awt.Frame;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * Start is all or nothing: each start step is failed in turn, and everything opened before it is
 * closed again, so the next start opens as if the failed one had never been.
 */
@Tag("gui")
class AppStartTest {
  @TempDir Path dataDir;

  static final java.util.List<String> STEPS = App.STEPS;

  /** A fault in a start step, as a bug or a failing device would throw it. */
  static final class StepFailed extends RuntimeException {
    private static final long serialVersionUID = 1L;

    StepFailed(String step) {
      super("the " + step + " step failed on purpose");
    }
  }

  /** A speaker that says nothing and knows whether it was closed. */
  static final class Watched implements dev.attune.speech.Speaker {
    final AtomicBoolean closed = new AtomicBoolean();

    @Override
    public java.util.concurrent.CompletableFuture<Boolean> say(dev.attune.speech.Utterance said) {
      return java.util.concurrent.CompletableFuture.completedFuture(false);
    }

    @Override
    public void stop() {}

    @Override
    public boolean audible() {
      return false;
    }

    @Override
    public void close() {
      closed.set(true);
    }
  }

  private static boolean storageThreadAlive() {
    return Thread.getAllStackTraces().keySet().stream()
        .anyMatch(t -> t.getName().equals("attune-store") && t.isAlive());
  }

  private static boolean aWindowIsShowing() {
    return Arrays.stream(Frame.getFrames()).anyMatch(Frame::isDisplayable);
  }

  @ParameterizedTest
  @FieldSource("STEPS")
  void aFailedStep_closesWhatWasOpened_andTheNextStartOpens(String failing) throws Exception {
    Thread.UncaughtExceptionHandler handlerBefore = Thread.getDefaultUncaughtExceptionHandler();
    Watched speaker = new Watched();
    App.Parts parts =
        new App.Parts(
                () -> new Speech.Opened(speaker, Optional.empty()),
                Clock.systemDefaultZone(),
                new dev.attune.ui.kit.SwingDelay())
            .withSteps(
                step -> {
                  if (step.equals(failing)) {
                    throw new StepFailed(step);
                  }
                });
    StepFailed thrown =
        assertThrows(StepFailed.class, () -> App.start(dataDir, Arguments.Mode.DIRECT, parts));
    assertEquals("the " + failing + " step failed on purpose", thrown.getMessage());

    assertEquals(!failing.equals("voice"), speaker.closed.get(), "the voice is closed");
    Awaitility.await("the storage thread ends").until(() -> !storageThreadAlive());
    assertFalse(aWindowIsShowing(), "no window is left");
    assertFalse(App.isRunning());
    assertSame(handlerBefore, Thread.getDefaultUncaughtExceptionHandler());

    // The lock and the database were let go: the next start opens, not "already open".
    App again = App.start(dataDir, Arguments.Mode.DIRECT, App.Parts.REAL.withSpeech(Silent::open));
    try {
      assertTrue(App.isRunning());
      assertTrue(aWindowIsShowing());
    } finally {
      again.close();
    }
  }

  @Test
  void aFaultInStart_isOneClearLine_notAStackTrace() {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream errors = new PrintStream(err, true, StandardCharsets.UTF_8);
    int code =
        Main.start(
            dataDir,
            null,
            App.Parts.REAL
                .withSpeech(Silent::open)
                .withSteps(
                    step -> {
                      if (step.equals("window")) {
                        throw new StepFailed(step);
                      }
                    }),
            errors);
    String said = err.toString(StandardCharsets.UTF_8);
    assertEquals(Main.FAILED, code);
    assertEquals(1, said.lines().count(), said);
    assertTrue(said.startsWith("attune: Attune could not start"), said);
    assertTrue(said.contains(dataDir.toAbsolutePath().toString()), "names where the log is");
    assertFalse(said.contains("on purpose"), "the fault's own words are for the log, not people");
    assertFalse(aWindowIsShowing());
  }

  /** Opens no sound device: these tests are about what start opens and closes. */
  static final class Silent {
    private Silent() {}

    static Speech.Opened open() {
      return new Speech.Opened(new SilentSpeaker(), Optional.empty());
    }
  }
}
