package dev.attune.ui.kit;

import dev.attune.speech.Utterance;
import java.util.List;
import java.util.Optional;

/**
 * Shown when something failed: a fault in a screen, or slow work (a read, a write) that did not
 * finish. It says so plainly, and offers a way on: Try again when the work can be tried again, and
 * always Home. Try again comes first, so one key, one tap or one switch press is the way on.
 */
public final class FailedScreen implements Screen {
  private final Screens screens;
  private final String text;
  private final Runnable again;

  /** A fault in a screen: Home is the way on. */
  public FailedScreen(Screens screens) {
    this.screens = screens;
    this.text = Messages.get("failed.text");
    this.again = null;
  }

  /**
   * Work that failed, and can be tried again.
   *
   * @param words what went wrong, in words for people (a full disk, a file that cannot be written),
   *     when known
   */
  public FailedScreen(Screens screens, Optional<String> words, Runnable again) {
    this.screens = screens;
    this.text =
        words
            .map(w -> w + " " + Messages.get("failed.work.kept"))
            .orElse(Messages.get("failed.work"));
    this.again = again;
  }

  private List<String> labels() {
    return again == null
        ? List.of(Messages.get("failed.home"))
        : List.of(Messages.get("failed.again"), Messages.get("failed.home"));
  }

  @Override
  public ScreenModel model() {
    return Menu.model("failed", Messages.get("failed.title"), text, labels(), 0);
  }

  @Override
  public Utterance enter() {
    return Menu.spoken(Utterance.builder().tone(Utterance.Earcon.ATTENTION), text, labels());
  }

  @Override
  public void choose(int index) {
    if (again != null && index == 0) {
      again.run();
    } else {
      screens.home();
    }
  }

  @Override
  public void back() {
    screens.home();
  }
}
