package dev.attune.ui;

import dev.attune.speech.Utterance;
import java.util.concurrent.CompletableFuture;

/**
 * Auditory scanning: the options are spoken one by one and highlighted; one press chooses the
 * option spoken last. After {@link Preferences#SCAN_LOOPS} rounds it stops and offers to repeat.
 * Event Dispatch Thread only.
 */
final class Scanner {
  private final Controller controller;
  private int generation;
  private int index = -1;
  private int round;
  private boolean offered;

  /** A private choice taken during this round, chosen when the round ends; -1 for none. */
  private int held = -1;

  Scanner(Controller controller) {
    this.controller = controller;
  }

  /** The option spoken last, or -1 before the first. */
  int index() {
    return index;
  }

  /** Scanning ran its rounds and waits for a press to go again. */
  boolean offered() {
    return offered;
  }

  /**
   * Takes the option at {@code choice} without a sound, and chooses it once this round has read
   * every option: the scan sounds the same whichever option was pressed.
   */
  void hold(int choice) {
    held = choice;
  }

  /** Whether a private choice is waiting for the end of the round. */
  boolean holding() {
    return held >= 0;
  }

  void start(int from) {
    held = -1;
    generation++;
    index = from - 1;
    round = 0;
    offered = false;
    step(generation);
  }

  void stop() {
    held = -1;
    generation++;
    index = -1;
  }

  private void step(int expected) {
    if (expected != generation) {
      return;
    }
    ScreenModel model = controller.model();
    int count = model.buttons().size();
    if (count == 0) {
      return;
    }
    index++;
    if (index >= count && held >= 0) {
      int choice = held;
      stop();
      controller.chooseHeld(choice);
      return;
    }
    if (index >= count) {
      index = 0;
      round++;
      if (round >= Preferences.SCAN_LOOPS) {
        index = -1;
        offered = true;
        controller.view().focus(-1);
        controller.say(Utterance.of(Messages.get("scan.again")));
        return;
      }
    }
    controller.view().focus(index);
    CompletableFuture<Boolean> spoken =
        controller.say(
            Utterance.builder()
                .say(model.buttons().get(index).label(), Utterance.Style.CUE)
                .build());
    CompletableFuture<Void> paced =
        controller.services().delay().after(controller.preferences().scanPaceMillis());
    spoken
        .handle((done, error) -> null)
        .thenCombine(paced, (a, b) -> null)
        .thenRunAsync(controller.guard(() -> step(expected)), controller.services().ui());
  }
}
