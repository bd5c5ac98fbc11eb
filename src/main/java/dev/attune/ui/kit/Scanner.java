package dev.attune.ui.kit;

import dev.attune.speech.Utterance;
import java.util.concurrent.CompletableFuture;

/**
 * Auditory scanning: the options are spoken one by one and highlighted; one press chooses the
 * option spoken last. After {@link #LOOPS} rounds it stops and offers to repeat. Event Dispatch
 * Thread only.
 */
public final class Scanner {
  /** Rounds read before scanning waits for a press. */
  public static final int LOOPS = 2;

  /** What scanning works on: the screen, the voice, the pace and the way back to the EDT. */
  public interface Host {
    ScreenModel model();

    void focus(int index);

    CompletableFuture<Boolean> say(Utterance words);

    /** Completes after the scan pace (from the settings). */
    CompletableFuture<Void> paced();

    Background background();

    /** Chooses what was pressed quietly during a private scan, once its round has been read. */
    void chooseHeld(int index);
  }

  private final Host host;
  private int generation;
  private int index = -1;
  private int round;
  private boolean offered;

  /** A private choice taken during this round, chosen when the round ends; -1 for none. */
  private int held = -1;

  public Scanner(Host host) {
    this.host = host;
  }

  /** The option spoken last, or -1 before the first. */
  public int index() {
    return index;
  }

  /** Scanning ran its rounds and waits for a press to go again. */
  public boolean offered() {
    return offered;
  }

  /**
   * Takes the option at {@code choice} without a sound, and chooses it once this round has read
   * every option: the scan sounds the same whichever option was pressed.
   */
  public void hold(int choice) {
    held = choice;
  }

  /** Whether a private choice is waiting for the end of the round. */
  public boolean holding() {
    return held >= 0;
  }

  public void start(int from) {
    held = -1;
    generation++;
    index = from - 1;
    round = 0;
    offered = false;
    step(generation);
  }

  public void stop() {
    held = -1;
    generation++;
    index = -1;
  }

  private void step(int expected) {
    if (expected != generation) {
      return;
    }
    ScreenModel model = host.model();
    int count = model.buttons().size();
    if (count == 0) {
      return;
    }
    index++;
    if (index >= count && held >= 0) {
      int choice = held;
      stop();
      host.chooseHeld(choice);
      return;
    }
    if (index >= count) {
      index = 0;
      round++;
      if (round >= LOOPS) {
        index = -1;
        offered = true;
        host.focus(-1);
        host.say(Utterance.of(Messages.get("scan.again")));
        return;
      }
    }
    host.focus(index);
    CompletableFuture<Boolean> spoken =
        host.say(
            Utterance.builder()
                .say(model.buttons().get(index).label(), Utterance.Style.CUE)
                .build());
    host.background()
        .after(
            spoken.handle((done, error) -> null).thenCombine(host.paced(), (a, b) -> null),
            ignored -> step(expected));
  }
}
