package dev.attune.store;

import dev.attune.session.Journal;
import dev.attune.session.Outcome;
import dev.attune.session.Person;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Keeps journal calls in memory, in order, while they cannot be saved (a full or read-only disk, a
 * failing device), and saves them as soon as it can: before every later call and on {@link
 * #retry()}. Nothing is dropped and the order is kept, so the database ends as if every call had
 * succeeded when it was made.
 *
 * <p>The person is told once when saving stops and once when it works again, never per answer.
 * Messages name no answer, person or prompt. Held calls live only in memory: if Attune ends while
 * some are held, they are lost, so the app checks {@link #pending()} before closing.
 *
 * <p>Thread-safe; in the app it runs on the storage thread, behind {@link
 * dev.attune.session.QueuedJournal}.
 */
public final class PendingJournal implements Journal {
  /** Said when a disk problem stops saving. */
  public static final String CANNOT_SAVE =
      "Attune cannot save right now: the disk is full or read-only. Your answers are kept and will"
          + " be saved as soon as it can.";

  /** Said when saving stops for a reason other than the disk. */
  public static final String CANNOT_SAVE_OTHER =
      "Attune cannot save right now. Your answers are kept and will be saved as soon as it can.";

  /** Said when everything held has been saved. */
  public static final String SAVED_AGAIN = "Attune can save again, and every answer is saved.";

  /** What the person should hear and see about saving. */
  public interface Listener {
    /** Saving has stopped; {@code cause} is for the log (it holds no answers). */
    void cannotSave(String message, RuntimeException cause);

    /** Everything held has been saved. */
    void savedAgain(String message);
  }

  /**
   * SQLite's primary result codes meaning the disk, not the data: BUSY, LOCKED, NOMEM, READONLY,
   * IOERR, FULL, CANTOPEN, PROTOCOL.
   */
  private static final Set<Integer> DISK = Set.of(5, 6, 7, 8, 10, 13, 14, 15);

  private final Journal target;
  private final Listener listener;
  private final Deque<Held> held = new ArrayDeque<>();

  /**
   * One call waiting to be saved, and what it is about, so a delete can drop it: a deleted answer
   * must never come back when saving works again.
   *
   * @param checkInId the check-in it writes to, or {@code null}
   * @param personId the person it writes about, or {@link #NOBODY}
   */
  private record Held(Consumer<Journal> call, String checkInId, long personId) {}

  private static final long NOBODY = -1;
  private boolean failing;

  public PendingJournal(Journal target, Listener listener) {
    this.target = Objects.requireNonNull(target, "target");
    this.listener = Objects.requireNonNull(listener, "listener");
  }

  @Override
  public void follows(String checkInId, String afterCheckInId) {
    write(j -> j.follows(checkInId, afterCheckInId), checkInId, NOBODY);
  }

  @Override
  public void setting(String key, String value) {
    write(j -> j.setting(key, value), null, NOBODY);
  }

  @Override
  public void person(Person person, Instant at) {
    write(j -> j.person(person, at), null, person.id());
  }

  @Override
  public void begin(String checkInId, String deckId, List<Person> people, Instant at) {
    List<Person> copy = List.copyOf(people);
    write(j -> j.begin(checkInId, deckId, copy, at), checkInId, NOBODY);
  }

  @Override
  public void answer(
      String checkInId, long personId, String promptId, List<String> optionIds, Instant at) {
    List<String> copy = List.copyOf(optionIds);
    write(j -> j.answer(checkInId, personId, promptId, copy, at), checkInId, personId);
  }

  @Override
  public void settle(String checkInId, java.util.Map<String, String> outcomes, Instant at) {
    java.util.Map<String, String> copy =
        java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(outcomes));
    write(j -> j.settle(checkInId, copy, at), checkInId, NOBODY);
  }

  @Override
  public void withdraw(String checkInId, long personId, String promptId) {
    write(j -> j.withdraw(checkInId, personId, promptId), checkInId, personId);
  }

  @Override
  public void finish(String checkInId, Outcome outcome, Instant at) {
    write(j -> j.finish(checkInId, outcome, at), checkInId, NOBODY);
  }

  @Override
  public void signal(String signalId, Instant at) {
    write(j -> j.signal(signalId, at), null, NOBODY);
  }

  /**
   * Tries to save everything held, in order.
   *
   * @return whether nothing is held any more
   */
  public synchronized boolean retry() {
    return drain();
  }

  /** How many calls are held, waiting to be saved. */
  public synchronized int pending() {
    return held.size();
  }

  /**
   * Drops every held call that writes to one of {@code checkInIds}: those check-ins were deleted.
   */
  public synchronized void forgetCheckIns(java.util.Collection<String> checkInIds) {
    held.removeIf(h -> h.checkInId() != null && checkInIds.contains(h.checkInId()));
  }

  /** Drops every held call about this person: they were deleted. */
  public synchronized void forgetPerson(long personId) {
    held.removeIf(h -> h.personId() == personId);
  }

  /** Drops every held call: everything was deleted. */
  public synchronized void forgetAll() {
    held.clear();
  }

  private synchronized void write(Consumer<Journal> call, String checkInId, long personId) {
    held.addLast(new Held(call, checkInId, personId));
    drain();
  }

  private boolean drain() {
    while (!held.isEmpty()) {
      try {
        held.peekFirst().call().accept(target);
      } catch (RuntimeException e) {
        // Kept at the head: it and everything after it wait, in order, for the next try.
        if (locked(e)) {
          // Nothing is wrong: it is saved once Attune is unlocked, and nobody needs telling.
          return false;
        }
        if (!failing) {
          failing = true;
          listener.cannotSave(disk(e) ? CANNOT_SAVE : CANNOT_SAVE_OTHER, e);
        }
        return false;
      }
      held.removeFirst();
    }
    if (failing) {
      failing = false;
      listener.savedAgain(SAVED_AGAIN);
    }
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

  private static boolean disk(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLException && DISK.contains(((SQLException) t).getErrorCode() & 0xff)) {
        return true;
      }
    }
    return false;
  }
}
