package dev.attune.ui.nav;

import dev.attune.speech.Utterance;
import dev.attune.ui.kit.Background;
import dev.attune.ui.kit.FailedScreen;
import dev.attune.ui.kit.KeyboardScreen;
import dev.attune.ui.kit.Messages;
import dev.attune.ui.kit.Notices;
import dev.attune.ui.kit.Scanner;
import dev.attune.ui.kit.Screen;
import dev.attune.ui.kit.ScreenModel;
import dev.attune.ui.kit.ScreenView;
import dev.attune.ui.kit.Screens;
import dev.attune.ui.settings.Preferences;
import dev.attune.ui.settings.Switching;
import java.awt.Image;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.logging.Logger;

/**
 * The screen stack of one window: which screen shows, what is said, scanning after it, and the
 * failure model (a fault is told and offers Home; slow work ends in a result or a failure with Try
 * again). Event Dispatch Thread only, except where a method says otherwise.
 */
final class Navigation implements Screens, Background, Scanner.Host {
  private static final Logger LOG = Logger.getLogger(Navigation.class.getName());

  private final ScreenView view;
  private final Services services;
  private final Supplier<Preferences> preferences;
  private final Scanner scanner = new Scanner(this);
  private final Notices notices;

  /** Home, or the lock while locked: set once the areas exist. */
  private Runnable home = () -> {};

  /** Acts on a quiet private press once its scan round is read. */
  private Consumer<Integer> chooseHeld = index -> {};

  /** How many inputs have come, to tell a failure again only after a press. */
  private Supplier<Long> inputs = () -> 0L;

  private Screen screen;
  private ScreenModel model;
  private int shown;

  /** Each screen shown or redrawn; not words said over it, nor its scan. */
  private long screenChanges;

  private boolean userCurtain;

  /**
   * Hide now was pressed: black and silent until the curtain key brings Attune back. Nothing is
   * said, so a glance or a stray press reveals nothing.
   */
  private boolean hidden;

  /** What was said last: scanning that follows other words waits for them. */
  private CompletableFuture<Boolean> lastSaid = CompletableFuture.completedFuture(true);

  /** True while a choice is being acted on: the first thing said then opens with an earcon. */
  private boolean chosen;

  /** True while a failure is being shown, so a fault in showing it cannot loop. */
  private boolean failing;

  /** The input count when the failure was last told. */
  private long failedAt = -1;

  Navigation(ScreenView view, Services services, Supplier<Preferences> preferences) {
    this.view = view;
    this.services = services;
    this.preferences = preferences;
    this.notices = new Notices(services.clock());
  }

  @Override
  public List<Notices.Notice> notices() {
    return notices.all();
  }

  /** Keeps and logs a notice told at the start, before any screen. */
  void noted(String message) {
    notices.add(message, message);
  }

  void wire(Runnable home, Consumer<Integer> chooseHeld, Supplier<Long> inputs) {
    this.home = home;
    this.chooseHeld = chooseHeld;
    this.inputs = inputs;
  }

  /** Stops what is being said. */
  void silence() {
    services.speaker().stop();
  }

  Scanner scanner() {
    return scanner;
  }

  ScreenView view() {
    return view;
  }

  @Override
  public ScreenModel model() {
    return model;
  }

  @Override
  public Screen current() {
    return screen;
  }

  @Override
  public void home() {
    if (screen != null) {
      screen.leave();
    }
    home.run();
  }

  @Override
  public CompletableFuture<Boolean> show(Screen next, Utterance before) {
    return showSaying(next, concat(before, next.enter()));
  }

  /** Shows {@code next} and says {@code words} instead of its own. */
  private CompletableFuture<Boolean> showSaying(Screen next, Utterance words) {
    screenChanges++;
    scanner.stop();
    screen = next;
    model = next.model();
    // Sound first: the earcon answers the tap at once while Swing rebuilds the screen.
    int expected = ++shown;
    if (scansAtOnce()) {
      draw();
      view.announce(model.text());
      scanner.start(-1, words);
      services.speaker().prepare(next.ahead());
      return CompletableFuture.completedFuture(true);
    }
    CompletableFuture<Boolean> spoken = say(words);
    draw();
    view.announce(model.text());
    scanAfter(spoken, expected);
    // Synthesised behind what is being said: a later say jumps ahead of it.
    services.speaker().prepare(next.ahead());
    return spoken;
  }

  /** Shows {@code next} without a word (the lock after hide now or the idle time). */
  void showQuietly(Screen next) {
    screenChanges++;
    shown++;
    screen = next;
    model = next.model();
    draw();
  }

  /**
   * Shows the first screen at once, and says {@code words} once {@code welcomed} (the welcome the
   * app is already speaking) ends, unless another screen came first.
   */
  void showAfter(Screen first, Utterance words, CompletableFuture<Boolean> welcomed) {
    screenChanges++;
    screen = first;
    model = first.model();
    draw();
    view.announce(model.text());
    int expected = ++shown;
    welcomed.whenCompleteAsync(
        guard(
            (done, error) -> {
              if (expected == shown && screen == first) {
                sayThenScan(words);
              }
            }),
        services.ui());
  }

  private void draw() {
    view.show(model);
    view.curtain(userCurtain || model.dark());
    view.focus(preferences.get().scanning() ? -1 : model.focus());
  }

  /**
   * Redraws the screen in place. With keys the focus stays where it was; scanning starts again on
   * the screen's {@link Screen#scanFrom} (Done after a toggle, a new page's first answer), after
   * the words, or at once on an urgent screen.
   */
  @Override
  public void refresh(Utterance words) {
    screenChanges++;
    int focused = view.focused();
    scanner.stop();
    model = screen.model();
    if (scansAtOnce()) {
      view.show(model);
      scanner.start(screen.scanFrom(), words);
      return;
    }
    CompletableFuture<Boolean> spoken = say(words);
    view.show(model);
    if (preferences.get().scanning()) {
      view.focus(-1);
      int expected = ++shown;
      spoken.thenRunAsync(
          guard(
              () -> {
                if (expected == shown && screen.scannable()) {
                  scanner.start(screen.scanFrom());
                }
              }),
          services.ui());
    } else {
      view.focus(focused >= 0 && focused < model.buttons().size() ? focused : model.focus());
    }
  }

  /** Scanning mode on an urgent screen (the pause board): the scan starts with the words. */
  private boolean scansAtOnce() {
    return preferences.get().scanning() && screen.urgent() && screen.scannable();
  }

  @Override
  public boolean scanning() {
    return preferences.get().scanning();
  }

  @Override
  public CompletableFuture<Boolean> say(Utterance utterance) {
    if (hidden) {
      return CompletableFuture.completedFuture(false);
    }
    if (chosen && !utterance.parts().isEmpty()) {
      chosen = false;
      if (!(utterance.parts().get(0) instanceof Utterance.Part.Tone)) {
        // Every tap is confirmed by an earcon first: it needs no synthesis, so it sounds at once.
        utterance = concat(Utterance.builder().tone(Utterance.Earcon.CHOSEN).build(), utterance);
      }
    }
    Utterance spoken = preferences.get().voiceOn() ? utterance : withoutSpeech(utterance);
    if (preferences.get().scanning()) {
      // The numbered list is for keys: scanning says each option once, as it is highlighted.
      spoken = without(spoken, Utterance.Style.OPTION);
    }
    if (spoken.parts().isEmpty()) {
      return CompletableFuture.completedFuture(true);
    }
    lastSaid = services.speaker().say(spoken);
    return lastSaid;
  }

  @Override
  public void tell(String message, String forTheLog) {
    notices.add(message, forTheLog);
    view.notice(message);
    sayOverScan(Utterance.of(message));
  }

  /**
   * Says {@code words}; in scanning mode the scan stops for them and starts again after, so they
   * are heard whole and not cut off by the next option.
   */
  private void sayOverScan(Utterance words) {
    if (preferences.get().scanning()
        && screen != null
        && screen.scannable()
        && !hidden
        && !scanner.holding()
        && !model.privately()) {
      scanner.stop();
      sayThenScan(words);
    } else {
      say(words);
    }
  }

  @Override
  public void ask(String question, boolean secret, Consumer<Optional<char[]>> then) {
    if (!preferences.get().scanning()) {
      say(Utterance.builder().say(question).say(Messages.get("ask.enter")).build());
      then.accept(view.ask(question, secret));
      return;
    }
    Screen owner = screen;
    show(
        new KeyboardScreen(
            this,
            question,
            secret,
            typed -> {
              // Back where it was asked, quietly: what the asker does next says what happened.
              showQuietly(owner);
              int before = shown;
              then.accept(typed);
              if (screen == owner && shown == before) {
                if (typed.isEmpty()) {
                  sayThenScan(owner.repeat());
                } else {
                  // After what the asker said ("Unlocking. One moment."), not over it.
                  scanAfter(lastSaid, ++shown);
                }
              }
            }));
  }

  @Override
  public void picture(Image image, String description) {
    view.picture(image, description);
  }

  @Override
  public void focus(int index) {
    view.highlight(index);
  }

  @Override
  public java.util.List<Integer> order() {
    return screen.scanOrder();
  }

  @Override
  public CompletableFuture<Void> paced(boolean first) {
    Switching switching = preferences.get().switching();
    return services.delay().after(switching.paceMillis() + (first ? switching.dwellMillis() : 0));
  }

  @Override
  public int loops() {
    return screen.urgent() ? 0 : preferences.get().switching().loops();
  }

  @Override
  public boolean stepped() {
    return preferences.get().switching().twoSwitches();
  }

  @Override
  public Background background() {
    return this;
  }

  @Override
  public void chooseHeld(int index) {
    chooseHeld.accept(index);
  }

  /** A choice is being acted on: the first thing said opens with the earcon. */
  void choosing(boolean on) {
    chosen = on;
  }

  CompletableFuture<Boolean> sayThenScan(Utterance words) {
    int expected = ++shown;
    if (scansAtOnce()) {
      scanner.start(-1, words);
      return CompletableFuture.completedFuture(true);
    }
    CompletableFuture<Boolean> spoken = say(words);
    scanAfter(spoken, expected);
    return spoken;
  }

  /** How many times a screen was shown or changed in place: a press begun before has lapsed. */
  long shownCount() {
    return screenChanges;
  }

  /** Something was chosen: what was scheduled for the screen before (a scan) is let go. */
  void moved() {
    shown++;
    // A notice was heard; it does not stay on the screens that follow ("Saved as…" on Settings).
    view.notice("");
  }

  /** In scanning mode, scans the screen once {@code spoken} ends, unless another was shown. */
  private void scanAfter(CompletableFuture<Boolean> spoken, int expected) {
    if (preferences.get().scanning()) {
      spoken.thenRunAsync(
          guard(
              () -> {
                if (expected == shown && screen.scannable()) {
                  scanner.start(-1);
                }
              }),
          services.ui());
    }
  }

  boolean hidden() {
    return hidden;
  }

  /** Hide now: black and silent, whatever was being said. */
  void hide() {
    scanner.stop();
    services.speaker().stop();
    hidden = true;
    userCurtain = true;
    view.curtain(true);
  }

  /** Back from hiding: the curtain lifts, and where things stand is said again. */
  void unhide() {
    hidden = false;
    userCurtain = false;
    view.curtain(model.dark());
    sayThenScan(screen.repeat());
  }

  boolean curtainOn() {
    return userCurtain;
  }

  void toggleCurtain() {
    userCurtain = !userCurtain;
    view.curtain(userCurtain || model.dark());
    say(Utterance.of(Messages.get(userCurtain ? "curtain.on" : "curtain.off")));
  }

  /**
   * The edge for a fault on the Event Dispatch Thread: whatever a screen was doing, the person is
   * told, by voice and on screen, and offered Home; no screen is left dead. The log gets where it
   * happened (classes and lines), never the fault's message, which could hold what someone said.
   */
  void failed(Throwable fault) {
    LOG.severe("a screen failed: " + where(fault));
    if (failing) {
      return;
    }
    if (screen instanceof FailedScreen) {
      // Already shown. A press that failed again (Home, say) hears it again; a fault with no press
      // behind it (a repaint) does not repeat it over and over.
      if (failedAt != inputs.get()) {
        failedAt = inputs.get();
        say(screen.enter());
      }
      return;
    }
    failing = true;
    failedAt = inputs.get();
    chosen = false;
    try {
      scanner.stop();
      services.speaker().stop();
      Screen broken = screen;
      if (broken != null) {
        try {
          broken.leave();
        } catch (RuntimeException e) {
          LOG.severe("leaving the failed screen failed too: " + where(e));
        }
      }
      show(new FailedScreen(this), Utterance.builder().build());
    } catch (RuntimeException e) {
      LOG.severe("the failure could not be shown: " + where(e));
    } finally {
      failing = false;
    }
  }

  /** Runs {@code action}; a fault in it goes to {@link #failed}. */
  void guarded(Runnable action) {
    try {
      action.run();
    } catch (RuntimeException | AssertionError | LinkageError e) {
      failed(e);
    }
  }

  Runnable guard(Runnable action) {
    return () -> guarded(action);
  }

  <T> BiConsumer<T, Throwable> guard(BiConsumer<T, Throwable> action) {
    return (value, error) -> guarded(() -> action.accept(value, error));
  }

  @Override
  public <T> void run(Screen owner, Supplier<CompletableFuture<T>> work, Consumer<T> then) {
    run(
        owner,
        work,
        then,
        error -> {
          if (screen == owner) {
            failed(
                owner,
                error,
                () -> {
                  // Back where it was, hearing only that it is being tried again: its own words
                  // (a whole menu) were heard before.
                  showSaying(owner, Utterance.of(Messages.get("failed.trying")));
                  run(owner, work, then);
                });
          } else {
            tellFailure(error);
          }
        });
  }

  @Override
  public <T> void run(
      Screen owner,
      Supplier<CompletableFuture<T>> work,
      Consumer<T> then,
      Consumer<Throwable> failed) {
    CompletableFuture<T> started;
    try {
      started = work.get();
    } catch (RuntimeException e) {
      started = CompletableFuture.failedFuture(e);
    }
    started.whenCompleteAsync(
        guard(
            (T value, Throwable error) -> {
              if (error == null) {
                then.accept(value);
                return;
              }
              LOG.warning("background work failed: " + where(error));
              failed.accept(error);
            }),
        services.ui());
  }

  @Override
  public void failed(Screen owner, Throwable error, Runnable again) {
    show(new FailedScreen(this, services.failures().words(error), again));
  }

  @Override
  public <T> void after(CompletableFuture<T> done, Consumer<T> then) {
    done.whenCompleteAsync(
        guard(
            (T value, Throwable error) -> {
              if (error == null) {
                then.accept(value);
              } else {
                LOG.warning("what a screen waited for failed: " + where(error));
              }
            }),
        services.ui());
  }

  @Override
  public void later(Runnable action) {
    services.ui().execute(guard(action));
  }

  @Override
  public void tellFailure(Throwable error) {
    String words = services.failures().words(error).orElse(Messages.get("failed.tell"));
    notices.add(words, words);
    view.notice(words);
    sayOverScan(Utterance.builder().tone(Utterance.Earcon.ATTENTION).say(words).build());
  }

  /** Where a fault happened: its class and the top of its stack, without its message. */
  static String where(Throwable fault) {
    StringBuilder b = new StringBuilder(fault.getClass().getName());
    StackTraceElement[] frames = fault.getStackTrace();
    for (int i = 0; i < Math.min(8, frames.length); i++) {
      b.append(" at ").append(frames[i]);
    }
    if (fault.getCause() != null && fault.getCause() != fault) {
      b.append("; caused by ").append(where(fault.getCause()));
    }
    return b.toString();
  }

  static Utterance concat(Utterance first, Utterance second) {
    List<Utterance.Part> parts = new ArrayList<>(first.parts());
    parts.addAll(second.parts());
    return new Utterance(parts);
  }

  private static Utterance without(Utterance utterance, Utterance.Style style) {
    List<Utterance.Part> parts = new ArrayList<>();
    for (Utterance.Part part : utterance.parts()) {
      if (!(part instanceof Utterance.Part.Speech speech && speech.style() == style)) {
        parts.add(part);
      }
    }
    return parts.size() == utterance.parts().size() ? utterance : new Utterance(parts);
  }

  private static Utterance withoutSpeech(Utterance utterance) {
    List<Utterance.Part> parts = new ArrayList<>();
    for (Utterance.Part part : utterance.parts()) {
      if (!(part instanceof Utterance.Part.Speech)) {
        parts.add(part);
      }
    }
    return new Utterance(parts);
  }
}
