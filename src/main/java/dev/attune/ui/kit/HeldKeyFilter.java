package dev.attune.ui.kit;

import java.awt.KeyEventDispatcher;
import java.awt.KeyboardFocusManager;
import java.awt.Window;
import java.awt.event.KeyEvent;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.util.HashMap;
import java.util.Map;
import javax.swing.SwingUtilities;

/**
 * A key held down answers once. The system repeats a held key many times a second; for an unsteady
 * hand resting on a key, or a busy moment, that would answer several questions at once. Repeated
 * presses of a key that has not been released are dropped. Event Dispatch Thread only.
 */
public final class HeldKeyFilter implements KeyEventDispatcher {
  private final Window window;

  /**
   * A press more than this long after the key last pressed or repeated is a new press, even with no
   * release seen in between: a release can be lost (Swing drops key events queued behind a focus
   * request on a button that is then removed). Systems start repeating a held key within about a
   * second, two at the slowest accessibility settings, and then repeat many times a second.
   */
  static final long REPEAT_GAP_MILLIS = 3000;

  /** The keys down, each with when it was last pressed or repeated. */
  private final Map<Integer, Long> down = new HashMap<>();

  HeldKeyFilter(Window window) {
    this.window = window;
  }

  public static void install(Window window) {
    HeldKeyFilter filter = new HeldKeyFilter(window);
    KeyboardFocusManager manager = KeyboardFocusManager.getCurrentKeyboardFocusManager();
    manager.addKeyEventDispatcher(filter);
    window.addWindowListener(
        new WindowAdapter() {
          @Override
          public void windowDeactivated(WindowEvent e) {
            filter.down.clear();
          }

          @Override
          public void windowClosed(WindowEvent e) {
            manager.removeKeyEventDispatcher(filter);
          }
        });
  }

  @Override
  public boolean dispatchKeyEvent(KeyEvent e) {
    if (e.getID() == KeyEvent.KEY_RELEASED) {
      // Always: the release may go to a button that a screen change has just removed.
      down.remove(e.getKeyCode());
      return false;
    }
    boolean ours =
        e.getComponent() == window || SwingUtilities.getWindowAncestor(e.getComponent()) == window;
    if (ours && e.getID() == KeyEvent.KEY_PRESSED) {
      Long last = down.put(e.getKeyCode(), e.getWhen());
      if (last != null && e.getWhen() - last < REPEAT_GAP_MILLIS) {
        e.consume();
        return true;
      }
    }
    return false;
  }
}
