package dev.attune.ui.kit;

import java.util.List;
import java.util.Objects;

/**
 * Everything one screen shows: a title, the words in huge text, and big buttons. Home, a check-in
 * prompt, a handoff and a summary are all this shape, so one view draws them all.
 *
 * @param name a stable name for the screen, for tests and the accessible description
 * @param caption small words under the buttons (progress; the exports a delete leaves, one a line),
 *     possibly empty
 * @param curtained the screen stays black while this is shown (a handoff)
 * @param focus the button to focus when shown, or -1 for none
 * @param controls how many of the last buttons are controls (More options, Skip, Not today), drawn
 *     in a row of their own below the answers
 * @param privately a private answer is being given: the screen stays black, moving between the
 *     buttons says nothing, and every choice sounds the same
 */
public record ScreenModel(
    String name,
    String title,
    String text,
    List<Button> buttons,
    String caption,
    boolean curtained,
    int focus,
    int controls,
    boolean privately) {

  /** A screen that is not private. */
  public ScreenModel(
      String name,
      String title,
      String text,
      List<Button> buttons,
      String caption,
      boolean curtained,
      int focus,
      int controls) {
    this(name, title, text, buttons, caption, curtained, focus, controls, false);
  }

  /** Whether the window is black while this is shown. */
  public boolean dark() {
    return curtained || privately;
  }

  public ScreenModel {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(text, "text");
    buttons = List.copyOf(buttons);
    caption = caption == null ? "" : caption;
    if (focus < -1 || focus >= buttons.size()) {
      throw new IllegalArgumentException("focus " + focus + " is not a button");
    }
    if (controls < 0 || controls > buttons.size()) {
      throw new IllegalArgumentException("controls " + controls + " is more than the buttons");
    }
  }

  /**
   * One big button.
   *
   * @param description the accessible description: what choosing it does, and its key
   * @param selected shown as chosen (multi-select)
   */
  public record Button(String label, String description, boolean selected) {
    public Button {
      Objects.requireNonNull(label, "label");
      Objects.requireNonNull(description, "description");
    }
  }
}
