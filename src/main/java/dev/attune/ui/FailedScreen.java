package dev.attune.ui;

import dev.attune.speech.Utterance;
import java.util.List;

/**
 * Shown when a screen failed on the Event Dispatch Thread: says so plainly, and offers Home. One
 * button, so one key, one tap or one switch press is the way on.
 */
final class FailedScreen implements Screen {
  private final Controller controller;

  FailedScreen(Controller controller) {
    this.controller = controller;
  }

  @Override
  public ScreenModel model() {
    return Menu.model(
        "failed",
        Messages.get("failed.title"),
        Messages.get("failed.text"),
        List.of(Messages.get("failed.home")),
        0);
  }

  @Override
  public Utterance enter() {
    return Menu.spoken(
        Utterance.builder().tone(Utterance.Earcon.ATTENTION),
        Messages.get("failed.text"),
        List.of(Messages.get("failed.home")));
  }

  @Override
  public void choose(int index) {
    controller.home();
  }

  @Override
  public void back() {
    controller.home();
  }
}
