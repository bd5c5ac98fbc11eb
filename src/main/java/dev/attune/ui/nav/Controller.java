package dev.attune.ui.nav;

import dev.attune.session.LastAfter;
import dev.attune.session.Unfinished;
import dev.attune.speech.Speaker;
import dev.attune.speech.Utterance;
import dev.attune.ui.home.HomeScreen;
import dev.attune.ui.kit.Command;
import dev.attune.ui.kit.KeyBindings;
import dev.attune.ui.kit.Messages;
import dev.attune.ui.kit.ScreenModel;
import dev.attune.ui.kit.ScreenView;
import dev.attune.ui.settings.Preferences;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * Turns keys, clicks, taps and switch presses into actions on the screen shown, in direct or
 * scanning mode. The screens, what is said and the failure model are {@link Navigation}'s; the
 * areas are {@link Areas}'; the lock is {@link Lock}'s. It holds no Swing, so tests drive it
 * through a fake {@link ScreenView}. Event Dispatch Thread only.
 */
public final class Controller implements KeyBindings.Target {
  private final Navigation navigation;
  private final Areas areas;
  private final Lock lock;
  private final Look look;
  private final Presses presses;
  private final Speaker speaker;
  private final Optional<Unfinished> unfinished;
  private final Optional<LastAfter> followUp;
  private long inputs;

  public Controller(ScreenView view, Services services) {
    Objects.requireNonNull(view, "view");
    Clock clock = services.clock();
    this.speaker = services.speaker();
    this.unfinished = services.unfinished();
    this.followUp = services.followUp();
    look = new Look(view, services);
    navigation = new Navigation(view, services, look::preferences);
    look.wire(navigation);
    areas = new Areas(navigation, services, look);
    lock = new Lock(navigation, areas, look, services);
    areas.wire(lock);
    presses = new Presses(navigation, areas, lock, look, clock);
    navigation.wire(areas::home, presses::chooseHeld, () -> inputs);
  }

  /**
   * Shows the first screen (the lock, carrying on, the follow-up or Home) after telling each notice
   * once, plainly (no sound device, a database that was moved aside, a broken voice file).
   *
   * @param welcomed the welcome the app is already speaking, or {@code null} to say it here: the
   *     first screen appears at once, and its words follow the welcome unless a key comes first
   */
  public void start(List<String> notices, CompletableFuture<Boolean> welcomed) {
    navigation.guarded(() -> areas.open(notices, welcomed, unfinished, followUp));
  }

  public void start(List<String> notices) {
    start(notices, null);
  }

  /** The first words Attune says, as soon as its voice is ready. */
  public static Utterance welcome() {
    return Utterance.of(Messages.get("home.welcome"));
  }

  /** The greeting and Home's words, synthesised while the window is still being built. */
  public static Utterance greeting() {
    return Navigation.concat(welcome(), HomeScreen.words());
  }

  /** Tells the person something that happened, by voice and on screen. */
  public void tell(String message) {
    navigation.tell(message);
  }

  public ScreenModel model() {
    return navigation.model();
  }

  public Preferences preferences() {
    return look.preferences();
  }

  /** The option scanning spoke last, or -1. */
  public int scanned() {
    return navigation.scanner().index();
  }

  /** Scanning ran its rounds and waits for a press to hear the options again. */
  public boolean scanPaused() {
    return navigation.scanner().offered();
  }

  /**
   * Whether a press would be taken now. In scanning mode a press within {@link
   * Preferences#DEBOUNCE_MILLIS} of a choice (by the injected clock) is ignored: a switch can
   * bounce, and a tremor can press twice.
   */
  public boolean ready() {
    return presses.ready();
  }

  /** How many keys, clicks and taps have reached the controller, taken or not. */
  public long inputs() {
    return inputs;
  }

  @Override
  public void command(Command command, int number) {
    touched();
    navigation.guarded(() -> presses.act(command, number));
  }

  private void touched() {
    inputs++;
    lock.touched();
  }

  /**
   * A button was clicked or tapped. In direct mode it chooses (if held for the acceptance time); in
   * scanning mode the pointer is a switch, seen as {@link #pointerDown} and {@link #pointerUp}.
   */
  public void clicked(int index) {
    touched();
    if (!navigation.hidden()) {
      navigation.guarded(() -> presses.clicked(index));
    }
  }

  /**
   * Which switch a key is, in scanning mode: 1 (the switch, or with two switches the one that
   * moves), 2 (the one that chooses), or 0 for a key that is not a switch (or direct mode).
   */
  public int switchOf(javax.swing.KeyStroke key) {
    Preferences p = look.preferences();
    if (!p.scanning()) {
      return 0;
    }
    for (String name : p.switching().keys().first()) {
      if (javax.swing.KeyStroke.getKeyStroke(name).getKeyCode() == key.getKeyCode()) {
        return 1;
      }
    }
    for (String name : p.switching().keys().second()) {
      if (javax.swing.KeyStroke.getKeyStroke(name).getKeyCode() == key.getKeyCode()) {
        return 2;
      }
    }
    return 0;
  }

  /** A switch went down (a key from {@link #switchOf}, or the pointer). */
  public void switchDown(int which) {
    touched();
    if (!navigation.hidden()) {
      navigation.guarded(() -> presses.switchDown(which));
    }
  }

  /** A switch was let go. */
  public void switchUp(int which) {
    navigation.guarded(() -> presses.switchUp(which));
  }

  /** The switches held down were lost, not let go (another window took the keyboard). */
  public void switchesLost() {
    presses.switchCancelled();
  }

  /**
   * A pointer button went down anywhere in the window ({@code button} 1 the first, 2 or 3 the
   * others). In scanning mode, with clicks as a switch, it is switch 1 or 2.
   */
  public void pointerDown(int button) {
    presses.pointerDown();
    Preferences p = look.preferences();
    if (p.scanning() && p.switching().click()) {
      switchDown(button == 1 ? 1 : 2);
    }
  }

  public void pointerUp(int button) {
    Preferences p = look.preferences();
    if (p.scanning() && p.switching().click()) {
      switchUp(button == 1 ? 1 : 2);
    }
  }

  /** A quick tap anywhere in the window: the pointer down, then up. */
  public void tapped() {
    pointerDown(1);
    pointerUp(1);
  }

  /** The person moved to a button (keys or pointer): say its label in the cue voice. */
  public void focusMoved(int index) {
    if (!navigation.hidden()) {
      navigation.guarded(() -> presses.focusMoved(index));
    }
  }

  /** Whatever a screen was doing, the person is told and offered Home (see {@link Navigation}). */
  public void failed(Throwable fault) {
    navigation.failed(fault);
  }

  /** {@code action} made safe to run later: a fault in it is told and offers Home. */
  public Runnable guard(Runnable action) {
    return navigation.guard(action);
  }

  /** Where a fault happened: its class and the top of its stack, without its message. */
  public static String where(Throwable fault) {
    return Navigation.where(fault);
  }

  /** Home (or the lock, while locked), as the failure screen's Home goes. */
  void home() {
    navigation.home();
  }

  /** The window is closing: an unfinished check-in is left, keeping what was said. */
  public void close() {
    navigation.scanner().stop();
    navigation.current().leave();
    speaker.stop();
  }
}
