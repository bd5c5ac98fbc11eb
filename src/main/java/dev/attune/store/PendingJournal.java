package dev.attune.store;

import dev.attune.disk.Cause;
import dev.attune.session.Journal;
import dev.attune.session.Outcome;
import dev.attune.session.Person;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Objects;

/**
 * Keeps journal calls in memory, in order, while they cannot be saved (a full or read-only disk, a
 * failing device), and saves them as soon as it can: before every later call, and on {@link
 * #tick()} with a growing back-off. Nothing is dropped and the order is kept, so the database ends
 * as if every call had succeeded when it was made.
 *
 * <p>What is held is written at once to the held-answers file in the data folder (sealed, with a
 * passphrase; into a reserve made beforehand when the disk is full), so that a process ended by a
 * logout or a shutdown loses nothing. Every later call goes there too, behind the others, until the
 * file can be saved into the database: at a later try, or at the next start, which says how many
 * answers it saved and how many it could not read.
 *
 * <p>The person is told once when saving stops and once when it works again, never per answer.
 * Messages name no answer, person or prompt.
 *
 * <p>Thread-safe; in the app it runs on the storage thread, behind {@link
 * dev.attune.session.QueuedJournal}, so the Event Dispatch Thread never waits on it.
 */
public final class PendingJournal implements Journal {
  private static final java.util.logging.Logger LOG =
      java.util.logging.Logger.getLogger(PendingJournal.class.getName());

  /**
   * Said once when saving stops: why, in plain words, where the answers are kept, and what to do.
   *
   * @param cause why the database refused, {@link Cause#UNKNOWN} when it is not the disk
   * @param kept whether what is held is in the held-answers file, not only in memory
   */
  public static String cannotSave(Cause cause, boolean kept) {
    String why = cause == Cause.UNKNOWN ? " right now." : ", because " + cause.words() + ".";
    String where =
        kept
            ? " Your answers are kept in a separate file, "
                + HeldFile.NAME
                + ", in its data folder, and will be saved as soon as it can, or the next time"
                + " Attune opens."
            : " Your answers are kept while Attune is open, and will be saved as soon as it can."
                + " Please keep Attune open until then.";
    String toDo = cause == Cause.UNKNOWN ? "" : " " + cause.toDo();
    return "Attune cannot save to its database, " + Database.FILE_NAME + why + where + toDo;
  }

  /** Said when everything held has been saved. */
  public static final String SAVED_AGAIN = "Attune can save again, and every answer is saved.";

  /**
   * Said when answers kept in the held-answers file were saved into the database: how many were
   * saved, and how many could not be read.
   *
   * @param saved the answers saved
   * @param unread the answers that could not be read, or {@link HeldFile.Loaded#UNKNOWN}
   */
  public static String savedFromFile(int saved, int unread) {
    String first =
        switch (saved) {
          case 0 -> unread == 0 ? "What Attune could not save last time is saved now." : "";
          case 1 -> "The answer Attune could not save last time is saved now.";
          default -> "The " + saved + " answers Attune could not save last time are saved now.";
        };
    return (first + " " + unread(unread)).strip();
  }

  /** What is said of answers that could not be read from a damaged held-answers file. */
  static String unread(int unread) {
    String said =
        switch (unread) {
          case 0 -> "";
          case 1 -> "One answer kept for later could not be read, because its file was damaged.";
          case HeldFile.Loaded.UNKNOWN ->
              "Some answers kept for later could not be read, because their file was damaged.";
          default ->
              unread + " answers kept for later could not be read, because their file was damaged.";
        };
    return unread == 0
        ? ""
        : said
            + " The damaged file is set aside in Attune's data folder; Delete everything removes"
            + " it.";
  }

  /** The longest wait between tries. */
  static final Duration LONGEST_WAIT = Duration.ofSeconds(30);

  /** What the person should hear and see about saving. */
  public interface Listener {
    /** Saving has stopped; {@code cause} is for the log (it holds no answers). */
    void cannotSave(String message, RuntimeException cause);

    /** Everything held has been saved. */
    void savedAgain(String message);
  }

  private final Journal target;
  private final Listener listener;
  private final Deque<HeldCall> held = new ArrayDeque<>();

  /** Where held calls go; {@code null} keeps them in memory only. */
  private final HeldFile file;

  /** Answers found unreadable in a damaged held-answers file, not yet told. */
  private int unread;

  /** The id of a held-answers file whose calls were just saved, while it is being deleted. */
  private String applied;

  private final Clock clock;
  private boolean failing;

  /** Failed tries in a row. */
  private int tries;

  /** No try from {@link #tick()} before this. */
  private Instant nextTry = Instant.MIN;

  /** Held calls only in memory: a test's, or an older caller's. */
  public PendingJournal(Journal target, Listener listener) {
    this(target, listener, (HeldFile) null, Clock.systemUTC());
  }

  /**
   * Held calls go to the held-answers file beside the database as soon as they are held, and a file
   * left by an earlier run is saved first.
   */
  public PendingJournal(Journal target, Listener listener, Database database, Clock clock) {
    this(target, listener, new HeldFile(database, clock), clock);
  }

  /** With a held-answers file of a test's own (one whose disk fails on purpose). */
  PendingJournal(Journal target, Listener listener, HeldFile file, Clock clock) {
    this.target = Objects.requireNonNull(target, "target");
    this.listener = Objects.requireNonNull(listener, "listener");
    this.file = file;
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public void follows(String checkInId, String afterCheckInId) {
    write(HeldCall.follows(checkInId, afterCheckInId));
  }

  @Override
  public void setting(String key, String value) {
    write(HeldCall.setting(key, value));
  }

  @Override
  public void person(Person person, Instant at) {
    write(HeldCall.person(person, at));
  }

  @Override
  public void begin(String checkInId, String deckId, List<Person> people, Instant at) {
    write(HeldCall.begin(checkInId, deckId, people, at));
  }

  @Override
  public void answer(
      String checkInId, long personId, String promptId, List<String> optionIds, Instant at) {
    write(HeldCall.answer(checkInId, personId, promptId, optionIds, at));
  }

  @Override
  public void settle(String checkInId, java.util.Map<String, String> outcomes, Instant at) {
    write(HeldCall.settle(checkInId, outcomes, at));
  }

  @Override
  public void withdraw(String checkInId, long personId, String promptId) {
    write(HeldCall.withdraw(checkInId, personId, promptId));
  }

  @Override
  public void finish(String checkInId, Outcome outcome, Instant at) {
    write(HeldCall.finish(checkInId, outcome, at));
  }

  @Override
  public void signal(String signalId, Instant at) {
    write(HeldCall.signal(signalId, at));
  }

  /**
   * Tries to save everything held, in order: the held-answers file first, then what is in memory.
   *
   * @return whether nothing is held any more
   */
  public synchronized boolean retry() {
    return drain();
  }

  /**
   * Tries again if something is held and its wait is over. The waits grow, 1 s, 2 s, 4 s, up to
   * {@link #LONGEST_WAIT}; the app calls this every second.
   */
  public synchronized void tick() {
    if ((!held.isEmpty() || inFile()) && !clock.instant().isBefore(nextTry)) {
      drain();
    }
  }

  /**
   * Makes room for held answers while the disk has it: a full disk later can still keep them (see
   * {@link HeldFile#reserve}).
   *
   * @return whether the room is there
   */
  public synchronized boolean reserve() {
    return file != null && file.reserve();
  }

  /** How many calls are held, waiting to be saved, in memory. */
  public synchronized int pending() {
    return held.size();
  }

  /** Whether calls wait in the held-answers file for the next start. */
  public synchronized boolean inFile() {
    return file != null && file.exists();
  }

  /**
   * Drops every held call that writes to one of {@code checkInIds}: those check-ins were deleted.
   */
  public synchronized void forgetCheckIns(java.util.Collection<String> checkInIds) {
    forget(h -> h.checkInId() != null && checkInIds.contains(h.checkInId()));
  }

  /** Drops every held call about this person: they were deleted. */
  public synchronized void forgetPerson(long personId) {
    forget(h -> h.personId() == personId);
  }

  /** Drops every held call: everything was deleted. */
  public synchronized void forgetAll() {
    held.clear();
    if (file != null) {
      file.delete();
    }
  }

  private void forget(java.util.function.Predicate<HeldCall> deleted) {
    held.removeIf(deleted);
    if (inFile()) {
      List<HeldCall> kept = new java.util.ArrayList<>(fromDisk().calls());
      if (kept.removeIf(deleted)) {
        file.save(kept);
      }
    }
  }

  /**
   * Puts what is held into the held-answers file, behind what is there already, when Attune is
   * closing with calls it could not save; the next start saves them.
   *
   * @return whether nothing is left only in memory
   */
  public synchronized boolean keepForNextStart() {
    // A write that fails once (a disk that hiccups) is tried again: this is the last chance.
    for (int attempt = 0; attempt < 3 && !held.isEmpty(); attempt++) {
      spill();
    }
    return held.isEmpty();
  }

  private synchronized void write(HeldCall call) {
    held.addLast(call);
    if (inFile() && clock.instant().isBefore(nextTry)) {
      // Behind what could not be saved before, in order, without a try until the wait is over.
      spill();
      return;
    }
    drain();
  }

  private boolean drain() {
    try {
      // The file first: it holds what came before anything in memory.
      if (inFile() && !fromFile()) {
        failed(null);
        return false;
      }
      while (!held.isEmpty()) {
        held.peekFirst().apply(target);
        held.removeFirst();
      }
    } catch (RuntimeException e) {
      // Kept where it was: it and everything after it wait, in order, for the next try.
      if (locked(e)) {
        // Nothing is wrong: it is saved once Attune is unlocked, and nobody needs telling.
        return false;
      }
      failed(e);
      return false;
    }
    tries = 0;
    nextTry = Instant.MIN;
    if (failing) {
      failing = false;
      listener.savedAgain(SAVED_AGAIN);
    }
    return true;
  }

  /**
   * Saves the held-answers file into the database, all of it in one transaction or none, then
   * deletes it.
   *
   * @return false when it cannot be read now (sealed while locked, unreadable), and stays
   * @throws RuntimeException when saving it failed; its calls stay, in the file or (when it was
   *     damaged and could not be written again) at the front of what is held in memory
   */
  private boolean fromFile() {
    List<HeldCall> calls;
    String id;
    try {
      HeldFile.Loaded loaded = fromDisk();
      calls = loaded.calls();
      id = loaded.id();
    } catch (IllegalStateException locked) {
      return false; // sealed, and Attune is locked: saved once it is unlocked
    } catch (StoreException e) {
      LOG.severe("the held answers cannot be read: " + e.getMessage());
      return false;
    }
    // All or none for the disk: a try that fails half way saves nothing, and the file's id, saved
    // with its calls, keeps a file left by a kill before its deletion from being saved twice.
    int refused = file.saveAll(calls, id, target);
    applied = id;
    file.delete();
    applied = null;
    file.reserve(); // room again for the next full disk
    if (!calls.isEmpty() || unread != 0) {
      // At the start they were kept last time; later, they were kept while Attune was open.
      String told =
          failing
              ? (SAVED_AGAIN + " " + unread(unread)).strip()
              : savedFromFile(HeldFile.answers(calls) - refused, unread);
      if (refused > 0) {
        told += " " + leftOut(refused);
      }
      unread = 0;
      failing = false;
      listener.savedAgain(told);
    }
    return true;
  }

  /**
   * The held-answers file's calls. Answers found unreadable in a damaged file are counted, to be
   * told, and what was read before the damage is written again as a whole file at once (the damaged
   * one was moved aside); when that cannot be written, it goes to the front of what is held in
   * memory, before anything said after it. A file whose calls were saved already (its deletion
   * failed) reads as none.
   */
  private HeldFile.Loaded fromDisk() {
    HeldFile.Loaded loaded = file.read();
    if (loaded.unread() != 0) {
      unread =
          unread == HeldFile.Loaded.UNKNOWN || loaded.unread() == HeldFile.Loaded.UNKNOWN
              ? HeldFile.Loaded.UNKNOWN
              : unread + loaded.unread();
    }
    if (loaded.id() != null && loaded.id().equals(applied)) {
      return HeldFile.Loaded.NONE;
    }
    if (loaded.damaged() && !loaded.calls().isEmpty()) {
      try {
        file.save(loaded.calls());
        return file.read();
      } catch (RuntimeException e) {
        List<HeldCall> rescued = loaded.calls();
        for (int i = rescued.size() - 1; i >= 0; i--) {
          held.addFirst(rescued.get(i));
        }
        return HeldFile.Loaded.NONE;
      }
    }
    return loaded;
  }

  /** What is said of answers the database refused when the held ones were saved. */
  static String leftOut(int answers) {
    return (answers == 1 ? "One answer" : answers + " answers")
        + " kept for later could not be saved, because what "
        + (answers == 1 ? "it belonged" : "they belonged")
        + " to is no longer in Attune (a backup was restored, or it was deleted).";
  }

  /**
   * A try failed: what is held goes to the held-answers file at once, and the next try waits
   * longer.
   */
  private void failed(RuntimeException e) {
    tries++;
    long wait = Math.min(LONGEST_WAIT.toMillis(), 1000L << Math.min(tries - 1, 10));
    nextTry = clock.instant().plusMillis(wait);
    boolean kept = held.isEmpty() ? inFile() : spill();
    if (!failing && e != null) {
      failing = true;
      listener.cannotSave(cannotSave(Recovery.cause(e), kept), e);
    }
  }

  /**
   * Moves what is held in memory to the end of the held-answers file.
   *
   * @return whether it is there; if the file cannot be written either (the disk is full), what is
   *     held stays in memory and is tried again
   */
  private boolean spill() {
    if (file == null) {
      return false;
    }
    try {
      List<HeldCall> all = new java.util.ArrayList<>(fromDisk().calls());
      all.addAll(held);
      file.save(all);
    } catch (IllegalStateException locked) {
      return false; // sealed, and Attune is locked: kept in memory until it is unlocked
    } catch (RuntimeException e) {
      LOG.severe("the held answers could not be written: " + e.getClass().getName());
      return false;
    }
    held.clear();
    return true;
  }

  /** A write that came while a passphrase kept the database locked. */
  private static boolean locked(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLException
          && t.getMessage() != null
          && t.getMessage().contains(Sealing.LOCKED)) {
        return true;
      }
    }
    return false;
  }
}
