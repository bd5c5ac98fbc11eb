package dev.attune.ui.lock;

import dev.attune.ui.kit.Screen;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/** The passphrase as the screens see it: unlocking, whether it is set, and what follows. */
public interface Locking {

  /**
   * Opens everything with the passphrase typed, off the Event Dispatch Thread; the passphrase is
   * cleared once used.
   *
   * @return who is here and what was said, or empty when the passphrase does not match
   */
  CompletableFuture<Optional<Passphrases.Unlocked>> unlock(char[] passphrase);

  /** Whether a passphrase locks Attune (or an older Attune's lock is still to be moved over). */
  boolean passphraseSet();

  /**
   * A passphrase was set or taken away: an older Attune's hash is gone either way, and the idle
   * lock starts or stops.
   */
  void passphraseChanged();

  /**
   * The passphrase opened everything: who is here and what was said are read, and Attune goes on
   * where it was locked (or to its first screen, when it opened locked).
   *
   * @param back the screen that was showing when Attune locked, or {@code null} at start
   */
  void unlocked(Passphrases.Unlocked opened, Screen back);
}
