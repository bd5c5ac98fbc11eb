package dev.attune.app;

import static org.junit.jupiter.api.Assertions.fail;

import dev.attune.ui.ScreenModel;
import java.awt.AWTException;
import java.awt.Point;
import java.awt.Robot;
import java.awt.event.InputEvent;
import java.lang.reflect.InvocationTargetException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import javax.swing.JFrame;
import javax.swing.SwingUtilities;

/**
 * Drives a real Attune window as a person would: real key presses through the display server (XTest
 * under Xvfb), never by calling the app directly. Waits on conditions, never on time.
 */
final class WindowDriver {
  static final Duration TIMEOUT = Duration.ofSeconds(20);

  private final App app;
  private final Robot robot;

  WindowDriver(App app) throws AWTException {
    this.app = app;
    this.robot = new Robot();
    // Press and release back to back, then wait: a late release would make the key repeat.
    robot.setAutoWaitForIdle(false);
  }

  /**
   * Gives the window the keyboard without a click: in scanning mode a click anywhere is a switch
   * press. Without a window manager (Xvfb) the request is granted.
   */
  void focusWindowWithoutClicking() {
    JFrame frame = onEdt(app::window).frame();
    waitUntil("the window is showing", () -> onEdt(frame::isShowing));
    onEdt(
        () -> {
          frame.toFront();
          frame.requestFocus();
          return null;
        });
    waitUntil("the window has the keyboard", () -> onEdt(frame::isFocused));
  }

  /** There is no window manager under Xvfb: click the window so it gets the keyboard. */
  void focusWindow() {
    JFrame frame = onEdt(app::window).frame();
    waitUntil("the window is showing", () -> onEdt(frame::isShowing));
    Point at =
        onEdt(
            () -> {
              Point p = frame.getLocationOnScreen();
              // The title row: clicking there focuses the window without pressing a button.
              return new Point(p.x + frame.getWidth() / 2, p.y + 20);
            });
    robot.mouseMove(at.x, at.y);
    robot.mousePress(InputEvent.BUTTON1_DOWN_MASK);
    robot.mouseRelease(InputEvent.BUTTON1_DOWN_MASK);
    robot.waitForIdle();
    waitUntil("the window has the keyboard", () -> onEdt(frame::isFocused));
  }

  dev.attune.deck.Deck deck(String name) {
    try {
      return new dev.attune.deck.DeckLoader().bundled(name);
    } catch (dev.attune.deck.DeckException e) {
      throw new AssertionError(e.getMessage(), e);
    }
  }

  void press(int keyCode) {
    robot.keyPress(keyCode);
    robot.keyRelease(keyCode);
    robot.waitForIdle();
  }

  boolean curtained() {
    return onEdt(() -> app.window().curtained());
  }

  ScreenModel model() {
    return onEdt(() -> app.controller().model());
  }

  /** Presses a key and waits until the screen shows something else. */
  ScreenModel pressAndWaitForChange(int keyCode) {
    ScreenModel before = model();
    press(keyCode);
    waitUntil("the screen changes after key " + keyCode, () -> !model().equals(before));
    return model();
  }

  static void waitUntil(String what, BooleanSupplier condition) {
    long deadline = System.nanoTime() + TIMEOUT.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        fail("timed out waiting until " + what);
      }
      Thread.onSpinWait();
      try {
        // Yield the EDT its turn between polls; this paces the poll, it does not synchronise.
        SwingUtilities.invokeAndWait(() -> {});
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        fail("interrupted");
      } catch (InvocationTargetException e) {
        fail(e.getCause());
      }
    }
  }

  static <T> T onEdt(Supplier<T> work) {
    AtomicReference<T> result = new AtomicReference<>();
    try {
      SwingUtilities.invokeAndWait(() -> result.set(work.get()));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted", e);
    } catch (InvocationTargetException e) {
      throw new AssertionError(e.getCause());
    }
    return result.get();
  }
}
