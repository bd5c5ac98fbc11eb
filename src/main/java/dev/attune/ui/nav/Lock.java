package dev.attune.ui.nav;

import dev.attune.speech.Utterance;
import dev.attune.ui.kit.Messages;
import dev.attune.ui.kit.Screen;
import dev.attune.ui.lock.LockScreen;
import dev.attune.ui.lock.Locking;
import dev.attune.ui.lock.Passphrases;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * The passphrase lock: locked at start when one is set, after hide now, and after the idle time
 * without a key or a tap (never during a check-in, the board or an exercise). Event Dispatch Thread
 * only.
 */
final class Lock implements Locking {
  private final Navigation navigation;
  private final Areas areas;
  private final Look look;
  private final Services services;

  /** With a passphrase: locked, the key dropped, until the passphrase is typed. */
  private boolean locked;

  /** When the last key, click or tap came, by the injected services.clock(). */
  private long lastInputAt;

  /** Which idle check is the current one; older ones do nothing. */
  private int idleArmed;

  Lock(Navigation navigation, Areas areas, Look look, Services services) {
    this.navigation = navigation;
    this.areas = areas;
    this.look = look;
    this.services = services;
    this.lastInputAt = services.clock().millis();
  }

  boolean locked() {
    return locked;
  }

  /** A key, click or tap came: the idle time starts again. */
  void touched() {
    lastInputAt = services.clock().millis();
  }

  /** The lock screen, going back to {@code back} (or the first screen) once unlocked. */
  LockScreen screen(Screen back) {
    return new LockScreen(navigation, navigation, this, back);
  }

  /** At start: locked when a passphrase is set. */
  boolean lockAtStart() {
    locked = passphraseSet();
    return locked;
  }

  @Override
  public CompletableFuture<Optional<Passphrases.Unlocked>> unlock(char[] passphrase) {
    return services.passphrases().unlock(passphrase);
  }

  @Override
  public boolean passphraseSet() {
    return services.passphrases().set() || look.preferences().locked();
  }

  @Override
  public void passphraseChanged() {
    if (look.preferences().locked()) {
      look.update(look.preferences().withLock(""));
    }
    armIdleLock();
  }

  @Override
  public void unlocked(Passphrases.Unlocked opened, Screen back) {
    if (navigation.hidden()) {
      // Hidden while it was unlocking: it stays locked, and the key is dropped again.
      services.passphrases().lock();
      return;
    }
    locked = false;
    services.people().knowOnly(opened.people());
    if (look.preferences().locked()) {
      // An older Attune's hash: the store has sealed everything and forgotten it.
      look.replace(look.preferences().withLock(""));
    }
    areas.readLastTime();
    Screen next = back != null ? back : areas.opening(opened.unfinished(), opened.followUp());
    Utterance.Builder words = Utterance.builder().say(Messages.get("lock.open"));
    if (!opened.damaged().isEmpty()) {
      String damaged = Messages.format("lock.damaged", String.join(", ", opened.damaged()));
      navigation.view().notice(damaged);
      words.say(damaged);
    }
    navigation.show(next, words.build());
    armIdleLock();
  }

  /**
   * Locks at once: the key is dropped, the names are forgotten, and the lock screen waits. Nothing
   * is said: after hide now the window stays black until the curtain key, and after the idle time a
   * quiet room is not woken by a voice; the next key hears it.
   */
  void lockNow() {
    if (locked || !services.passphrases().set()) {
      return;
    }
    locked = true;
    navigation.scanner().stop();
    services.speaker().stop();
    services.passphrases().lock();
    services.people().knowOnly(List.of());
    areas.forgetLastTime();
    Screen current = navigation.current();
    navigation.showQuietly(screen(current instanceof LockScreen ? null : current));
  }

  /** How long Attune waits without a key or a tap before it locks, with a passphrase. */
  private long idleLockMillis() {
    return look.preferences().lockAfterMinutes() * 60_000L;
  }

  /** After the idle time without a key or a tap, Attune locks (with a passphrase). */
  void armIdleLock() {
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
    navigation.after(
        services.delay().after(left),
        ignored -> {
          if (generation != idleArmed || locked) {
            return;
          }
          boolean idle = services.clock().millis() - lastInputAt >= idleLockMillis();
          boolean busy = navigation.current().keepsUnlocked();
          if (idle && !busy) {
            lockNow();
          } else if (busy) {
            // Looked at again a whole idle time later, not over and over meanwhile.
            armIdleLock(idleLockMillis());
          } else {
            armIdleLock();
          }
        });
  }
}
