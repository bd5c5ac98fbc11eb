package dev.attune.ui.kit;

import java.awt.event.ActionEvent;
import java.awt.event.KeyEvent;
import javax.swing.AbstractAction;
import javax.swing.ActionMap;
import javax.swing.InputMap;
import javax.swing.JComponent;
import javax.swing.JRootPane;
import javax.swing.KeyStroke;

/** Binds every {@link Command}'s keys on the window, so they work whatever has focus. */
public final class KeyBindings {
  /** Where a key's command goes; {@code number} is the digit for {@link Command#CHOOSE}. */
  @FunctionalInterface
  public interface Target {
    void command(Command command, int number);
  }

  private KeyBindings() {}

  public static void install(JRootPane root, Target controller) {
    InputMap input = root.getInputMap(JComponent.WHEN_IN_FOCUSED_WINDOW);
    ActionMap actions = root.getActionMap();
    for (Command command : Command.values()) {
      if (command == Command.CHOOSE) {
        continue;
      }
      String name = "attune." + command.name();
      for (String key : command.keys()) {
        input.put(stroke(key), name);
      }
      actions.put(name, action(() -> controller.command(command, 0)));
    }
    for (String key : Command.CHOOSE.keys()) {
      int number = Integer.parseInt(key);
      String name = "attune.CHOOSE." + number;
      input.put(stroke(key), name);
      input.put(KeyStroke.getKeyStroke(KeyEvent.VK_NUMPAD0 + number, 0), name);
      actions.put(name, action(() -> controller.command(Command.CHOOSE, number)));
    }
  }

  static KeyStroke stroke(String key) {
    KeyStroke stroke = KeyStroke.getKeyStroke(key);
    if (stroke == null) {
      throw new IllegalArgumentException("Messages.properties names an unknown key: " + key);
    }
    return stroke;
  }

  private static AbstractAction action(Runnable run) {
    return new AbstractAction() {
      private static final long serialVersionUID = 1L;

      @Override
      public void actionPerformed(ActionEvent e) {
        run.run();
      }
    };
  }
}
