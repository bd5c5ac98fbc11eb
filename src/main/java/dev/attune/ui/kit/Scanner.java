package dev.attune.ui.kit;

import dev.attune.speech.Utterance;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Auditory scanning: the options are spoken one by one, in the screen's scan order, and
 * highlighted; a press chooses the option spoken last. With one switch the scan moves by itself at
 * the pace, and after the set number of rounds it stops and offers to go again (never on an urgent
 * screen, the pause board). With two switches it moves only when the person moves it. Event
 * Dispatch Thread only.
 */
public final class Scanner {

  /** What scanning works on: the screen, the voice, the pace and the way back to the EDT. */
  public interface Host {
    ScreenModel model();

    /** The order the buttons are scanned in, by index; empty for the order they are laid out. */
    List<Integer> order();

    void focus(int index);

    CompletableFuture<Boolean> say(Utterance words);

    /**
     * Completes after the scan pace (from the settings); {@code first}: the first option after a
     * start, which also waits the first-item dwell.
     */
    CompletableFuture<Void> paced(boolean first);

    /** Rounds read before scanning waits for a press; 0 for endless. */
    int loops();

    /** Two switches: the scan moves only when the person moves it. */
    boolean stepped();

    Background background();

    /** Chooses what was pressed quietly during a private scan, once its round has been read. */
    void chooseHeld(int index);
  }

  private final Host host;
  private int generation;
  private List<Integer> order = List.of();
  private int position = -1;
  private int round;
  private boolean offered;

  /** A private choice taken during this round, chosen when the round ends; -1 for none. */
  private int held = -1;

  public Scanner(Host host) {
    this.host = host;
  }

  /** The option spoken last (a button index), or -1 before the first. */
  public int index() {
    return position < 0 || position >= order.size() ? -1 : order.get(position);
  }

  /** Scanning ran its rounds and waits for a press to go again. */
  public boolean offered() {
    return offered;
  }

  /**
   * Takes the option at {@code choice} without a sound, and chooses it once this round has read
   * every option: the scan sounds the same whichever option was pressed. With two switches the
   * person moves on to the end of the round as before, so the rhythm tells nothing either.
   */
  public void hold(int choice) {
    held = choice;
  }

  /** Whether a private choice is waiting for the end of the round. */
  public boolean holding() {
    return held >= 0;
  }

  /** Starts at button {@code from} (-1: the start of the scan order). */
  public void start(int from) {
    start(from, Utterance.builder().build());
  }

  /**
   * Starts at button {@code from} (-1: the start of the scan order), saying {@code lead} before its
   * label: the option is live while {@code lead} is heard.
   */
  public void start(int from, Utterance lead) {
    held = -1;
    generation++;
    order = order();
    int at = order.indexOf(from);
    position = Math.max(0, at);
    round = 0;
    offered = false;
    if (order.isEmpty()) {
      position = -1;
      return;
    }
    highlight(generation, lead, true);
  }

  /**
   * Two switches: the first switch moves the scan on by one (after the last, to the first again, or
   * to what was held in a private round).
   */
  public void next() {
    if (order.isEmpty() || offered || position < 0) {
      start(-1);
      return;
    }
    generation++;
    step(generation);
  }

  public void stop() {
    held = -1;
    generation++;
    position = -1;
    offered = false;
  }

  private List<Integer> order() {
    int count = host.model().buttons().size();
    List<Integer> wanted = host.order();
    if (wanted.isEmpty()) {
      List<Integer> natural = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        natural.add(i);
      }
      return natural;
    }
    return wanted.stream().filter(i -> i >= 0 && i < count).toList();
  }

  private void step(int expected) {
    if (expected != generation || order.isEmpty()) {
      return;
    }
    position++;
    if (position >= order.size() && held >= 0) {
      int choice = held;
      stop();
      host.chooseHeld(choice);
      return;
    }
    if (position >= order.size()) {
      position = 0;
      round++;
      int loops = host.loops();
      if (!host.stepped() && loops > 0 && round >= loops) {
        position = -1;
        offered = true;
        host.focus(-1);
        host.say(Utterance.of(Messages.get("scan.again")));
        return;
      }
    }
    highlight(expected, Utterance.builder().build(), false);
  }

  private void highlight(int expected, Utterance lead, boolean first) {
    int index = order.get(position);
    host.focus(index);
    Utterance.Builder words = Utterance.builder();
    lead.parts().forEach(words::part);
    CompletableFuture<Boolean> spoken =
        host.say(words.say(host.model().buttons().get(index).label(), Utterance.Style.CUE).build());
    if (host.stepped()) {
      return; // it moves when the person moves it
    }
    host.background()
        .after(
            spoken.handle((done, error) -> null).thenCombine(host.paced(first), (a, b) -> null),
            ignored -> step(expected));
  }
}
