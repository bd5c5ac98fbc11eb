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
   * Done, {@code then} gets the result (the screen decides whether it is still shown). Failed, the
   * person hears and sees what went wrong: on the failure screen, with Try again (which shows
   * {@code owner} and starts {@code work} again) and Home, while {@code owner} is still shown; said
   * and shown as a notice over whatever is shown now, if the person has moved on. No screen waits
   * forever on work that will not come.
   */
  <T> void run(Screen owner, Supplier<CompletableFuture<T>> work, Consumer<T> then);

  /**
   * As {@link #run(Screen, Supplier, Consumer)}, for a screen that handles a failure itself: {@code
   * failed} always runs, whatever is shown by then, so the screen can put its own state right; it
   * tells the failure ({@link #tellFailure}) or shows it ({@link #failed}).
   */
  <T> void run(
      Screen owner,
      Supplier<CompletableFuture<T>> work,
      Consumer<T> then,
      Consumer<Throwable> failed);

  /**
   * Shows the failure screen for work {@code owner} started: what went wrong, in words for people
   * when the failure has them, with Try again (which runs {@code again}) and Home.
   */
  void failed(Screen owner, Throwable error, Runnable again);

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
