package dev.attune.app;

import static org.awaitility.Awaitility.await;

import dev.attune.deck.Deck;
import dev.attune.deck.DeckException;
import dev.attune.deck.DeckLoader;
import dev.attune.ui.kit.ScreenModel;
import dev.attune.ui.nav.Controller;
import java.awt.AWTException;
import java.awt.Robot;
import java.lang.reflect.InvocationTargetException;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import javax.swing.JFrame;
import javax.swing.SwingUtilities;
import org.awaitility.core.ConditionFactory;

/**
 * Drives a real Attune window as a person would: real key presses through the display server (XTest
 * under Xvfb), never by calling the app directly. No key is pressed blind: each waits until the
 * window has the keyboard, shows the screen the app is on, and would take a press (in scanning
 * mode, not within the pause after a choice, by the app's own clock). After each press it waits
 * until the key has reached the app. Waits are on conditions (Awaitility), never on time.
 */
final class WindowDriver {
  static final Duration TIMEOUT = Duration.ofSeconds(30);

  private final App app;
  private final Robot robot;

  WindowDriver(App app) throws AWTException {
    this.app = app;
    this.robot = new Robot();
    // Press and release back to back: a late release would make the key repeat.
    robot.setAutoWaitForIdle(false);
  }

  /** A wait that fails after {@link #TIMEOUT}, polling often: the steps of a test are short. */
  static ConditionFactory waiting(String what) {
    return await(what)
        .atMost(TIMEOUT)
        .pollDelay(Duration.ZERO)
        .pollInterval(Duration.ofMillis(5))
        .pollInSameThread();
  }

  /**
   * Waits until the window is up and has the keyboard. Attune asks for it when it opens, so keys
   * reach it without a click (a click in scanning mode would be a switch press).
   */
  void focusWindow() {
    JFrame frame = onEdt(app::window).frame();
    waiting("the window is showing").until(() -> onEdt(frame::isShowing));
    waiting("the window has the keyboard").until(() -> onEdt(frame::isFocused));
  }

  Deck deck(String name) {
    try {
      return new DeckLoader().bundled(name);
    } catch (DeckException e) {
      throw new AssertionError(e.getMessage(), e);
    }
  }

  Controller controller() {
    return app.controller();
  }

  /**
   * Waits until a press would be taken: the window has the keyboard and shows the app's current
   * screen, and a press now is not within the pause after a choice (scanning mode, by the app's
   * clock; a test that moves that clock need not wait for it).
   *
   * @return that screen
   */
  ScreenModel awaitReady() {
    waiting("the window is ready for a key").until(() -> shown() && onEdt(controller()::ready));
    return model();
  }

  /** Waits until the window has the keyboard and draws the screen the app is on. */
  ScreenModel awaitShown() {
    waiting("the window shows the app's screen").until(this::shown);
    return model();
  }

  private boolean shown() {
    return onEdt(
        () -> {
          JFrame frame = app.window().frame();
          return frame.isFocused()
              && ("screen:" + app.controller().model().name())
                  .equals(frame.getRootPane().getName());
        });
  }

  /** Presses and releases a key once the window is ready, and waits until the app has it. */
  void press(int keyCode) {
    awaitReady();
    long before = onEdt(app.controller()::inputs);
    robot.keyPress(keyCode);
    robot.keyRelease(keyCode);
    waiting("key " + keyCode + " reaches Attune")
        .until(() -> onEdt(app.controller()::inputs) > before);
  }

  /**
   * Types into the box Attune opened to ask for text (lower-case letters and spaces), once it has
   * the keyboard, then presses Enter.
   */
  void type(String text) {
    waiting("the box to type in has the keyboard")
        .until(
            () ->
                onEdt(
                    () ->
                        java.awt.KeyboardFocusManager.getCurrentKeyboardFocusManager()
                                .getFocusOwner()
                            instanceof javax.swing.text.JTextComponent));
    for (char c : text.toCharArray()) {
      int code = java.awt.event.KeyEvent.getExtendedKeyCodeForChar(c);
      robot.keyPress(code);
      robot.keyRelease(code);
    }
    waiting("the box holds what was typed")
        .until(
            () ->
                onEdt(
                    () ->
                        ((javax.swing.text.JTextComponent)
                                    java.awt.KeyboardFocusManager.getCurrentKeyboardFocusManager()
                                        .getFocusOwner())
                                .getDocument()
                                .getLength()
                            == text.length()));
    robot.keyPress(java.awt.event.KeyEvent.VK_ENTER);
    robot.keyRelease(java.awt.event.KeyEvent.VK_ENTER);
  }

  boolean curtained() {
    return onEdt(() -> app.window().curtained());
  }

  ScreenModel model() {
    return onEdt(() -> app.controller().model());
  }

  /**
   * Presses a key and waits until the screen shows something else. A wait screen (nothing to press,
   * shown while the store reads, for as long as that takes on a busy machine) is passed over: the
   * change is to the screen that comes after it.
   */
  ScreenModel pressAndWaitForChange(int keyCode) {
    ScreenModel before = awaitReady();
    press(keyCode);
    waiting("the screen changes after key " + keyCode + " on " + before.name())
        .until(
            () -> {
              ScreenModel now = model();
              return !now.equals(before) && !now.name().equals("wait");
            });
    return awaitShown();
  }

  /** Waits until {@code condition} holds, checked on the test's thread. */
  static void waitUntil(String what, Callable<Boolean> condition) {
    waiting(what).until(condition);
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
