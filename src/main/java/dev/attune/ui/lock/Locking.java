package dev.attune.ui.lock;

import dev.attune.ui.kit.Screen;

/** The passphrase as the screens see it: whether it is set, and what follows unlocking. */
public interface Locking {

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
