package dev.attune.ui.lock;

import dev.attune.session.LastAfter;
import dev.attune.session.Person;
import dev.attune.session.Unfinished;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * The passphrase that seals everything Attune keeps. Deriving a key takes most of a second and
 * every call touches the disk, so each one runs off the Event Dispatch Thread and completes later.
 * A passphrase is zeroed once it has been used.
 */
public interface Passphrases {

  /** Whether a passphrase is set now: Attune opens locked. */
  boolean set();

  /**
   * Opens everything with {@code passphrase}.
   *
   * @return what could only be read once unlocked; empty when the passphrase is not the one
   */
  CompletableFuture<Optional<Unlocked>> unlock(char[] passphrase);

  /** Drops the key from memory: nothing can be read until unlocked again. */
  CompletableFuture<Void> lock();

  /** Sets a passphrase and seals everything with it; older plain backups are replaced. */
  CompletableFuture<Void> protect(char[] passphrase);

  /**
   * Takes the passphrase away and keeps everything plain again.
   *
   * @return false when {@code passphrase} is not the one (nothing changed)
   */
  CompletableFuture<Boolean> unprotect(char[] passphrase);

  /**
   * What is read once unlocked.
   *
   * @param damaged rows that did not open, each named by its table and id
   */
  record Unlocked(
      List<Person> people,
      Optional<Unfinished> unfinished,
      Optional<LastAfter> followUp,
      List<String> damaged) {
    public Unlocked {
      people = List.copyOf(people);
      damaged = List.copyOf(damaged);
    }
  }

  /** No passphrase, ever: for tests and tools that never lock. */
  final class None implements Passphrases {
    @Override
    public boolean set() {
      return false;
    }

    @Override
    public CompletableFuture<Optional<Unlocked>> unlock(char[] passphrase) {
      return CompletableFuture.completedFuture(Optional.empty());
    }

    @Override
    public CompletableFuture<Void> lock() {
      return CompletableFuture.completedFuture(null);
    }

    @Override
    public CompletableFuture<Void> protect(char[] passphrase) {
      return CompletableFuture.failedFuture(new UnsupportedOperationException("no passphrases"));
    }

    @Override
    public CompletableFuture<Boolean> unprotect(char[] passphrase) {
      return CompletableFuture.completedFuture(false);
    }
  }
}
