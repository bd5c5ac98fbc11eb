package dev.attune.ui.kit;

import java.awt.KeyEventDispatcher;
import java.awt.KeyboardFocusManager;
import java.awt.Window;
import java.awt.event.KeyEvent;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.util.HashSet;
import java.util.Set;
import javax.swing.SwingUtilities;

/**
 * A key held down answers once. The system repeats a held key many times a second; for an unsteady
 * hand resting on a key, or a busy moment, that would answer several questions at once. Repeated
 * presses of a key that has not been released are dropped. Event Dispatch Thread only.
 */
public final class HeldKeyFilter implements KeyEventDispatcher {
  private final Window window;
  private final Set<Integer> down = new HashSet<>();

  private HeldKeyFilter(Window window) {
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
    if (ours && e.getID() == KeyEvent.KEY_PRESSED && !down.add(e.getKeyCode())) {
      e.consume();
      return true;
    }
    return false;
  }
}
