package dev.attune.ui.kit;

import dev.attune.speech.Utterance;
import java.awt.Image;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * What every screen needs to move on: to show itself or another, to speak, to go Home. Event
 * Dispatch Thread only; tests drive the real one with a fake view.
 */
public interface Screens {

  /**
   * Shows a screen and speaks {@code before}, then the screen's own words; in scanning mode the
   * options are scanned after that.
   *
   * @return completes when that speech ends: true if it played to the end
   */
  CompletableFuture<Boolean> show(Screen next, Utterance before);

  /** Shows a screen with nothing said before its own words. */
  default CompletableFuture<Boolean> show(Screen next) {
    return show(next, Utterance.builder().build());
  }

  /** Redraws the current screen and says {@code words}; scanning goes on after them. */
  void refresh(Utterance words);

  /** The screen shown now. */
  Screen current();

  /** Home, or the lock screen when Attune is locked. */
  void home();

  /** Speaks; with Attune's voice off only earcons and pauses remain. */
  CompletableFuture<Boolean> say(Utterance utterance);

  /**
   * Tells the person something that happened, by voice and on screen; it is kept to be heard again
   * from Settings, and logged.
   */
  default void tell(String message) {
    tell(message, message);
  }

  /**
   * Tells the person something whose words hold something private (a word they typed): the log gets
   * {@code forTheLog} instead.
   */
  void tell(String message, String forTheLog);

  /** The notices told since Attune opened, the latest first. */
  default java.util.List<Notices.Notice> notices() {
    return java.util.List.of();
  }

  /**
   * Says the question, then asks for typed text: heard first, so nobody needs to look. With keys it
   * is a box to type in; in scanning mode, a keyboard scanned row then letter. {@code then} is
   * given what was typed, or empty when the person cancelled, back on the screen that asked.
   */
  void ask(String question, boolean secret, Consumer<Optional<char[]>> then);

  /** Whether Attune is in scanning mode, for words that differ (a switch, not keys). */
  default boolean scanning() {
    return false;
  }

  /** Shows a picture (the pain chart) under the words until the next screen. */
  void picture(Image image, String description);
}
