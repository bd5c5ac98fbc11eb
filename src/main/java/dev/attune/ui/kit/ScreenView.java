package dev.attune.ui.kit;

/**
 * What the presenters need from a window. All methods are called on the Event Dispatch Thread.
 * Tests implement it with a plain fake.
 */
public interface ScreenView {

  void show(ScreenModel model);

  /** Moves keyboard focus to a button; {@code -1} clears it. */
  void focus(int index);

  /**
   * Marks the button scanning has reached; {@code -1} marks none. It is drawn like focus but leaves
   * the keyboard focus where it is: a focus request on a button that the next screen removes would
   * take the key presses waiting behind it with it.
   */
  default void highlight(int index) {
    focus(index);
  }

  /** The focused button, or -1. */
  int focused();

  /** Tells screen readers about a change (a new prompt, a choice), as a polite announcement. */
  void announce(String text);

  /** A plain notice line, shown until replaced; empty hides it. */
  void notice(String text);

  /** Blacks the window out (or back) while speech and keys go on. */
  void curtain(boolean on);

  boolean curtained();

  void toggleFullScreen();

  /** Grey text on black for a very dark room, or back to normal. */
  void dim(boolean on);

  /**
   * Shows a picture (the pain chart) under the words until the next {@link #show}.
   *
   * @param description what the picture shows, for screen readers
   */
  void picture(java.awt.Image image, String description);

  /**
   * Asks for typed text (a name, a passphrase) in a small accessible dialog, outside any check-in.
   * Blocks until answered.
   *
   * @param secret hide what is typed (a passphrase)
   * @return what was typed, or empty when cancelled
   */
  java.util.Optional<char[]> ask(String question, boolean secret);

  /** The size of all text, in percent of the default. */
  void textScale(int percent);
}
