package dev.attune.ui;

import dev.attune.deck.Deck;
import dev.attune.session.CarriedForward;
import dev.attune.session.CheckIn;
import dev.attune.session.LastAfter;
import dev.attune.session.LastAnswers;
import dev.attune.session.Person;
import dev.attune.session.Unfinished;
import dev.attune.speech.Utterance;
import dev.attune.speech.VoiceProfile;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.logging.Logger;

/**
 * Runs the app's screens: shows one at a time, speaks it, and turns commands into actions, in
 * direct or scanning mode. It holds no Swing, so tests drive it through a fake {@link ScreenView}.
 * Event Dispatch Thread only.
 */
public final class Controller {
  private static final Logger LOG = Logger.getLogger(Controller.class.getName());
  private final ScreenView view;
  private final Services services;
  private final Scanner scanner = new Scanner(this);
  private Preferences preferences;
  private Screen screen;
  private ScreenModel model;
  private boolean userCurtain;

  /**
   * Hide now was pressed: black and silent until the curtain key brings Attune back. Nothing is
   * said, and no other key or tap does anything, so a glance or a stray press reveals nothing.
   */
  private boolean hidden;

  /** With a passphrase: locked, the key dropped, until the passphrase is typed. */
  private boolean locked;

  /** When the last key, click or tap came, by the injected clock. */
  private long lastInputAt;

  /** Which idle check is the current one; older ones do nothing. */
  private int idleArmed;

  private int shown;
  private long inputs;
  private long lastChoice = Long.MIN_VALUE / 2;

  /** True while a choice is being acted on: the first thing said then opens with an earcon. */
  private boolean chosen;

  /** True while a failure is being shown, so a fault in showing it cannot loop. */
  private boolean failing;

  /** {@link #inputs} when the failure was last told. */
  private long failedAt = -1;

  private static final List<Optional<LastAnswers>> NO_LAST_TIME =
      List.of(Optional.empty(), Optional.empty());
  private CompletableFuture<List<Optional<LastAnswers>>> lastTime =
      CompletableFuture.completedFuture(NO_LAST_TIME);

  public Controller(ScreenView view, Services services) {
    this.view = Objects.requireNonNull(view, "view");
    this.services = Objects.requireNonNull(services, "services");
    this.preferences = services.preferences();
    this.lastInputAt = services.clock().millis();
  }

  /**
   * Shows Home and greets, after telling each notice once, plainly (no sound device, a database
   * that was moved aside, a broken voice file).
   */
  public void start(List<String> notices) {
    start(notices, null);
  }

  /**
   * Like {@link #start(List)}, when the welcome is already being spoken (the app says it as soon as
   * the voice is ready, before the window exists): the first screen appears at once, and its words
   * follow the welcome unless a key comes first.
   *
   * @param welcomed the welcome being spoken, or {@code null} to say it here
   */
  public void start(List<String> notices, CompletableFuture<Boolean> welcomed) {
    guarded(() -> begin(notices, welcomed));
  }

  private void begin(List<String> notices, CompletableFuture<Boolean> welcomed) {
    apply(preferences);
    Utterance.Builder greeting = Utterance.builder();
    notices.forEach(greeting::say);
    if (!notices.isEmpty()) {
      view.notice(String.join(" ", notices));
    }
    Screen first;
    if (passphraseSet()) {
      locked = true;
      first = new LockScreen(this, null);
    } else {
      readLastTime();
      first = opening(services.unfinished(), services.followUp());
    }
    if (welcomed == null) {
      show(first, greeting.say(Messages.get("home.welcome")).build());
      return;
    }
    screen = first;
    model = first.model();
    view.show(model);
    view.focus(preferences.scanning() ? -1 : model.focus());
    view.announce(model.text());
    int expected = ++shown;
    Utterance words = concat(greeting.build(), first.enter());
    welcomed.whenCompleteAsync(
        guard(
            (done, error) -> {
              if (expected == shown && screen == first) {
                sayThenScan(words);
              }
            }),
        services.ui());
  }

  /** Whether a passphrase locks Attune (or an older Attune's lock is still to be moved over). */
  boolean passphraseSet() {
    return services.passphrases().set() || preferences.locked();
  }

  /**
   * A passphrase was set or taken away: an older Attune's hash is gone either way, and the idle
   * lock starts or stops.
   */
  void passphraseChanged() {
    if (preferences.locked()) {
      update(preferences.withLock(""));
    }
    armIdleLock();
  }

  /** The first screen once open: carrying on, the follow-up, or Home. */
  private Screen opening(Optional<Unfinished> unfinished, Optional<LastAfter> followUp) {
    if (unfinished.isPresent() && services.decks().containsKey(unfinished.get().deckId())) {
      return new ResumeScreen(this, unfinished.get());
    } else if (followUp.isPresent() && !services.people().isEmpty()) {
      return new FollowUpScreen(this, followUp.get());
    }
    return new HomeScreen(this);
  }

  /**
   * The passphrase opened everything: who is here and what was said are read, and Attune goes on
   * where it was locked (or to its first screen, when it opened locked).
   *
   * @param back the screen that was showing when Attune locked, or {@code null} at start
   */
  void unlocked(Passphrases.Unlocked opened, Screen back) {
    if (hidden) {
      // Hidden while it was unlocking: it stays locked, and the key is dropped again.
      services.passphrases().lock();
      return;
    }
    locked = false;
    services.people().knowOnly(opened.people());
    if (preferences.locked()) {
      // An older Attune's hash: the store has sealed everything and forgotten it.
      preferences = preferences.withLock("");
    }
    readLastTime();
    Screen next = back != null ? back : opening(opened.unfinished(), opened.followUp());
    Utterance.Builder words = Utterance.builder().say(Messages.get("lock.open"));
    if (!opened.damaged().isEmpty()) {
      String damaged = Messages.format("lock.damaged", String.join(", ", opened.damaged()));
      view.notice(damaged);
      words.say(damaged);
    }
    show(next, words.build());
    armIdleLock();
  }

  /**
   * Locks at once: the key is dropped, the names are forgotten, and the lock screen waits. Nothing
   * is said: after hide now the window stays black until the curtain key, and after the idle time a
   * quiet room is not woken by a voice; the next key hears it.
   */
  private void lockNow() {
    if (locked || !services.passphrases().set()) {
      return;
    }
    locked = true;
    scanner.stop();
    services.speaker().stop();
    services.passphrases().lock();
    services.people().knowOnly(List.of());
    lastTime = CompletableFuture.completedFuture(NO_LAST_TIME);
    LockScreen lock = new LockScreen(this, screen instanceof LockScreen ? null : screen);
    shown++;
    screen = lock;
    model = lock.model();
    view.show(model);
    view.curtain(userCurtain || model.dark());
    view.focus(preferences.scanning() ? -1 : model.focus());
  }

  /** How long Attune waits without a key or a tap before it locks, with a passphrase. */
  long idleLockMillis() {
    return preferences.lockAfterMinutes() * 60_000L;
  }

  /** After {@link #idleLockMillis()} without a key or a tap, Attune locks (with a passphrase). */
  private void armIdleLock() {
    long waited = services.clock().millis() - lastInputAt;
    armIdleLock(Math.max(1, Math.min(idleLockMillis(), idleLockMillis() - waited)));
  }

  /** Looks again in {@code millis}. */
  private void armIdleLock(long millis) {
    if (!services.passphrases().set() || locked) {
      return;
    }
    int left = (int) Math.max(1, Math.min(Integer.MAX_VALUE, millis));
    int generation = ++idleArmed;
    services
        .delay()
        .after(left)
        .thenRunAsync(
            guard(
                () -> {
                  if (generation != idleArmed || locked) {
                    return;
                  }
                  boolean idle = services.clock().millis() - lastInputAt >= idleLockMillis();
                  if (idle && !busy()) {
                    lockNow();
                  } else if (busy()) {
                    // Looked at again a whole idle time later, not over and over meanwhile.
                    armIdleLock(idleLockMillis());
                  } else {
                    armIdleLock();
                  }
                }),
            services.ui());
  }

  /**
   * A check-in, the pause board or an exercise may sit untouched for a long while, and must not
   * lock then: the board has to answer at once.
   */
  private boolean busy() {
    return screen instanceof CheckInScreen
        || screen instanceof BoardScreen
        || screen instanceof ExerciseScreen;
  }

  /** The first words Attune says, as soon as its voice is ready. */
  public static Utterance welcome() {
    return Utterance.of(Messages.get("home.welcome"));
  }

  /**
   * The greeting and Home's words, for the voice to synthesise while the window is still being
   * built, so the first sound comes sooner.
   */
  public static Utterance greeting() {
    return concat(Utterance.of(Messages.get("home.welcome")), HomeScreen.words());
  }

  /** Tells the person something that happened, by voice and on screen. */
  public void tell(String message) {
    view.notice(message);
    say(Utterance.of(message));
  }

  public ScreenModel model() {
    return model;
  }

  public Preferences preferences() {
    return preferences;
  }

  /** The option scanning spoke last, or -1. */
  public int scanned() {
    return scanner.index();
  }

  /** Scanning ran its rounds and waits for a press to hear the options again. */
  public boolean scanPaused() {
    return scanner.offered();
  }

  /**
   * Whether a press would be taken now. In scanning mode a press within {@link
   * Preferences#DEBOUNCE_MILLIS} of a choice (by the injected clock) is ignored: a switch can
   * bounce, and a tremor can press twice.
   */
  public boolean ready() {
    return !preferences.scanning()
        || services.clock().millis() - lastChoice >= Preferences.DEBOUNCE_MILLIS;
  }

  /**
   * How many keys, clicks and taps have reached the controller, taken or not: a test that presses a
   * key waits for this to grow, so it knows the key arrived.
   */
  public long inputs() {
    return inputs;
  }

  Services services() {
    return services;
  }

  ScreenView view() {
    return view;
  }

  boolean curtainOn() {
    return userCurtain;
  }

  /** Acts on a command from a key; {@code number} is the digit for {@link Command#CHOOSE}. */
  public void command(Command command, int number) {
    inputs++;
    lastInputAt = services.clock().millis();
    guarded(() -> act(command, number));
  }

  private void act(Command command, int number) {
    if (hidden && command != Command.CURTAIN) {
      return;
    }
    switch (command) {
      case CHOOSE:
        choose(model.curtained() ? 0 : number - 1);
        break;
      case ACTIVATE:
        activate();
        break;
      case NEXT:
        moveFocus(1);
        break;
      case PREVIOUS:
        moveFocus(-1);
        break;
      case REPEAT:
        scanner.stop();
        sayThenScan(screen.repeat());
        break;
      case BACK:
        scanner.stop();
        screen.back();
        break;
      case SILENCE:
        services.speaker().stop();
        if (preferences.scanning()) {
          scanner.stop();
        }
        break;
      case PAUSE_BOARD:
        pauseBoard();
        break;
      case CURTAIN:
        if (hidden) {
          // Back from hiding: the curtain lifts, and where things stand is said again.
          hidden = false;
          userCurtain = false;
          view.curtain(model.dark());
          sayThenScan(screen.repeat());
          break;
        }
        userCurtain = !userCurtain;
        view.curtain(userCurtain || model.dark());
        say(Utterance.of(userCurtain ? "Curtain on." : "Curtain off."));
        break;
      case FULL_SCREEN:
        view.toggleFullScreen();
        break;
      case HIDE:
        // Instantly private: black and silent, nothing spoken to confirm it.
        scanner.stop();
        services.speaker().stop();
        hidden = true;
        userCurtain = true;
        view.curtain(true);
        lockNow();
        break;
      case HELP:
        scanner.stop();
        say(help());
        break;
      default:
        throw new IllegalStateException("unhandled command " + command);
    }
  }

  /** A button was clicked or tapped. In scanning mode every tap chooses the scanned option. */
  public void clicked(int index) {
    inputs++;
    lastInputAt = services.clock().millis();
    if (hidden) {
      return;
    }
    guarded(
        () -> {
          if (preferences.scanning()) {
            activate();
          } else {
            choose(index);
          }
        });
  }

  /** A tap anywhere in the window: the single switch of scanning mode. */
  public void tapped() {
    inputs++;
    lastInputAt = services.clock().millis();
    if (preferences.scanning() && !hidden) {
      guarded(this::activate);
    }
  }

  /** The person moved to a button (keys or pointer): say its label in the cue voice. */
  public void focusMoved(int index) {
    if (preferences.scanning() || hidden) {
      return;
    }
    if (index >= 0 && index < model.buttons().size() && !model.dark()) {
      guarded(
          () ->
              say(
                  Utterance.builder()
                      .say(model.buttons().get(index).label(), Utterance.Style.CUE)
                      .build()));
    }
  }

  /**
   * The edge for a fault on the Event Dispatch Thread: whatever a screen was doing, the person is
   * told, by voice and on screen, and offered Home; no screen is left dead. The log gets where it
   * happened (classes and lines), never the fault's message, which could hold what someone said.
   * What was said before is kept: every answer was saved as it was given.
   */
  public void failed(Throwable fault) {
    LOG.severe("a screen failed: " + where(fault));
    if (failing) {
      return;
    }
    if (screen instanceof FailedScreen) {
      // Already shown. A press that failed again (Home, say) hears it again; a fault with no press
      // behind it (a repaint) does not repeat it over and over.
      if (failedAt != inputs) {
        failedAt = inputs;
        say(screen.enter());
      }
      return;
    }
    failing = true;
    failedAt = inputs;
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
  private void guarded(Runnable action) {
    try {
      action.run();
    } catch (RuntimeException | AssertionError | LinkageError e) {
      failed(e);
    }
  }

  /**
   * {@code action} made safe to run later on the Event Dispatch Thread (a continuation of speech, a
   * read or a wait): a fault in it is told and offers Home, where a future would hide it.
   */
  Runnable guard(Runnable action) {
    return () -> guarded(action);
  }

  <T> Consumer<T> guard(Consumer<T> action) {
    return value -> guarded(() -> action.accept(value));
  }

  <T> BiConsumer<T, Throwable> guard(BiConsumer<T, Throwable> action) {
    return (value, error) -> guarded(() -> action.accept(value, error));
  }

  /**
   * The one way a screen does slow work (a read, a write, a passphrase): {@code work} starts it off
   * the Event Dispatch Thread, and it ends back on it in exactly one of two ways. Done, {@code
   * then} gets the result (the screen decides whether it is still shown). Failed while {@code
   * owner} is still shown, the person hears and sees what went wrong, with Try again (which shows
   * {@code owner} and starts {@code work} again) and Home: no screen waits forever on work that
   * will not come. A failure for a screen already left is only logged.
   */
  <T> void background(Screen owner, Supplier<CompletableFuture<T>> work, Consumer<T> then) {
    background(
        owner,
        work,
        then,
        error ->
            show(
                new FailedScreen(
                    this,
                    services.failures().words(error),
                    () -> {
                      show(owner, Utterance.builder().build());
                      background(owner, work, then);
                    }),
                Utterance.builder().build()));
  }

  /**
   * Like {@link #background(Screen, Supplier, Consumer)}, for a screen that tells a failure itself
   * and offers its own way on ({@code failed} gets the failure's words for people).
   */
  <T> void background(
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
              if (screen == owner) {
                failed.accept(error);
              }
            }),
        services.ui());
  }

  /**
   * Tells a failure of slow work, by voice and on screen, on the screen that is showing (whose own
   * buttons are the way on).
   */
  void tellFailure(Throwable error) {
    String words = services.failures().words(error).orElse(Messages.get("failed.tell"));
    view.notice(words);
    say(Utterance.builder().tone(Utterance.Earcon.ATTENTION).say(words).build());
  }

  /**
   * Runs {@code then} on the Event Dispatch Thread once {@code done} completes (speech, a wait); if
   * it failed, nothing follows but a line in the log (speech that failed has told the person).
   */
  <T> void after(CompletableFuture<T> done, Consumer<T> then) {
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

  /** Where a fault happened: its class and the top of its stack, without its message. */
  public static String where(Throwable fault) {
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

  /** The window is closing: an unfinished check-in is left, keeping what was said. */
  public void close() {
    scanner.stop();
    screen.leave();
    services.speaker().stop();
  }

  Screen current() {
    return screen;
  }

  void home() {
    screen.leave();
    if (locked) {
      // Home is behind the lock: the failure screen's Home, say, leads back to it.
      show(new LockScreen(this, null), Utterance.builder().build());
      return;
    }
    readLastTime();
    show(new HomeScreen(this), Utterance.builder().build());
  }

  void settings() {
    show(new SettingsScreen(this), Utterance.builder().build());
  }

  /** Starts a check-in: first who uses Attune (once), then who is here, then the questions. */
  void checkIn(String deckId) {
    List<Person> people = services.people().all();
    if (people.isEmpty()) {
      show(new SetupScreen(this, deckId), Utterance.builder().build());
    } else if (people.size() > 1) {
      show(new WhoScreen(this, deckId, people), Utterance.builder().build());
    } else {
      startCheckIn(deckId, people);
    }
  }

  /**
   * Starts a check-in for these people. A Before first brings back last time: its aftercare, and
   * "same as last time?" when there is a last time (read off the Event Dispatch Thread).
   */
  void startCheckIn(String deckId, List<Person> people) {
    Deck deck = services.decks().get(deckId);
    if (!"before".equals(deckId)) {
      beginCheckIn(deck, people, null, List.of(), null);
      return;
    }
    if (lastTime.isDone()) {
      beginBefore(deck, people, lastTime.getNow(NO_LAST_TIME));
      return;
    }
    // Rarely: last time is still being read. Keys wait on an empty screen, not the old one.
    show(new WaitScreen(), Utterance.builder().tone(Utterance.Earcon.CHOSEN).build());
    lastTime.whenCompleteAsync(
        guard((last, error) -> beginBefore(deck, people, error == null ? last : NO_LAST_TIME)),
        services.ui());
  }

  private void beginBefore(Deck deck, List<Person> people, List<Optional<LastAnswers>> last) {
    Optional<LastAnswers> before = last.get(0);
    List<String> carried =
        last.get(1).isPresent()
            ? CarriedForward.sentences(services.decks().get("after"), people, last.get(1).get())
            : List.of();
    if (before.isPresent() && sharesSomeone(before.get(), people)) {
      show(
          new SameAsLastTimeScreen(this, deck, people, before.get(), carried),
          Utterance.builder().build());
    } else {
      beginCheckIn(deck, people, null, carried, null);
    }
  }

  /**
   * Reads last time ahead (off the EDT), so a Before can start the moment it is chosen. If it
   * cannot be read, the Before asks everything, as on a first night: nobody is kept from a check-in
   * because an old one will not open.
   */
  private void readLastTime() {
    lastTime =
        services
            .history()
            .lastBefore()
            .thenCombine(
                services.history().lastAftercare(), (before, after) -> List.of(before, after))
            .exceptionally(
                error -> {
                  LOG.warning("last time could not be read: " + where(error));
                  return NO_LAST_TIME;
                });
  }

  /**
   * @param keep last time's answers to keep, or {@code null} to ask everything
   * @param carried sentences said before the intro (last time's aftercare)
   * @param follows the After check-in a follow-up belongs to, or {@code null}
   */
  void beginCheckIn(
      Deck deck, List<Person> people, LastAnswers keep, List<String> carried, String follows) {
    CheckIn checkIn =
        new CheckIn(services.ids().get(), deck, people, services.journal(), services.clock());
    CheckInScreen next = new CheckInScreen(this, checkIn);
    next.begin(keep);
    if (follows != null) {
      services.journal().follows(checkIn.id(), follows);
    }
    Utterance.Builder intro = Utterance.builder();
    carried.forEach(intro::say);
    show(
        next,
        intro.say(keep == null ? deck.intro() : Messages.get("same.kept")).pause(300).build());
  }

  /** The next-day follow-up, linked to the evening of the After check-in it follows. */
  void followUp(String afterCheckInId) {
    List<Person> people = services.people().all();
    beginCheckIn(services.decks().get("followup"), people, null, List.of(), afterCheckInId);
  }

  private static boolean sharesSomeone(LastAnswers last, List<Person> people) {
    return people.stream().anyMatch(p -> !last.of(p.id()).isEmpty());
  }

  /** P, from anywhere: the pause board, which goes back to where the person was. */
  void pauseBoard() {
    scanner.stop();
    if (screen instanceof BoardScreen) {
      sayThenScan(screen.repeat());
      return;
    }
    show(
        new BoardScreen(this, services.decks().get("during"), screen), Utterance.builder().build());
  }

  /**
   * Shows a screen and speaks {@code before}, then the screen's own words; in scanning mode the
   * options are scanned after that.
   *
   * @return completes when that speech ends: true if it played to the end
   */
  CompletableFuture<Boolean> show(Screen next, Utterance before) {
    scanner.stop();
    screen = next;
    model = next.model();
    // Sound first: the earcon answers the tap at once while Swing rebuilds the screen.
    int expected = ++shown;
    CompletableFuture<Boolean> spoken = say(concat(before, next.enter()));
    view.show(model);
    view.curtain(userCurtain || model.dark());
    view.focus(preferences.scanning() ? -1 : model.focus());
    view.announce(model.text());
    scanAfter(spoken, expected);
    // Synthesised behind what is being said: a later say jumps ahead of it.
    services.speaker().prepare(next.ahead());
    return spoken;
  }

  /** Redraws the current screen and says {@code words}; scanning goes on after them. */
  void refresh(Utterance words) {
    int focused = preferences.scanning() ? scanner.index() : view.focused();
    scanner.stop();
    model = screen.model();
    CompletableFuture<Boolean> spoken = say(words);
    view.show(model);
    int keep = focused >= 0 && focused < model.buttons().size() ? focused : model.focus();
    view.focus(keep);
    if (preferences.scanning()) {
      int expected = shown;
      spoken.thenRunAsync(
          guard(
              () -> {
                if (expected == shown && screen.scannable()) {
                  scanner.start(keep + 1);
                }
              }),
          services.ui());
    }
  }

  /** Speaks; with Attune's voice off only earcons and pauses remain. */
  CompletableFuture<Boolean> say(Utterance utterance) {
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
    Utterance spoken = preferences.voiceOn() ? utterance : withoutSpeech(utterance);
    if (spoken.parts().isEmpty()) {
      return CompletableFuture.completedFuture(true);
    }
    return services.speaker().say(spoken);
  }

  /** Says the question, then asks for typed text: heard first, so nobody needs to look. */
  Optional<char[]> ask(String question, boolean secret) {
    say(Utterance.of(question));
    return view.ask(question, secret);
  }

  /** Saves and applies new preferences. */
  void update(Preferences next) {
    Map<String, String> before = preferences.toMap();
    next.toMap()
        .forEach(
            (key, value) -> {
              if (!value.equals(before.get(key))) {
                services.journal().setting(key, value);
              }
            });
    preferences = next;
    apply(next);
  }

  /** What the current voice says about itself, spoken in that voice as a preview. */
  String voiceDescription() {
    VoiceProfile profile = services.voices().get(preferences.voice());
    return profile == null ? "" : profile.description();
  }

  private void apply(Preferences p) {
    view.dim(p.dim());
    view.textScale(p.textPercent());
    VoiceProfile base = services.voices().get(p.voice());
    if (base != null) {
      services.speaker().useVoice(adjusted(base, p));
    }
  }

  /** The chosen voice at the chosen speed and volume, kept within what a voice may be. */
  private static VoiceProfile adjusted(VoiceProfile base, Preferences p) {
    double rate =
        Math.max(
            VoiceProfile.MIN_RATE,
            Math.min(VoiceProfile.MAX_RATE, base.wordsPerMinute() * p.ratePercent() / 100.0));
    double volume =
        Math.max(VoiceProfile.MIN_VOLUME, Math.min(1.0, base.volume() * p.volumePercent() / 100.0));
    return new VoiceProfile(
        base.id(),
        base.baseVoice(),
        rate,
        base.pitchHz(),
        base.pitchRangeHz(),
        volume,
        base.description());
  }

  private CompletableFuture<Boolean> sayThenScan(Utterance words) {
    int expected = ++shown;
    CompletableFuture<Boolean> spoken = say(words);
    scanAfter(spoken, expected);
    return spoken;
  }

  /** In scanning mode, scans the screen once {@code spoken} ends, unless another was shown. */
  private void scanAfter(CompletableFuture<Boolean> spoken, int expected) {
    if (preferences.scanning()) {
      spoken.thenRunAsync(
          guard(
              () -> {
                if (expected == shown && screen.scannable()) {
                  scanner.start(0);
                }
              }),
          services.ui());
    }
  }

  private void activate() {
    if (model.curtained()) {
      choose(0);
      return;
    }
    if (!preferences.scanning()) {
      int focused = view.focused();
      if (focused < 0) {
        say(Utterance.of(Messages.get("checkin.nothingFocused")));
      } else {
        choose(focused);
      }
      return;
    }
    if (!ready()) {
      return;
    }
    if (model.buttons().size() == 1) {
      // One button (an exercise, a handoff): nothing to scan, the press means it.
      choose(0);
    } else if (scanner.index() >= 0 && model.privately()) {
      // Taken quietly; the scan reads on to the end of its round, then confirms. Stopping at the
      // press would tell the room which answer was spoken last. Heard nothing, a person may press
      // again: the first press stands.
      if (!scanner.holding()) {
        scanner.hold(scanner.index());
      }
    } else if (scanner.index() >= 0) {
      choose(scanner.index());
    } else {
      scanner.start(0);
    }
  }

  /** Chooses what was pressed quietly during a private scan, once its round has been read. */
  void chooseHeld(int index) {
    if (index < model.buttons().size()) {
      choose(index);
    }
  }

  private void choose(int index) {
    if (index < 0 || index >= model.buttons().size()) {
      say(Utterance.of("There is no option " + (index + 1) + " here."));
      return;
    }
    lastChoice = services.clock().millis();
    shown++;
    scanner.stop();
    chosen = true;
    screen.choose(index);
    chosen = false;
  }

  private void moveFocus(int step) {
    int count = model.buttons().size();
    if (count == 0 || model.curtained()) {
      return;
    }
    scanner.stop();
    int from = view.focused();
    int to = from < 0 ? (step > 0 ? 0 : count - 1) : Math.floorMod(from + step, count);
    view.focus(to);
    if (model.privately()) {
      // A label heard as the focus moves would tell the room which answer is about to be given.
      return;
    }
    say(Utterance.builder().say(model.buttons().get(to).label(), Utterance.Style.CUE).build());
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

  private static Utterance help() {
    Utterance.Builder b = Utterance.builder();
    for (Command c : Command.values()) {
      b.say(c.help());
    }
    return b.build();
  }

  static Utterance concat(Utterance first, Utterance second) {
    List<Utterance.Part> parts = new ArrayList<>(first.parts());
    parts.addAll(second.parts());
    return new Utterance(parts);
  }
}
