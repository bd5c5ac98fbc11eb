package dev.attune.ui.nav;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.attune.session.Person;
import dev.attune.ui.kit.Command;
import dev.attune.ui.kit.Theme;
import dev.attune.ui.settings.Preferences;
import java.awt.Color;
import java.awt.Component;
import java.awt.Container;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javax.swing.JToggleButton;
import javax.swing.SwingUtilities;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The live window, as a screen reader and a tired eye meet it: every focusable control has a name,
 * and every option's text stands out from its background by at least 7:1.
 */
@Tag("gui")
class MainWindowTest {
  private MainWindow window;

  @AfterEach
  void close() throws Exception {
    MainWindow open = window;
    window = null;
    if (open != null) {
      SwingUtilities.invokeAndWait(() -> open.frame().dispose());
    }
  }

  /** Opens the real window on a controller with fake sound and storage, on the EDT. */
  private Controller open(Preferences preferences) throws Exception {
    Controller[] controller = new Controller[1];
    SwingUtilities.invokeAndWait(
        () -> {
          Theme.install();
          window = new MainWindow();
          Fakes.World world = new Fakes.World(preferences, List.of(new Person(1, "", true)));
          controller[0] = new Controller(window, world.services);
          window.open(controller[0], List.of(), () -> {});
        });
    return controller[0];
  }

  private void onEdt(Runnable work) throws Exception {
    SwingUtilities.invokeAndWait(work);
  }

  /** Home, a prompt, a multi-select with a choice, the board and settings. */
  private void everyKindOfScreen(Controller c, Consumer<String> check) throws Exception {
    onEdt(() -> check.accept("home"));
    onEdt(() -> c.command(Command.CHOOSE, 1));
    onEdt(() -> check.accept("pain_level"));
    onEdt(() -> c.command(Command.CHOOSE, 2));
    onEdt(() -> c.command(Command.CHOOSE, 1));
    onEdt(() -> check.accept("pain_where with a choice"));
    onEdt(() -> c.command(Command.PAUSE_BOARD, 0));
    onEdt(() -> check.accept("board"));
    onEdt(() -> c.command(Command.BACK, 0));
    onEdt(() -> c.home());
    onEdt(() -> c.command(Command.CHOOSE, 5));
    onEdt(() -> check.accept("settings"));
    onEdt(() -> c.failed(new IllegalStateException("a fault")));
    onEdt(() -> check.accept("failed"));
  }

  @Test
  void everyFocusableComponent_hasAnAccessibleName() throws Exception {
    Controller c = open(Preferences.DEFAULTS);
    List<String> missing = new ArrayList<>();
    everyKindOfScreen(
        c,
        screen -> {
          for (Component component : reachable()) {
            {
              String name = component.getAccessibleContext().getAccessibleName();
              if (name == null || name.isBlank()) {
                missing.add(
                    screen
                        + ": "
                        + component.getClass().getSimpleName()
                        + " "
                        + component.getName());
              }
            }
          }
        });
    assertEquals(List.of(), missing);
  }

  @Test
  void optionButtons_sayWhatTheyAre_andCarryTheQuestion() throws Exception {
    Controller c = open(Preferences.DEFAULTS);
    onEdt(() -> c.command(Command.CHOOSE, 1));
    onEdt(
        () -> {
          JToggleButton first = options().get(0);
          assertEquals("No pain", first.getAccessibleContext().getAccessibleName());
          String description = first.getAccessibleContext().getAccessibleDescription();
          assertTrue(description.startsWith("How is your pain today?"), description);
          assertTrue(description.contains("Press 1"), description);
          assertEquals(
              javax.accessibility.AccessibleRole.TOGGLE_BUTTON,
              first.getAccessibleContext().getAccessibleRole());
        });
  }

  @Test
  void optionText_isAtLeast36pt_withAContrastOfAtLeast7to1() throws Exception {
    for (boolean dim : new boolean[] {false, true}) {
      Controller c = open(Preferences.DEFAULTS.withDim(dim));
      List<String> problems = new ArrayList<>();
      everyKindOfScreen(
          c,
          screen -> {
            for (JToggleButton button : options()) {
              double ratio = contrast(button.getForeground(), button.getBackground());
              if (ratio < 7.0) {
                problems.add(
                    String.format(
                        "%s%s '%s': contrast %.2f",
                        dim ? "dim " : "", screen, button.getText(), ratio));
              }
              if (button.getFont().getSize2D() < 36f) {
                problems.add(
                    screen
                        + " '"
                        + button.getText()
                        + "': "
                        + button.getFont().getSize2D()
                        + " pt");
              }
            }
          });
      assertEquals(List.of(), problems);
      close();
    }
  }

  @Test
  void contrastFormula_matchesWcag() {
    assertEquals(21.0, contrast(Color.BLACK, Color.WHITE), 0.01);
    assertEquals(1.0, contrast(Color.GRAY, Color.GRAY), 0.01);
    assertEquals(4.54, contrast(new Color(0x767676), Color.WHITE), 0.01);
  }

  /** Everything Tab can reach, plus whatever holds the keyboard now. */
  private List<Component> reachable() {
    java.awt.FocusTraversalPolicy policy = window.frame().getFocusTraversalPolicy();
    List<Component> cycle = new ArrayList<>();
    Component first = policy.getFirstComponent(window.frame());
    for (Component c = first; c != null && !cycle.contains(c); ) {
      cycle.add(c);
      c = policy.getComponentAfter(window.frame(), c);
    }
    Component owner = window.frame().getFocusOwner();
    if (owner != null && !cycle.contains(owner)) {
      cycle.add(owner);
    }
    // Every button is in the Tab cycle (a one-button screen too, whoever holds the keyboard).
    List<JToggleButton> buttons = options();
    assertTrue(
        !buttons.isEmpty() && cycle.containsAll(buttons),
        "the buttons are reachable by Tab: " + cycle);
    return cycle;
  }

  private List<JToggleButton> options() {
    List<JToggleButton> buttons = new ArrayList<>();
    for (Component c : all(window.frame())) {
      if (c instanceof JToggleButton && c.isShowing()) {
        buttons.add((JToggleButton) c);
      }
    }
    return buttons;
  }

  private static List<Component> all(Container root) {
    List<Component> found = new ArrayList<>();
    for (Component c : root.getComponents()) {
      found.add(c);
      if (c instanceof Container) {
        found.addAll(all((Container) c));
      }
    }
    return found;
  }

  /** WCAG 2 contrast ratio between two colours. */
  static double contrast(Color a, Color b) {
    double la = luminance(a);
    double lb = luminance(b);
    return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
  }

  private static double luminance(Color c) {
    return 0.2126 * channel(c.getRed())
        + 0.7152 * channel(c.getGreen())
        + 0.0722 * channel(c.getBlue());
  }

  private static double channel(int value) {
    double v = value / 255.0;
    return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
  }
}
