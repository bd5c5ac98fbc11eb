package dev.attune.speech;

/**
 * Where sound goes: a device line that plays {@link Pcm#FORMAT} bytes.
 *
 * <p>Threading: {@link Playback}'s audio thread calls {@link #write} and {@link #drain}; any thread
 * may call {@link #flush} and {@link #close} at the same time, and both must make a blocked {@code
 * write} or {@code drain} return promptly. That is what makes cutting speech off instant.
 */
public interface PcmLine extends AutoCloseable {

  /**
   * Opens the device for {@link Pcm#FORMAT} and starts it.
   *
   * @throws AudioUnavailableException when there is no usable device
   */
  void open() throws AudioUnavailableException;

  /**
   * Queues bytes for playing, blocking while the device buffer is full, like a real line. Returns
   * early, having written less, when {@link #flush} or {@link #close} is called meanwhile.
   */
  void write(byte[] bytes, int offset, int length);

  /** Discards queued audio at once, so it stops sounding. */
  void flush();

  /** Waits until queued audio has played; returns early on {@link #flush} or {@link #close}. */
  void drain();

  /** Releases the device. Idempotent. */
  @Override
  void close();
}
