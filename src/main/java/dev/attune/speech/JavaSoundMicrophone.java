package dev.attune.speech;

import java.io.ByteArrayOutputStream;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.LineUnavailableException;
import javax.sound.sampled.TargetDataLine;

/**
 * The default Java Sound capture device ({@link TargetDataLine}), read in {@value #CHUNK_MS} ms
 * pieces on a daemon thread "attune-mic".
 *
 * <p>Small reads matter: a line stops a blocked read at once when stopped, and some ALSA plugins
 * refuse a read larger than their buffer.
 */
public final class JavaSoundMicrophone implements Microphone {

  static final int CHUNK_MS = 20;
  static final int BUFFER_MS = 200;

  /** How long {@link Capture#stop} waits for the reading thread to hand over what it heard. */
  private static final long STOP_WAIT_MS = 2000;

  @Override
  public Capture start(int limitMillis) throws AudioUnavailableException {
    if (limitMillis <= 0) {
      throw new IllegalArgumentException("limit must be positive, was " + limitMillis);
    }
    TargetDataLine line;
    try {
      line = AudioSystem.getTargetDataLine(Pcm.FORMAT);
      line.open(Pcm.FORMAT, Pcm.frames(BUFFER_MS) * Pcm.BYTES_PER_FRAME);
    } catch (LineUnavailableException | IllegalArgumentException | SecurityException e) {
      throw new AudioUnavailableException("No microphone could be opened", e);
    }
    line.start();
    LineCapture capture = new LineCapture(line, Pcm.frames(limitMillis) * Pcm.BYTES_PER_FRAME);
    Thread reader = new Thread(capture::read, "attune-mic");
    reader.setDaemon(true);
    reader.start();
    return capture;
  }

  /** Reads until stopped or full; the bytes are handed over once the thread is done. */
  private static final class LineCapture implements Capture {
    private final TargetDataLine line;
    private final int limitBytes;
    private final ByteArrayOutputStream heard = new ByteArrayOutputStream();
    private final CompletableFuture<Void> ended = new CompletableFuture<>();
    private volatile boolean stopping;

    LineCapture(TargetDataLine line, int limitBytes) {
      this.line = line;
      this.limitBytes = limitBytes;
    }

    void read() {
      byte[] chunk = new byte[Pcm.frames(CHUNK_MS) * Pcm.BYTES_PER_FRAME];
      try {
        while (!stopping && heard.size() < limitBytes) {
          int n = line.read(chunk, 0, Math.min(chunk.length, limitBytes - heard.size()));
          if (n <= 0 && !line.isOpen()) {
            break;
          }
          heard.write(chunk, 0, n - n % Pcm.BYTES_PER_FRAME);
        }
      } finally {
        line.stop();
        line.close();
        ended.complete(null);
      }
    }

    @Override
    public CompletableFuture<Void> ended() {
      return ended;
    }

    @Override
    public Pcm stop() {
      stopping = true;
      line.stop();
      try {
        ended.get(STOP_WAIT_MS, TimeUnit.MILLISECONDS);
      } catch (TimeoutException e) {
        // A device that never returns from a read: closing it frees the reader.
        line.close();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      } catch (ExecutionException e) {
        throw new IllegalStateException("the microphone reader failed", e.getCause());
      }
      // ByteArrayOutputStream locks itself, so this is safe even if the reader never finished.
      return new Pcm(heard.toByteArray());
    }
  }
}
