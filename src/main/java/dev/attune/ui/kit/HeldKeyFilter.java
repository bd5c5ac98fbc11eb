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
   * A press this long after the first press of a key, with no release seen and no repeat yet, is a
   * new press: a release can be lost (Swing drops key events queued behind a focus request on a
   * button that is then removed). Systems start repeating a held key within a second at their
   * slowest common setting.
   */
  static final long FIRST_REPEAT_MILLIS = 1500;

  /** Once a key repeats, it repeats many times a second: a longer gap means it was let go. */
  static final long REPEAT_GAP_MILLIS = 500;

  /** A key down: when it was last pressed or repeated, and whether it has repeated. */
  private record Held(long at, boolean repeating) {}

  private final Map<Integer, Held> down = new HashMap<>();

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
      Held last = down.get(e.getKeyCode());
      long gap = last == null ? Long.MAX_VALUE : e.getWhen() - last.at();
      boolean repeat =
          last != null && gap < (last.repeating() ? REPEAT_GAP_MILLIS : FIRST_REPEAT_MILLIS);
      down.put(e.getKeyCode(), new Held(e.getWhen(), repeat));
      if (repeat) {
        e.consume();
        return true;
      }
    }
    return false;
  }
}
