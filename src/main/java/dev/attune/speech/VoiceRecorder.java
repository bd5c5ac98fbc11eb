package dev.attune.speech;

import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * Records a person saying a prompt and keeps it in {@link Recordings}, tidied ({@link Tidy}): one
 * take at a time. Thread-safe; {@link #listen} and {@link #keep} block briefly on the device and
 * the disk, so call them off the Event Dispatch Thread.
 */
public final class VoiceRecorder {

  /** A take stops by itself after this long, keeping what was heard. */
  public static final int LIMIT_MILLIS = 30_000;

  /** What became of a take. */
  public enum Kept {
    /** Kept: from now on it is played instead of the synthetic voice. */
    KEPT,
    /** Only quiet was heard, so nothing changed. */
    HEARD_NOTHING
  }

  private final Microphone microphone;
  private final Recordings recordings;
  private Microphone.Capture capture; // guarded by this

  public VoiceRecorder(Microphone microphone, Recordings recordings) {
    this.microphone = Objects.requireNonNull(microphone, "microphone");
    this.recordings = Objects.requireNonNull(recordings, "recordings");
  }

  public Recordings recordings() {
    return recordings;
  }

  /**
   * Starts a take, throwing away one still running.
   *
   * @return completes when this take stops listening: by {@link #keep} or {@link #discard}, or by
   *     itself after {@link #LIMIT_MILLIS}
   * @throws AudioUnavailableException when there is no microphone
   */
  public synchronized CompletableFuture<Void> listen() throws AudioUnavailableException {
    discard();
    capture = microphone.start(LIMIT_MILLIS);
    return capture.ended();
  }

  /** Whether a take is running. */
  public synchronized boolean listening() {
    return capture != null;
  }

  /**
   * Stops the take and keeps it as the recording of {@code text} in {@code voice}.
   *
   * @throws IllegalStateException when no take is running
   * @throws RecordingException when it cannot be saved
   */
  public Kept keep(String voice, String name, String text) {
    Microphone.Capture take;
    synchronized (this) {
      take = capture;
      capture = null;
    }
    if (take == null) {
      throw new IllegalStateException("no take is running");
    }
    Optional<Pcm> tidied = Tidy.tidy(take.stop());
    if (tidied.isEmpty()) {
      return Kept.HEARD_NOTHING;
    }
    recordings.save(voice, name, text, tidied.get());
    return Kept.KEPT;
  }

  /** Stops a running take and throws it away. Does nothing when none runs. */
  public void discard() {
    Microphone.Capture take;
    synchronized (this) {
      take = capture;
      capture = null;
    }
    if (take != null) {
      take.stop();
    }
  }
}
