package dev.attune.ui.kit;

import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The one way a screen does slow work (a read, a write, a passphrase) and waits for what comes
 * later (speech that ends, a device that stops): the work runs off the Event Dispatch Thread, and
 * what follows runs back on it. A fault in what follows is told and offers Home, where a future
 * would hide it.
 */
public interface Background {

  /**
   * Starts {@code work} and ends back on the Event Dispatch Thread in exactly one of two ways.
   * Done, {@code then} gets the result (the screen decides whether it is still shown). Failed while
   * {@code owner} is still shown, the person hears and sees what went wrong, with Try again (which
   * shows {@code owner} and starts {@code work} again) and Home: no screen waits forever on work
   * that will not come. A failure for a screen already left is only logged.
   */
  <T> void run(Screen owner, Supplier<CompletableFuture<T>> work, Consumer<T> then);

  /**
   * As {@link #run(Screen, Supplier, Consumer)}, for a screen that tells a failure itself and
   * offers its own way on (its buttons): {@code failed} runs instead of the failure screen.
   */
  <T> void run(
      Screen owner,
      Supplier<CompletableFuture<T>> work,
      Consumer<T> then,
      Consumer<Throwable> failed);

  /**
   * Runs {@code then} on the Event Dispatch Thread once {@code done} completes (speech, a wait); if
   * it failed, nothing follows but a line in the log.
   */
  <T> void after(CompletableFuture<T> done, Consumer<T> then);

  /** Runs {@code action} on the Event Dispatch Thread, from any thread; a fault in it is told. */
  void later(Runnable action);

  /**
   * Tells a failure of slow work, by voice and on screen, on the screen that is showing (whose own
   * buttons are the way on), in the failure's own words for people when it has them.
   */
  void tellFailure(Throwable error);
}
