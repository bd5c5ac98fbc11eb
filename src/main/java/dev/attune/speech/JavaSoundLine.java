package dev.attune.speech;

import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.LineUnavailableException;
import javax.sound.sampled.SourceDataLine;

/**
 * A {@link PcmLine} over the default Java Sound {@link SourceDataLine}.
 *
 * <p>Threading as in {@link PcmLine}: one writer thread, while flush and close may come from any
 * thread. The device buffer holds about {@value #BUFFER_MS} ms: short enough that audio starts at
 * once, long enough to survive a busy moment without a gap.
 */
public final class JavaSoundLine implements PcmLine {

  static final int BUFFER_MS = 200;

  /** How often {@link #drain} looks whether the buffer has emptied. */
  private static final long DRAIN_POLL_MS = 5;

  /** Extra time {@link #drain} allows beyond the buffer length, in case a device stalls. */
  private static final long DRAIN_SLACK_MS = 1000;

  private final Object lock = new Object();
  private SourceDataLine line;
  private long flushes;
  private boolean closed;

  @Override
  public void open() throws AudioUnavailableException {
    SourceDataLine opened;
    try {
      opened = AudioSystem.getSourceDataLine(Pcm.FORMAT);
      opened.open(Pcm.FORMAT, Pcm.frames(BUFFER_MS) * Pcm.BYTES_PER_FRAME);
    } catch (LineUnavailableException | IllegalArgumentException | SecurityException e) {
      throw new AudioUnavailableException("No sound output device could be opened", e);
    }
    opened.start();
    synchronized (lock) {
      if (closed) {
        opened.close();
        throw new AudioUnavailableException("The line was closed while opening", null);
      }
      line = opened;
    }
  }

  @Override
  public void write(byte[] bytes, int offset, int length) {
    SourceDataLine l = openLine();
    if (l != null) {
      // Returns early, with fewer bytes written, when flushed or closed meanwhile.
      l.write(bytes, offset, length);
    }
  }

  @Override
  public void flush() {
    SourceDataLine l;
    synchronized (lock) {
      flushes++;
      lock.notifyAll();
      l = line;
    }
    if (l != null) {
      l.flush();
    }
  }

  /**
   * Polls instead of {@link SourceDataLine#drain()}, because Java Sound's drain cannot be
   * interrupted by a flush: cutting speech off must not wait for the buffer to play out.
   */
  @Override
  public void drain() {
    synchronized (lock) {
      if (line == null || closed) {
        return;
      }
      long startFlushes = flushes;
      long deadline = System.nanoTime() + (BUFFER_MS + DRAIN_SLACK_MS) * 1_000_000L;
      while (!closed
          && flushes == startFlushes
          && line.available() < line.getBufferSize()
          && System.nanoTime() < deadline) {
        try {
          lock.wait(DRAIN_POLL_MS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
      }
    }
  }

  @Override
  public void close() {
    SourceDataLine l;
    synchronized (lock) {
      if (closed) {
        return;
      }
      closed = true;
      lock.notifyAll();
      l = line;
      line = null;
    }
    if (l != null) {
      l.stop();
      l.flush();
      l.close();
    }
  }

  private SourceDataLine openLine() {
    synchronized (lock) {
      return closed ? null : line;
    }
  }
}
