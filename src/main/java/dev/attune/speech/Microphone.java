package dev.attune.speech;

import java.util.concurrent.CompletableFuture;

/**
 * Where a person's own voice comes from: a device that captures {@link Pcm#FORMAT} sound.
 *
 * <p>{@link #start} may be called from any thread but the Event Dispatch Thread, since opening a
 * device can take a moment.
 */
public interface Microphone {

  /**
   * Opens the device and starts listening on a thread of its own.
   *
   * @param limitMillis listening stops by itself after this long, keeping what was heard
   * @throws AudioUnavailableException when there is no microphone, it is busy, or access is denied
   */
  Capture start(int limitMillis) throws AudioUnavailableException;

  /** One stretch of listening. Thread-safe. */
  interface Capture {

    /** Stops listening, releases the device and returns everything heard. Idempotent. */
    Pcm stop();

    /** Completes once listening has stopped: by {@link #stop}, or by itself at the limit. */
    CompletableFuture<Void> ended();
  }
}
