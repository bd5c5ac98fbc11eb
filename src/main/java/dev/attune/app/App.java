package dev.attune.app;

import dev.attune.deck.Deck;
import dev.attune.deck.DeckException;
import dev.attune.deck.DeckLoader;
import dev.attune.session.Journal;
import dev.attune.session.PeopleBook;
import dev.attune.session.Person;
import dev.attune.session.QueuedJournal;
import dev.attune.speech.Speech;
import dev.attune.store.Database;
import dev.attune.store.SqliteJournal;
import dev.attune.store.SqlitePeople;
import dev.attune.ui.Controller;
import dev.attune.ui.MainWindow;
import dev.attune.ui.Services;
import dev.attune.ui.Theme;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.swing.SwingUtilities;

/**
 * One running Attune: the database, the voice, the storage thread and the window, made and closed
 * together.
 */
public final class App {
  private static final Logger LOG = Logger.getLogger(App.class.getName());
  private static volatile boolean running;

  private final Database database;
  private final ExecutorService storage;
  private final Speech.Opened speech;
  private final MainWindow window;
  private final Controller controller;
  private final CountDownLatch released = new CountDownLatch(1);

  private App(
      Database database,
      ExecutorService storage,
      Speech.Opened speech,
      MainWindow window,
      Controller controller) {
    this.database = database;
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
   * @throws dev.attune.store.StoreException when the data folder or database cannot be used
   */
  public static App start(Path dataDir, Arguments.Mode mode) throws DeckException {
    Map<String, Deck> decks = loadDecks();
    Database database = Database.open(dataDir);
    Clock clock = Clock.systemDefaultZone();
    List<Person> people = new SqlitePeople(database, clock).all();
    ExecutorService storage =
        Executors.newSingleThreadExecutor(
            r -> {
              Thread t = new Thread(r, "attune-store");
              t.setDaemon(false);
              return t;
            });
    Speech.Opened speech = Speech.open();
    App[] app = new App[1];
    onEdt(
        () -> {
          Theme.install();
          MainWindow window = new MainWindow();
          Journal journal =
              new QueuedJournal(
                  new SqliteJournal(database),
                  storage,
                  e -> {
                    // Never the answer itself: only that saving failed, and why.
                    LOG.log(Level.SEVERE, "saving failed: " + e.getMessage());
                    SwingUtilities.invokeLater(() -> window.notice(e.getMessage()));
                  });
          Services services =
              new Services(
                  speech.speaker(),
                  journal,
                  decks,
                  new PeopleBook(people, journal, clock),
                  clock,
                  () -> UUID.randomUUID().toString(),
                  SwingUtilities::invokeLater);
          Controller controller = new Controller(window, services);
          app[0] = new App(database, storage, speech, window, controller);
          running = true;
          window.open(controller, app[0]::closed);
        });
    return app[0];
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
    controller.close();
    Thread release = new Thread(this::release, "attune-close");
    release.start();
  }

  /** Waits for every answer to reach the disk, then releases the voice and the database. */
  private void release() {
    storage.shutdown();
    try {
      if (!storage.awaitTermination(10, TimeUnit.SECONDS)) {
        LOG.severe("saving did not finish within 10 seconds");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      speech.speaker().close();
      database.close();
      running = false;
      released.countDown();
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
}
