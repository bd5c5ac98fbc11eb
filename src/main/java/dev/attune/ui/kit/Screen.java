package dev.attune.ui.kit;

import dev.attune.speech.Utterance;

/**
 * A presenter for one screen. It builds the model, says what to speak, and acts on choices; it
 * never touches Swing. Called on the Event Dispatch Thread only.
 */
public interface Screen {

  ScreenModel model();

  /** Spoken when the screen appears. */
  Utterance enter();

  /** What may be said next, to synthesise ahead while this screen is heard; often nothing. */
  default Utterance ahead() {
    return Utterance.builder().build();
  }

  /** Spoken for R. */
  default Utterance repeat() {
    return enter();
  }

  /** Acts on the button at {@code index}; the caller has checked it exists. */
  void choose(int index);

  /** Backspace: goes back if it can, otherwise says why not. */
  default void back() {}

  /** Whether scanning mode scans this screen's buttons (not while an exercise is spoken). */
  default boolean scannable() {
    return true;
  }

  /** The order scanning visits the buttons in, by index; empty for the order they are laid out. */
  default java.util.List<Integer> scanOrder() {
    return java.util.List.of();
  }

  /**
   * The button scanning starts on when this screen changes in place (a toggle, a page, a setting
   * changed); -1 for the start of the scan order.
   */
  default int scanFrom() {
    return -1;
  }

  /**
   * A screen where a moment matters (the pause board): scanning starts the moment it shows, its
   * first option live while its words are heard, and never goes idle.
   */
  default boolean urgent() {
    return false;
  }

  /** The button a long press of the switch chooses, wherever the scan is (the board: Pause). */
  default int heldChoice() {
    return -1;
  }

  /**
   * Whether Attune stays unlocked while this screen sits untouched (a check-in, the pause board, an
   * exercise): the board has to answer at once, however long the quiet.
   */
  default boolean keepsUnlocked() {
    return false;
  }

  /** The screen is being left for another, or the window closes. */
  default void leave() {}
}
