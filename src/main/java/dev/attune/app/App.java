package dev.attune.app;

import dev.attune.deck.Deck;
import dev.attune.deck.DeckException;
import dev.attune.deck.DeckLoader;
import dev.attune.report.ReportException;
import dev.attune.session.FollowUpPolicy;
import dev.attune.session.Journal;
import dev.attune.session.LastAfter;
import dev.attune.session.PeopleBook;
import dev.attune.session.Person;
import dev.attune.session.QueuedJournal;
import dev.attune.session.Unfinished;
import dev.attune.speech.JavaSoundMicrophone;
import dev.attune.speech.RecordingException;
import dev.attune.speech.Recordings;
import dev.attune.speech.Speech;
import dev.attune.speech.VoiceFileException;
import dev.attune.speech.VoiceProfile;
import dev.attune.speech.VoiceProfiles;
import dev.attune.speech.VoiceRecorder;
import dev.attune.speech.VoiceSpeaker;
import dev.attune.store.Backups;
import dev.attune.store.Database;
import dev.attune.store.InstanceLock;
import dev.attune.store.PendingJournal;
import dev.attune.store.SqliteFollowUp;
import dev.attune.store.SqliteJournal;
import dev.attune.store.SqlitePeople;
import dev.attune.store.StoreException;
import dev.attune.ui.kit.Delay;
import dev.attune.ui.kit.SwingDelay;
import dev.attune.ui.kit.Theme;
import dev.attune.ui.nav.Controller;
import dev.attune.ui.nav.MainWindow;
import dev.attune.ui.nav.Services;
import dev.attune.ui.settings.Preferences;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.swing.SwingUtilities;

/**
 * One running Attune: the lock, the database, the voice, the storage thread and the window, made in
 * order and released in reverse.
 */
public final class App {
  private static final Logger LOG = Logger.getLogger(App.class.getName());
  private static volatile boolean running;

  private final InstanceLock lock;
  private final Database database;
  private final PendingJournal pending;
  private final ScheduledExecutorService storage;
  private final Speech.Opened speech;
  private final MainWindow window;
  private final Controller controller;
  private final CountDownLatch released = new CountDownLatch(1);

  /** Set once closing began, by the window or by the process being asked to end. */
  private final java.util.concurrent.atomic.AtomicBoolean releasing =
      new java.util.concurrent.atomic.AtomicBoolean();

  /**
   * When the process is asked to end (a logout, a shutdown: SIGTERM) without the window closing,
   * what could not be saved is still kept for the next start.
   */
  private Thread exitHook;

  /** The handler this Attune installed for uncaught faults, and the one it replaced. */
  private Thread.UncaughtExceptionHandler faults;

  private Thread.UncaughtExceptionHandler previousFaults;

  /** Until the window has closed: faults on the Event Dispatch Thread go to the controller. */
  private volatile boolean open;

  /** Start failed after the window was made: closing it releases nothing (start did). */
  private volatile boolean startFailed;

  private App(
      InstanceLock lock,
      Database database,
      PendingJournal pending,
      ScheduledExecutorService storage,
      Speech.Opened speech,
      MainWindow window,
      Controller controller) {
    this.lock = lock;
    this.database = database;
    this.pending = pending;
    this.storage = storage;
    this.speech = speech;
    this.window = window;
    this.controller = controller;
  }

  static boolean isRunning() {
    return running;
  }

  /**
   * Opens the data folder and shows the window. Returns once the window is up; the app runs until
   * the window is closed.
   *
   * @param mode from the command line, or {@code null} to use the stored setting
   * @throws StoreException when the data folder or database cannot be used, or Attune is already
   *     open on it
   */
  public static App start(Path dataDir, Arguments.Mode mode) throws DeckException {
    return start(dataDir, mode, Parts.REAL);
  }

  /**
   * What a test or the benchmark may put in place of the real thing.
   *
   * @param speech opens the voice (the benchmark passes one whose line records when sound is
   *     written)
   * @param clock the time of every answer, and of the pause after a choice when presses are ignored
   * @param delay paces scanning (window tests step it themselves)
   * @param steps told the name of each start step before it runs (a test fails one on purpose)
   * @param exports the folder History's exports are written to: the home folder, or a test's own
   */
  record Parts(
      Supplier<Speech.Opened> speech,
      Clock clock,
      Delay delay,
      Consumer<String> steps,
      Supplier<Path> exports) {
    static final Parts REAL =
        new Parts(Speech::open, Clock.systemDefaultZone(), new SwingDelay(), step -> {});

    Parts {
      Objects.requireNonNull(speech, "speech");
      Objects.requireNonNull(clock, "clock");
      Objects.requireNonNull(delay, "delay");
      Objects.requireNonNull(steps, "steps");
      Objects.requireNonNull(exports, "exports");
    }

    Parts(Supplier<Speech.Opened> speech, Clock clock, Delay delay, Consumer<String> steps) {
      this(speech, clock, delay, steps, () -> Path.of(System.getProperty("user.home")));
    }

    Parts(Supplier<Speech.Opened> speech, Clock clock, Delay delay) {
      this(speech, clock, delay, step -> {});
    }

    Parts withSpeech(Supplier<Speech.Opened> other) {
      return new Parts(other, clock, delay, steps, exports);
    }

    Parts withSteps(Consumer<String> other) {
      return new Parts(speech, clock, delay, other, exports);
    }

    Parts withExports(Path folder) {
      return new Parts(speech, clock, delay, steps, () -> folder);
    }
  }

  /** The start steps, in order, each named as {@link Parts#steps()} hears it. */
  static final List<String> STEPS =
      List.of(
          "voice",
          "decks",
          "lock",
          "database",
          "restore",
          "logs",
          "read",
          "storage",
          "recordings",
          "window",
          "open");

  /**
   * What start has opened so far, closed in reverse order if a later step fails: start is all or
   * nothing, so a failed start never leaves the instance lock, the database or the voice held.
   */
  private static final class Opened {
    private final java.util.Deque<Runnable> closes = new java.util.ArrayDeque<>();

    void then(Runnable close) {
      closes.push(close);
    }

    void closeAll() {
      while (!closes.isEmpty()) {
        try {
          closes.pop().run();
        } catch (RuntimeException e) {
          LOG.severe("closing after a failed start failed: " + Controller.where(e));
        }
      }
    }
  }

  /**
   * As {@link #start(Path, Arguments.Mode)}, with some parts replaced. Called once, off the EDT.
   * All or nothing: if any step fails, everything opened before it is closed, in reverse order, and
   * the failure is thrown.
   */
  static App start(Path dataDir, Arguments.Mode mode, Parts parts) throws DeckException {
    Opened opened = new Opened();
    try {
      return start(dataDir, mode, parts, opened);
    } catch (DeckException | RuntimeException | Error e) {
      if (!(e instanceof StoreException || e instanceof DeckException)) {
        // A fault: where it happened, for whoever looks into it. A StoreException or a
        // DeckException is told to the person in its own words, and is no fault of Attune's.
        LOG.severe("Attune could not start: " + Controller.where(e));
      }
      opened.closeAll();
      throw e;
    }
  }

  private static App start(Path dataDir, Arguments.Mode mode, Parts parts, Opened opened)
      throws DeckException {
    // First, so the voice loads on its own thread while decks, database and window are made.
    parts.steps().accept("voice");
    Speech.Opened speech = parts.speech().get();
    opened.then(speech.speaker()::close);
    // Heard as soon as the voice is ready, while the rest is still being opened.
    CompletableFuture<Boolean> welcomed = speech.speaker().say(Controller.welcome());
    speech.speaker().prepare(Controller.greeting());
    parts.steps().accept("decks");
    Map<String, Deck> decks = loadDecks();
    Clock clock = parts.clock();
    parts.steps().accept("lock");
    InstanceLock lock = InstanceLock.acquire(dataDir);
    opened.then(lock::close);
    List<String> notices = new ArrayList<>();
    parts.steps().accept("database");
    Database[] database = {Database.open(dataDir, clock)};
    opened.then(() -> database[0].close());
    parts.steps().accept("restore");
    Optional<Backups.Restored> restored =
        RestoreRequest.apply(dataDir, database[0], clock, notices);
    if (restored.isEmpty()) {
      // A damaged database was set aside: the latest sound backup comes back in its place.
      restored = new Backups(dataDir, clock).recoverLatest(database[0]);
    }
    if (restored.isPresent()) {
      database[0] = restored.get().database();
      notices.add(restored.get().notice());
    }
    return open(dataDir, mode, speech, welcomed, parts, lock, database[0], notices, decks, opened);
  }

  private static App open(
      Path dataDir,
      Arguments.Mode mode,
      Speech.Opened speech,
      CompletableFuture<Boolean> welcomed,
      Parts parts,
      InstanceLock lock,
      Database database,
      List<String> notices,
      Map<String, Deck> decks,
      Opened opened) {
    Clock clock = parts.clock();
    parts.steps().accept("logs");
    Path logs = database.file().getParent();
    Logs.start(logs);
    opened.then(() -> Logs.stop(logs));
    parts.steps().accept("read");
    database.recoveryNotice().ifPresent(notices::add);
    fullDisk(dataDir).ifPresent(notices::add);
    SqliteJournal.forgetPrivateAnswers(database, decks.values());
    // With a passphrase, who is here and what was said can only be read once unlocked.
    boolean sealed = database.sealed();
    List<Person> people = sealed ? List.of() : new SqlitePeople(database, clock).all();
    Optional<Unfinished> unfinished =
        sealed
            ? Optional.empty()
            : SqliteJournal.unfinished(database, clock.instant().minus(Duration.ofHours(24)));
    Optional<LastAfter> followUp =
        sealed
            ? Optional.empty()
            : new SqliteFollowUp(database).last().filter(new FollowUpPolicy(clock)::offerNow);
    parts.steps().accept("storage");
    ScheduledExecutorService storage =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "attune-store");
              t.setDaemon(false);
              return t;
            });
    opened.then(storage::shutdownNow);
    parts.steps().accept("recordings");
    speech.notice().ifPresent(notices::add);
    Map<String, VoiceProfile> voices = voices(dataDir, notices);
    Recordings recordings = new Recordings(dataDir.resolve("voices"), new SealedFiles(database));
    if (speech.speaker() instanceof VoiceSpeaker voice) {
      voice.useRecordings(recordings);
    }
    Preferences stored = Preferences.from(SqliteJournal.settings(database));
    Preferences preferences =
        mode == null ? stored : stored.withScanning(mode == Arguments.Mode.SCANNING);
    parts.steps().accept("window");
    App[] app = new App[1];
    MainWindow[] made = new MainWindow[1];
    opened.then(
        () ->
            onEdt(
                () -> {
                  if (app[0] != null) {
                    app[0].open = false;
                    app[0].startFailed = true;
                    if (Thread.getDefaultUncaughtExceptionHandler() == app[0].faults) {
                      Thread.setDefaultUncaughtExceptionHandler(app[0].previousFaults);
                    }
                  }
                  running = false;
                  if (made[0] != null) {
                    made[0].frame().dispose();
                  }
                }));
    onEdt(
        () -> {
          Theme.install();
          MainWindow window = new MainWindow();
          made[0] = window;
          Tell tell = new Tell();
          PendingJournal pending =
              new PendingJournal(new SqliteJournal(database), tell, database, clock);
          Journal journal =
              new QueuedJournal(
                  pending,
                  storage,
                  e -> {
                    // Only that saving failed and why: never the answer itself.
                    LOG.log(Level.SEVERE, "saving failed: " + e.getMessage());
                    tell.say(e.getMessage());
                  });
          Services services =
              new Services(
                  speech.speaker(),
                  journal,
                  decks,
                  new PeopleBook(people, journal, clock),
                  clock,
                  () -> UUID.randomUUID().toString(),
                  SwingUtilities::invokeLater,
                  parts.delay(),
                  voices,
                  preferences,
                  unfinished,
                  new StoredHistory(
                      new Records(database, decks, clock),
                      new Backups(dataDir, clock),
                      storage,
                      clock,
                      parts.exports().get(),
                      recordings::removeAll,
                      pending),
                  followUp,
                  word -> CompletableFuture.supplyAsync(() -> Words.describe(word), storage),
                  new RecordedVoice(
                      new VoiceRecorder(new JavaSoundMicrophone(), recordings), storage),
                  new StoredPassphrases(
                      database,
                      new Backups(dataDir, clock),
                      pending,
                      storage,
                      clock,
                      stored::lock,
                      sealed,
                      recordings,
                      decks.values()),
                  App::inWords);
          Controller controller = new Controller(window, services);
          tell.controller = controller;
          app[0] = new App(lock, database, pending, storage, speech, window, controller);
          running = true;
          app[0].catchFaultsOnTheEventThread();
          parts.steps().accept("open");
          window.open(controller, notices, welcomed, app[0]::closed);
        });
    LOG.info("Attune is open");
    storage.execute(() -> app[0].backUp(clock));
    storage.execute(app[0].pending::reserve);
    app[0].exitHook = new Thread(app[0]::keepOnExit, "attune-exit");
    Runtime.getRuntime().addShutdownHook(app[0].exitHook);
    // Answers held last time (in the held-answers file) are saved first, and told once the window
    // can tell it; answers that cannot be saved are tried again with a growing wait.
    storage.execute(app[0].pending::retry);
    storage.scheduleWithFixedDelay(app[0].pending::tick, 1, 1, TimeUnit.SECONDS);
    return app[0];
  }

  /**
   * Anything thrown on the Event Dispatch Thread that no screen caught (a timer, a repaint, a
   * listener) is told to the person, who is offered Home, instead of leaving a dead screen. Faults
   * on other threads are logged, never with their message, which could hold what someone said, and
   * passed on to the handler that was there before. Undone when this Attune closes.
   */
  private void catchFaultsOnTheEventThread() {
    previousFaults = Thread.getDefaultUncaughtExceptionHandler();
    open = true;
    faults =
        (thread, fault) -> {
          if (open && SwingUtilities.isEventDispatchThread()) {
            controller.failed(fault);
            return;
          }
          LOG.severe("a fault on " + thread.getName() + ": " + Controller.where(fault));
          if (previousFaults != null) {
            previousFaults.uncaughtException(thread, fault);
          }
        };
    Thread.setDefaultUncaughtExceptionHandler(faults);
  }

  public MainWindow window() {
    return window;
  }

  public Controller controller() {
    return controller;
  }

  /** Closes the window as a person would, and waits until everything is saved and released. */
  public void close() throws InterruptedException {
    SwingUtilities.invokeLater(() -> window.frame().dispose());
    if (!released.await(30, TimeUnit.SECONDS)) {
      throw new IllegalStateException("Attune did not finish closing within 30 seconds");
    }
  }

  /**
   * The window has closed (Event Dispatch Thread): leave any check-in, then release off the EDT.
   */
  private void closed() {
    if (startFailed) {
      return;
    }
    open = false;
    controller.close();
    Thread release = new Thread(this::release, "attune-close");
    release.start();
  }

  /**
   * The process is ending without the window closing (SIGTERM): what is queued is saved, and what
   * cannot be saved goes to the held-answers file (into its reserve on a full disk). The database
   * commits every answer as it comes, so nothing else needs closing.
   */
  private void keepOnExit() {
    try {
      if (!releasing.compareAndSet(false, true)) {
        released.await(10, TimeUnit.SECONDS); // the window is closing: let it finish
        return;
      }
      storage.execute(
          () -> {
            if (!pending.retry()) {
              pending.keepForNextStart();
            }
          });
      storage.shutdown();
      if (!storage.awaitTermination(5, TimeUnit.SECONDS)) {
        // Something long (a backup, an export) was in the way.
        LOG.severe("saving did not finish before the process ended");
        return;
      }
      if (pending.pending() > 0) {
        LOG.severe(pending.pending() + " answers could not be saved or kept before the end");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (RuntimeException e) {
      LOG.severe("keeping the held answers at the end failed: " + Controller.where(e));
    }
  }

  /** Saves what is held, then releases the voice, the database and the lock, in that order. */
  private void release() {
    releasing.set(true);
    try {
      if (exitHook != null) {
        Runtime.getRuntime().removeShutdownHook(exitHook);
      }
    } catch (IllegalStateException | IllegalArgumentException e) {
      // The process is already ending; the hook sees that closing began.
    }
    try {
      storage.execute(
          () -> {
            // What still cannot be saved goes to the held-answers file, for the next start.
            if (!pending.retry()) {
              pending.keepForNextStart();
            }
          });
    } catch (java.util.concurrent.RejectedExecutionException e) {
      // The process is ending, and its exit hook is keeping what is held.
    }
    storage.shutdown();
    try {
      if (!storage.awaitTermination(10, TimeUnit.SECONDS)) {
        LOG.severe("saving did not finish within 10 seconds");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      if (pending.pending() > 0) {
        LOG.severe(pending.pending() + " answers could not be saved or kept before closing");
      }
      speech.speaker().close();
      database.close();
      lock.close();
      running = false;
      if (Thread.getDefaultUncaughtExceptionHandler() == faults) {
        Thread.setDefaultUncaughtExceptionHandler(previousFaults);
      }
      Logs.stop(database.file().getParent());
      released.countDown();
    }
  }

  /** Below this much room, the disk is told as full at the start: an answer may not fit. */
  static final long ROOM_NEEDED = 1024 * 1024;

  /**
   * What to say at the start when the disk that holds the data is full: saving will be held, and
   * the person hears it before the first answer rather than after it.
   */
  static Optional<String> fullDisk(Path dataDir) {
    try {
      if (java.nio.file.Files.getFileStore(dataDir).getUsableSpace() >= ROOM_NEEDED) {
        return Optional.empty();
      }
    } catch (java.io.IOException e) {
      return Optional.empty(); // cannot tell: saving tells, if it comes to it
    }
    return Optional.of(
        "The disk that holds Attune's data, "
            + dev.attune.disk.Cause.shown(dataDir)
            + ", is full. What you say is kept in a separate file in that folder until there is"
            + " room, and saved then. Free some space on that disk when you can.");
  }

  /** Today's backup, on the storage thread; a failure is told, never fatal. */
  private void backUp(Clock clock) {
    try {
      new Backups(database.file().getParent(), clock).daily(database);
    } catch (StoreException e) {
      LOG.warning("daily backup failed: " + e.getMessage());
      SwingUtilities.invokeLater(() -> controller.tell(e.getMessage()));
    }
  }

  /** The voice profiles; broken user profiles are told, and the bundled ones used. */
  private static Map<String, VoiceProfile> voices(Path dataDir, List<String> notices) {
    try {
      VoiceProfiles.Loaded loaded = VoiceProfiles.load(dataDir.resolve("voices"));
      loaded.problems().forEach(p -> notices.add(p.getMessage()));
      return loaded.profiles();
    } catch (VoiceFileException e) {
      notices.add("A voice inside Attune is damaged: " + e.getMessage());
      return Map.of(VoiceProfiles.DEFAULT_ID, VoiceProfiles.bundledDefault());
    }
  }

  private static Map<String, Deck> loadDecks() throws DeckException {
    DeckLoader loader = new DeckLoader();
    Map<String, Deck> decks = new LinkedHashMap<>();
    for (String name : DeckLoader.BUNDLED) {
      decks.put(name, loader.bundled(name));
    }
    return decks;
  }

  private static void onEdt(Runnable work) {
    try {
      SwingUtilities.invokeAndWait(work);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while opening the window", e);
    } catch (InvocationTargetException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException) {
        throw (RuntimeException) cause;
      }
      throw new IllegalStateException("could not open the window", cause);
    }
  }

  /** Tells the person, by voice and on screen, when saving stops and starts again. */
  private static final class Tell implements PendingJournal.Listener {
    private volatile Controller controller;

    void say(String message) {
      SwingUtilities.invokeLater(
          () -> {
            if (controller != null) {
              controller.tell(message);
            }
          });
    }

    @Override
    public void cannotSave(String message, RuntimeException cause) {
      LOG.severe("saving is held: " + cause.getMessage());
      say(message);
    }

    @Override
    public void savedAgain(String message) {
      LOG.info("saving works again");
      say(message);
    }
  }

  /**
   * A failure of slow work in words for people: storage, an export and a recording each say what
   * went wrong and what to do. Anything else has no words for people (its message is for
   * developers, and never told).
   */
  static Optional<String> inWords(Throwable failure) {
    Throwable cause = failure;
    while (cause instanceof java.util.concurrent.CompletionException && cause.getCause() != null) {
      cause = cause.getCause();
    }
    if (cause instanceof StoreException
        || cause instanceof ReportException
        || cause instanceof RecordingException) {
      return Optional.ofNullable(cause.getMessage());
    }
    return Optional.empty();
  }
}
