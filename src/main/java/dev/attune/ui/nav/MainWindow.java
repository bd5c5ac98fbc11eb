package dev.attune.ui.nav;

import com.formdev.flatlaf.FlatClientProperties;
import com.formdev.flatlaf.FlatLaf;
import com.formdev.flatlaf.util.UIScale;
import dev.attune.ui.kit.CarriedKeyFilter;
import dev.attune.ui.kit.HeldKeyFilter;
import dev.attune.ui.kit.KeyBindings;
import dev.attune.ui.kit.Messages;
import dev.attune.ui.kit.ScreenModel;
import dev.attune.ui.kit.ScreenView;
import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Component;
import java.awt.Dimension;
import java.awt.GraphicsDevice;
import java.awt.GraphicsEnvironment;
import java.awt.GridLayout;
import java.awt.Rectangle;
import java.awt.event.FocusEvent;
import java.awt.event.FocusListener;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.util.ArrayList;
import java.util.List;
import javax.accessibility.AccessibleContext;
import javax.swing.BorderFactory;
import javax.swing.JComponent;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JTextArea;
import javax.swing.JToggleButton;
import javax.swing.KeyStroke;
import javax.swing.LayoutFocusTraversalPolicy;
import javax.swing.SwingUtilities;
import javax.swing.UIManager;
import javax.swing.WindowConstants;

/**
 * The one window: a title, the words in huge text, and big buttons that fill the rest. Draws any
 * {@link ScreenModel}; all behaviour lives in the presenters. Event Dispatch Thread only.
 */
public final class MainWindow implements ScreenView {
  private final JFrame frame = new JFrame(Messages.get("app.title"));
  private final JLabel title = styled(new JLabel(), "title");
  private final JLabel notice = styled(new JLabel(), "notice");
  private final JTextArea words = new JTextArea();
  private final JLabel picture = new JLabel();
  private final JPanel top = new JPanel();
  private final JPanel middle = new JPanel();
  private final JPanel grid = new JPanel();
  private final JPanel controls = new JPanel();
  private final JLabel caption = styled(new JLabel(), "caption");
  private final Curtain curtainPane = new Curtain();
  private final List<JToggleButton> buttons = new ArrayList<>();

  /**
   * Holds the keyboard while buttons are rebuilt. Without it a removed focused button leaves no
   * focus owner inside the root pane, and a key pressed in that moment reaches no binding.
   */
  private final JPanel anchor = new JPanel();

  private Controller controller;
  private boolean dimmed;

  /** The button scanning has reached, or -1. */
  private int highlighted = -1;

  public MainWindow() {
    words.setName("words");
    words.setEditable(false);
    words.setFocusable(false);
    words.setLineWrap(true);
    words.setWrapStyleWord(true);
    words.putClientProperty(FlatClientProperties.STYLE_CLASS, "prompt");
    words.setBorder(BorderFactory.createEmptyBorder(8, 0, 24, 0));
    title.setName("title");
    notice.setName("notice");
    caption.setName("caption");

    top.setLayout(new BorderLayout());
    top.add(title, BorderLayout.WEST);
    top.add(notice, BorderLayout.SOUTH);
    middle.setLayout(new BorderLayout());
    JPanel head = new JPanel(new BorderLayout());
    head.setOpaque(false);
    head.add(words, BorderLayout.NORTH);
    picture.setName("picture");
    picture.setVisible(false);
    picture.setHorizontalAlignment(JLabel.CENTER);
    head.add(picture, BorderLayout.CENTER);
    middle.add(head, BorderLayout.NORTH);
    middle.add(grid, BorderLayout.CENTER);
    controls.setBorder(BorderFactory.createEmptyBorder(16, 0, 0, 0));
    middle.add(controls, BorderLayout.SOUTH);
    JPanel root = anchor;
    root.setLayout(new BorderLayout(0, 12));
    root.setBorder(BorderFactory.createEmptyBorder(20, 28, 20, 28));
    root.add(top, BorderLayout.NORTH);
    root.add(middle, BorderLayout.CENTER);
    root.add(caption, BorderLayout.SOUTH);

    anchor.setFocusable(true);
    anchor.setName("anchor");
    anchor.getAccessibleContext().setAccessibleName(Messages.get("app.title"));
    frame.setContentPane(root);
    frame.setFocusTraversalPolicy(
        new LayoutFocusTraversalPolicy() {
          private static final long serialVersionUID = 1L;

          @Override
          protected boolean accept(Component c) {
            return c != anchor && super.accept(c);
          }
        });
    frame.setGlassPane(curtainPane);
    frame.setDefaultCloseOperation(WindowConstants.DISPOSE_ON_CLOSE);
    Rectangle screen = GraphicsEnvironment.getLocalGraphicsEnvironment().getMaximumWindowBounds();
    frame.setMinimumSize(new Dimension(Math.min(800, screen.width), Math.min(600, screen.height)));
    frame.setSize(new Dimension(Math.min(1200, screen.width), Math.min(860, screen.height)));
    frame.setLocationRelativeTo(null);
    frame.getAccessibleContext().setAccessibleDescription(Messages.get("home.hint"));
  }

  @Override
  public void dim(boolean on) {
    dimmed = on;
    for (JComponent c : List.of(title, caption, words, notice)) {
      String base = (String) c.getClientProperty(FlatClientProperties.STYLE_CLASS);
      String plain = base == null ? "" : base.replace(" dim", "");
      c.putClientProperty(FlatClientProperties.STYLE_CLASS, on ? plain + " dim" : plain);
    }
    Color background = on ? Color.BLACK : UIManager.getColor("Panel.background");
    for (JPanel panel : List.of(anchor, grid, controls, top, middle)) {
      panel.setBackground(background);
    }
    for (int i = 0; i < buttons.size(); i++) {
      buttons.get(i).putClientProperty(FlatClientProperties.STYLE_CLASS, style(i));
    }
    frame.repaint();
  }

  @Override
  public void picture(java.awt.Image image, String description) {
    picture.setIcon(new javax.swing.ImageIcon(image));
    picture.getAccessibleContext().setAccessibleName(description);
    picture.setVisible(true);
    frame.revalidate();
  }

  @Override
  public java.util.Optional<char[]> ask(String question, boolean secret) {
    javax.swing.JTextField field =
        secret ? new javax.swing.JPasswordField(24) : new javax.swing.JTextField(24);
    field.getAccessibleContext().setAccessibleName(question);
    // The key that asked (1 for "Partner one") must not also be typed into the box.
    CarriedKeyFilter.install(field);
    javax.swing.JOptionPane pane =
        new javax.swing.JOptionPane(
            new Object[] {new JLabel(question), field},
            javax.swing.JOptionPane.QUESTION_MESSAGE,
            javax.swing.JOptionPane.OK_CANCEL_OPTION);
    javax.swing.JDialog dialog = pane.createDialog(frame, Messages.get("app.title"));
    dialog.addWindowFocusListener(
        new java.awt.event.WindowAdapter() {
          @Override
          public void windowGainedFocus(java.awt.event.WindowEvent e) {
            field.requestFocusInWindow();
          }
        });
    field.addActionListener(e -> pane.setValue(javax.swing.JOptionPane.OK_OPTION));
    dialog.setVisible(true);
    dialog.dispose();
    // The keys go back to Attune at once, without a click.
    frame.toFront();
    frame.requestFocus();
    if (!Integer.valueOf(javax.swing.JOptionPane.OK_OPTION).equals(pane.getValue())) {
      return java.util.Optional.empty();
    }
    char[] typed =
        secret ? ((javax.swing.JPasswordField) field).getPassword() : field.getText().toCharArray();
    return java.util.Optional.of(typed);
  }

  @Override
  public void textScale(int percent) {
    if (UIScale.setZoomFactor(percent / 100f)) {
      FlatLaf.updateUI();
    }
  }

  /** Connects the keys and buttons to the controller and shows the window. */
  public void open(Controller controller, List<String> notices, Runnable onClosed) {
    open(controller, notices, null, onClosed);
  }

  /**
   * @param welcomed the welcome already being spoken, or {@code null}
   */
  public void open(
      Controller controller,
      List<String> notices,
      java.util.concurrent.CompletableFuture<Boolean> welcomed,
      Runnable onClosed) {
    this.controller = controller;
    KeyBindings.install(frame.getRootPane(), controller);
    HeldKeyFilter.install(frame);
    installSwitches(controller);
    frame.addWindowListener(
        new WindowAdapter() {
          @Override
          public void windowClosed(WindowEvent e) {
            onClosed.run();
          }
        });
    frame.setVisible(true);
    // Keys go to Attune at once, without a click, which nobody with eyes closed can aim: a window
    // manager may leave a new window unfocused, and without one nothing focuses it.
    frame.toFront();
    frame.requestFocus();
    controller.start(notices, welcomed);
  }

  public JFrame frame() {
    return frame;
  }

  /**
   * The switch of scanning mode: its keys, down and up (before the key bindings, which would take
   * Space and Enter as keys), and a pointer button anywhere in the window, buttons included.
   */
  private void installSwitches(Controller controller) {
    java.awt.KeyboardFocusManager keys =
        java.awt.KeyboardFocusManager.getCurrentKeyboardFocusManager();
    // The switch keys that are down, and which switch each is: let go, the same switch is let go,
    // even if the press changed the mode or the keys.
    java.util.Map<Integer, Integer> pressed = new java.util.HashMap<>();
    java.awt.KeyEventDispatcher switchKeys =
        e -> {
          if (e.getID() == java.awt.event.KeyEvent.KEY_RELEASED) {
            // Whatever has it: the release may go to a button that the press has just removed.
            Integer which = pressed.remove(e.getKeyCode());
            if (which == null) {
              return false;
            }
            controller.switchUp(which);
            e.consume();
            return true;
          }
          if (e.getID() == java.awt.event.KeyEvent.KEY_TYPED || !ours(e.getComponent())) {
            return false;
          }
          int which = controller.switchOf(KeyStroke.getKeyStroke(e.getKeyCode(), 0));
          if (which == 0 || e.getModifiersEx() != 0) {
            return false;
          }
          pressed.put(e.getKeyCode(), which);
          controller.switchDown(which);
          e.consume();
          return true;
        };
    keys.addKeyEventDispatcher(switchKeys);
    java.awt.event.AWTEventListener pointer =
        event -> {
          if (!(event instanceof MouseEvent e) || !ours(e.getComponent())) {
            return;
          }
          int button = e.getButton() == MouseEvent.BUTTON1 ? 1 : 2;
          if (e.getID() == MouseEvent.MOUSE_PRESSED) {
            controller.pointerDown(button);
          } else if (e.getID() == MouseEvent.MOUSE_RELEASED) {
            controller.pointerUp(button);
          }
        };
    java.awt.Toolkit.getDefaultToolkit()
        .addAWTEventListener(pointer, java.awt.AWTEvent.MOUSE_EVENT_MASK);
    frame.addWindowListener(
        new WindowAdapter() {
          @Override
          public void windowDeactivated(WindowEvent e) {
            // A release while another window has the keyboard never comes; losing the keyboard
            // is not letting go, so the press does nothing.
            pressed.clear();
            controller.switchesLost();
          }

          @Override
          public void windowClosed(WindowEvent e) {
            keys.removeKeyEventDispatcher(switchKeys);
            java.awt.Toolkit.getDefaultToolkit().removeAWTEventListener(pointer);
          }
        });
  }

  private boolean ours(Component c) {
    return c == frame || (c != null && SwingUtilities.getWindowAncestor(c) == frame);
  }

  @Override
  public void show(ScreenModel model) {
    title.setText(model.title());
    picture.setIcon(null);
    picture.setVisible(false);
    words.setText(model.text());
    words.getAccessibleContext().setAccessibleName(model.text());
    // A caption of several lines (the exports a delete leaves) is wrapped like the notice; a
    // one-line caption (progress, on every question) stays plain text, with no HTML to parse.
    caption.setText(model.caption().contains("\n") ? wrapped(model.caption()) : model.caption());
    caption.getAccessibleContext().setAccessibleName(model.caption());
    caption.setVisible(!model.caption().isEmpty());
    if (focused() >= 0) {
      anchor.requestFocusInWindow();
    }
    // A button's HTML label is parsed again on every change of style or parent (a few hundred KB
    // each time), so the old labels are dropped before their buttons leave the window, and each
    // new label is set once, after the button is styled and in place.
    for (JToggleButton old : buttons) {
      old.setText(null);
    }
    grid.removeAll();
    controls.removeAll();
    buttons.clear();
    highlighted = -1;
    int count = model.buttons().size();
    int answers = count - model.controls();
    grid.setLayout(new GridLayout(0, answers <= 3 ? 1 : answers <= 8 ? 2 : 3, 16, 16));
    controls.setLayout(new GridLayout(1, Math.max(1, model.controls()), 16, 16));
    for (int i = 0; i < count; i++) {
      JToggleButton button = button(model.buttons().get(i), i, model.text());
      buttons.add(button);
      (i < answers ? grid : controls).add(button);
      button.setText(html(model.buttons().get(i).label()));
    }
    controls.setVisible(model.controls() > 0);
    grid.revalidate();
    controls.revalidate();
    grid.repaint();
    controls.repaint();
    frame.getRootPane().setName("screen:" + model.name());
    anchor.getAccessibleContext().setAccessibleDescription(model.text());
  }

  @Override
  public void focus(int index) {
    if (index >= 0 && index < buttons.size()) {
      buttons.get(index).requestFocusInWindow();
    } else {
      anchor.requestFocusInWindow();
    }
  }

  @Override
  public void highlight(int index) {
    int before = highlighted;
    highlighted = index >= 0 && index < buttons.size() ? index : -1;
    for (int i : new int[] {before, highlighted}) {
      if (i >= 0 && i < buttons.size()) {
        buttons.get(i).putClientProperty(FlatClientProperties.STYLE_CLASS, style(i));
      }
    }
  }

  /** A button's style classes: dim in a dark room, and marked where scanning is. */
  private String style(int index) {
    return "option" + (dimmed ? " dim" : "") + (index == highlighted ? " scanned" : "");
  }

  @Override
  public int focused() {
    for (int i = 0; i < buttons.size(); i++) {
      if (buttons.get(i).isFocusOwner()) {
        return i;
      }
    }
    return -1;
  }

  @Override
  public void announce(String text) {
    AccessibleContext context = frame.getAccessibleContext();
    context.firePropertyChange(AccessibleContext.ACCESSIBLE_DESCRIPTION_PROPERTY, null, text);
  }

  @Override
  public void notice(String text) {
    // Wrapped, never cut off with "…": the whole notice is on screen, as it was said.
    notice.setText(text.isEmpty() ? "" : wrapped(text));
    notice.setVisible(!text.isEmpty());
    notice.getAccessibleContext().setAccessibleName(text);
  }

  @Override
  public void curtain(boolean on) {
    curtainPane.setVisible(on);
  }

  @Override
  public boolean curtained() {
    return curtainPane.isVisible();
  }

  @Override
  public void toggleFullScreen() {
    GraphicsDevice device = frame.getGraphicsConfiguration().getDevice();
    if (device.getFullScreenWindow() == frame) {
      device.setFullScreenWindow(null);
    } else if (device.isFullScreenSupported()) {
      device.setFullScreenWindow(frame);
    } else {
      frame.setExtendedState(frame.getExtendedState() ^ JFrame.MAXIMIZED_BOTH);
    }
  }

  /**
   * @param words the screen's question or text: a screen reader that lands on a button after a
   *     change reads it as the button's description, so the question is heard with the option
   */
  private JToggleButton button(ScreenModel.Button model, int index, String words) {
    JToggleButton button = new JToggleButton();
    button.setName("option-" + (index + 1));
    button.putClientProperty(FlatClientProperties.STYLE_CLASS, style(index));
    button.setSelected(model.selected());
    button.getAccessibleContext().setAccessibleName(model.label());
    button.getAccessibleContext().setAccessibleDescription(words + " " + model.description());
    button.setToolTipText(null);
    // Space and Enter belong to the window's bindings, which also serve scanning.
    button.getInputMap(JComponent.WHEN_FOCUSED).put(KeyStroke.getKeyStroke("SPACE"), "none");
    button
        .getInputMap(JComponent.WHEN_FOCUSED)
        .put(KeyStroke.getKeyStroke("released SPACE"), "none");
    button.getInputMap(JComponent.WHEN_FOCUSED).put(KeyStroke.getKeyStroke("ENTER"), "none");
    // Swing lets the arrows move within a group of toggle buttons, and takes them even without a
    // group: they belong to the window's bindings, which move the focus and say the option.
    for (String arrow : List.of("UP", "DOWN", "LEFT", "RIGHT")) {
      button
          .getInputMap(JComponent.WHEN_ANCESTOR_OF_FOCUSED_COMPONENT)
          .put(KeyStroke.getKeyStroke(arrow), "none");
    }
    button.addActionListener(
        e -> {
          button.setSelected(model.selected());
          controller.clicked(index);
        });
    button.addFocusListener(
        new FocusListener() {
          @Override
          public void focusGained(FocusEvent e) {
            FocusEvent.Cause cause = e.getCause();
            if (cause == FocusEvent.Cause.TRAVERSAL_FORWARD
                || cause == FocusEvent.Cause.TRAVERSAL_BACKWARD
                || cause == FocusEvent.Cause.TRAVERSAL) {
              controller.focusMoved(index);
            }
          }

          @Override
          public void focusLost(FocusEvent e) {}
        });
    button.addMouseListener(
        new MouseAdapter() {
          @Override
          public void mouseEntered(MouseEvent e) {
            controller.focusMoved(index);
          }
        });
    return button;
  }

  /** Words that wrap to the width of the window, each line break kept, never read as markup. */
  private String wrapped(String text) {
    int room = top.getWidth() > 0 ? top.getWidth() - 24 : frame.getWidth() - 140;
    // Swing's HTML counts a CSS pixel as 1/72 inch, on a 96 dpi screen: three for every four.
    int width = Math.max(150, (int) (room * 0.75f / Math.max(1f, UIScale.getZoomFactor())));
    return String.format(
        "<html><div style='width:%dpx'>%s</div></html>", width, escape(text).replace("\n", "<br>"));
  }

  private static String html(String label) {
    return "<html><div style='text-align:center'>" + escape(label) + "</div></html>";
  }

  /** Words as HTML shows them, never read as markup. */
  private static String escape(String words) {
    return words.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  private static <T extends JComponent> T styled(T component, String styleClass) {
    component.putClientProperty(FlatClientProperties.STYLE_CLASS, styleClass);
    return component;
  }

  /** Covers the window in black; keys still reach the root pane's bindings. */
  private static final class Curtain extends JComponent {
    private static final long serialVersionUID = 1L;

    Curtain() {
      setOpaque(true);
      setBackground(Color.BLACK);
      setName("curtain");
      // Clicks stop here; the window adds the tap that scanning mode listens for.
    }

    @Override
    protected void paintComponent(java.awt.Graphics g) {
      g.setColor(getBackground());
      g.fillRect(0, 0, getWidth(), getHeight());
    }
  }
}
