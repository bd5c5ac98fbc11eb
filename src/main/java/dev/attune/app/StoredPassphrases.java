package dev.attune.app;

import dev.attune.session.FollowUpPolicy;
import dev.attune.session.Passphrase;
import dev.attune.speech.Recordings;
import dev.attune.store.Backups;
import dev.attune.store.Database;
import dev.attune.store.Erasure;
import dev.attune.store.PendingJournal;
import dev.attune.store.SqliteFollowUp;
import dev.attune.store.SqliteJournal;
import dev.attune.store.SqlitePeople;
import dev.attune.store.Vault;
import dev.attune.ui.lock.Passphrases;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

/**
 * The passphrase, on the storage thread: Argon2id and every read and write of the database run
 * there, never on the Event Dispatch Thread. After a passphrase is set or taken away, the older
 * backups (made the other way) are deleted and a fresh one is made.
 *
 * <p>An Attune from before sealing kept only a PBKDF2 hash (the {@code lock} setting): the first
 * unlock with it seals everything with the same passphrase and forgets the hash.
 */
final class StoredPassphrases implements Passphrases {
  private final Database database;
  private final Backups backups;
  private final PendingJournal pending;
  private final Executor storage;
  private final Clock clock;
  private final Supplier<String> legacyHash;
  private final Recordings recordings;
  private final java.util.Collection<dev.attune.deck.Deck> decks;
  private volatile boolean set;

  /**
   * @param legacyHash the PBKDF2 hash an older Attune kept, or "" (read once, at start)
   * @param recordings a person's own voice, sealed with the rest
   */
  StoredPassphrases(
      Database database,
      Backups backups,
      PendingJournal pending,
      Executor storage,
      Clock clock,
      Supplier<String> legacyHash,
      boolean set,
      Recordings recordings,
      java.util.Collection<dev.attune.deck.Deck> decks) {
    this.recordings = recordings;
    this.decks = decks;
    this.database = database;
    this.backups = backups;
    this.pending = pending;
    this.storage = storage;
    this.clock = clock;
    this.legacyHash = legacyHash;
    this.set = set;
  }

  @Override
  public boolean set() {
    return set;
  }

  @Override
  public CompletableFuture<Optional<Unlocked>> unlock(char[] passphrase) {
    return on(
        () -> {
          try {
            Optional<Vault.Wrapped> wrapped = database.wrapped();
            List<String> damaged;
            if (wrapped.isPresent()) {
              Optional<Vault> vault = Vault.open(passphrase, wrapped.get());
              if (vault.isEmpty()) {
                return Optional.<Unlocked>empty();
              }
              damaged = database.unlock(vault.get());
            } else if (Passphrase.matches(passphrase, legacyHash.get())) {
              seal(passphrase);
              damaged = List.of();
            } else {
              return Optional.<Unlocked>empty();
            }
            recordings.reload();
            SqliteJournal.forgetPrivateAnswers(database, decks);
            pending.retry(); // anything that came too late to be saved before locking
            return Optional.of(
                new Unlocked(
                    new SqlitePeople(database, clock).all(),
                    SqliteJournal.unfinished(database, clock.instant().minus(Duration.ofHours(24))),
                    new SqliteFollowUp(database).last().filter(new FollowUpPolicy(clock)::offerNow),
                    damaged));
          } finally {
            Arrays.fill(passphrase, '\0');
          }
        });
  }

  @Override
  public CompletableFuture<Void> lock() {
    return on(
        () -> {
          if (set) {
            database.lock();
            recordings.reload();
          }
          return null;
        });
  }

  @Override
  public CompletableFuture<Void> protect(char[] passphrase) {
    return on(
        () -> {
          try {
            seal(passphrase);
            return null;
          } finally {
            Arrays.fill(passphrase, '\0');
          }
        });
  }

  @Override
  public CompletableFuture<Boolean> unprotect(char[] passphrase) {
    return on(
        () -> {
          try {
            Optional<Vault.Wrapped> wrapped = database.wrapped();
            if (wrapped.isEmpty()) {
              return true;
            }
            Optional<Vault> check = Vault.open(passphrase, wrapped.get());
            if (check.isEmpty()) {
              return false;
            }
            check.get().close();
            // The recordings are written plain first, while the key is sure to be there: if that
            // stops part way, every file can still be read, plain or sealed.
            recordings.reseal(false);
            try {
              database.unprotect();
            } finally {
              set = database.passphraseSet();
            }
            freshBackups();
            return true;
          } finally {
            Arrays.fill(passphrase, '\0');
          }
        });
  }

  private void seal(char[] passphrase) {
    try {
      database.protect(Vault.create(passphrase, Vault.KeyParams.fresh()));
    } finally {
      // Sealed once committed, even when tidying the file afterwards failed.
      set = database.passphraseSet();
    }
    new SqliteJournal(database).setting("lock", "");
    recordings.reseal(true);
    freshBackups();
    new Erasure(database).deleteSetAside(false); // plain copies of older databases
  }

  /** The backups were made the other way (plain, or with the old key): replaced by one made now. */
  private void freshBackups() {
    new Erasure(database).deleteBackups(backups);
    backups.daily(database);
  }

  private <T> CompletableFuture<T> on(Supplier<T> work) {
    return CompletableFuture.supplyAsync(work, storage);
  }
}
