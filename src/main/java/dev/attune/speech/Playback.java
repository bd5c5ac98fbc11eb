package dev.attune.speech;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadFactory;

/**
 * Plays {@link Pcm} on one audio thread, one sound at a time, and cuts it off at once on request.
 *
 * <p>A sound is a {@link Stream}: pieces appended in order while it plays, so the first piece (an
 * earcon, say) sounds at once while later pieces are still being synthesised. The audio thread
 * waits for the next piece when it has written all it has, and drains the line only once the stream
 * is finished.
 *
 * <p>Owns the {@link PcmLine} (already open) and the daemon thread "attune-audio". Audio is written
 * in chunks of at most {@value #CHUNK_MS} ms and the cancel flag is checked between chunks, while
 * the line is flushed from the cancelling thread, so a blocked write returns and buffered sound
 * stops. {@link #play}, {@link #open}, {@link #cancel}, {@link #close} and the stream's methods are
 * thread-safe and never block on audio.
 */
final class Playback implements AutoCloseable {

  static final int CHUNK_MS = 20;
  static final int CHUNK_BYTES = Pcm.frames(CHUNK_MS) * Pcm.BYTES_PER_FRAME;

  /** How long {@link #close} waits for the audio thread to let go of the line. */
  private static final long JOIN_MILLIS = 1000;

  private final PcmLine line;
  private final Thread thread;
  private final Object lock = new Object();

  // Guarded by lock.
  private Stream current;
  private Stream next;
  private boolean closed;

  /**
   * A sound waiting or playing, made of pieces appended in order; {@link #done} tells whether it
   * played to the end. Once cut off, appends are ignored.
   */
  final class Stream {
    private final Deque<Pcm> pieces = new ArrayDeque<>(); // guarded by lock
    private boolean finished; // guarded by lock
    private volatile boolean cancelled;
    private final CompletableFuture<Boolean> done = new CompletableFuture<>();

    private Stream() {}

    /** Queues {@code pcm} to play after the pieces before it; ignored once cut off or finished. */
    void append(Pcm pcm) {
      synchronized (lock) {
        if (!cancelled && !finished && !pcm.isEmpty()) {
          pieces.add(pcm);
          lock.notifyAll();
        }
      }
    }

    /** No more pieces: the stream ends when those appended have played. */
    void finish() {
      synchronized (lock) {
        finished = true;
        lock.notifyAll();
      }
    }

    /** Completes with true when every piece played to the end, false when cut off or closed. */
    CompletableFuture<Boolean> done() {
      return done;
    }

    boolean cancelled() {
      return cancelled;
    }

    /** Under lock. */
    private void cancelLocked() {
      cancelled = true;
      pieces.clear();
      lock.notifyAll();
    }
  }

  Playback(PcmLine line) {
    this(line, Playback::audioThread);
  }

  Playback(PcmLine line, ThreadFactory threads) {
    this.line = line;
    this.thread = threads.newThread(this::run);
    thread.start();
  }

  private static Thread audioThread(Runnable body) {
    Thread t = new Thread(body, "attune-audio");
    t.setDaemon(true);
    return t;
  }

  /**
   * Cuts off whatever is playing or waiting, then plays {@code pcm}.
   *
   * @return completes with true when played to the end, false when cut off or closed
   */
  CompletableFuture<Boolean> play(Pcm pcm) {
    Stream stream = open();
    stream.append(pcm);
    stream.finish();
    return stream.done();
  }

  /**
   * Cuts off whatever is playing or waiting and starts a new, empty sound; it plays each piece as
   * soon as it is appended. Once closed, the stream is born cut off.
   */
  Stream open() {
    Stream stream = new Stream();
    synchronized (lock) {
      if (closed) {
        stream.cancelLocked();
        stream.done.complete(false);
        return stream;
      }
      cancelLocked();
      next = stream;
      lock.notifyAll();
    }
    return stream;
  }

  /** Stops at once whatever is playing or waiting. */
  void cancel() {
    synchronized (lock) {
      cancelLocked();
    }
  }

  /**
   * Flushing while holding the lock matters: the audio thread takes the next request under the same
   * lock, so this flush can never discard the start of a newer sound.
   */
  private void cancelLocked() {
    if (next != null) {
      next.cancelLocked();
      next.done.complete(false);
      next = null;
    }
    if (current != null) {
      current.cancelLocked();
      line.flush();
    }
  }

  /** Cuts off sound, stops the audio thread and closes the line. Idempotent. */
  @Override
  public void close() {
    synchronized (lock) {
      if (closed) {
        return;
      }
      closed = true;
      cancelLocked();
      lock.notifyAll();
    }
    line.close();
    if (Thread.currentThread() != thread) {
      try {
        thread.join(JOIN_MILLIS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private void run() {
    byte[] chunk = new byte[CHUNK_BYTES];
    Stream request;
    while ((request = take()) != null) {
      boolean finished = false;
      try {
        finished = playOut(request, chunk);
      } catch (RuntimeException e) {
        // A failing device must not kill the audio thread; this sound is lost, the next may work.
        // Its kind only: a stack trace in the log says nothing a person can act on.
        System.getLogger(Playback.class.getName())
            .log(
                System.Logger.Level.WARNING,
                "Audio output failed ("
                    + e.getClass().getName()
                    + "); this sound is lost, the next may play");
      } finally {
        synchronized (lock) {
          current = null;
        }
        request.done.complete(finished);
      }
    }
  }

  /** Waits for the next request and makes it current, or returns null once closed. */
  private Stream take() {
    synchronized (lock) {
      while (next == null && !closed) {
        try {
          lock.wait();
        } catch (InterruptedException e) {
          // Only close() should end this thread; it sets closed and notifies.
          Thread.currentThread().interrupt();
          closed = true;
        }
      }
      if (closed) {
        return null;
      }
      current = next;
      next = null;
      return current;
    }
  }

  private boolean playOut(Stream request, byte[] chunk) {
    Pcm pcm;
    while ((pcm = nextPiece(request)) != null) {
      int total = pcm.byteLength();
      for (int at = 0; at < total && !request.cancelled; at += CHUNK_BYTES) {
        int length = Math.min(CHUNK_BYTES, total - at);
        pcm.copyBytes(at, chunk, 0, length);
        line.write(chunk, 0, length);
      }
    }
    if (!request.cancelled) {
      line.drain();
    }
    if (request.cancelled) {
      // A chunk may have gone in just after the canceller's flush; silence it too.
      line.flush();
      return false;
    }
    return true;
  }

  /**
   * Waits for the stream's next piece; null when it is finished and played out, or cut off. While
   * waiting the line may run dry: that gap is what synthesis costs, nothing more.
   */
  private Pcm nextPiece(Stream request) {
    synchronized (lock) {
      while (!request.cancelled && request.pieces.isEmpty() && !request.finished) {
        try {
          lock.wait();
        } catch (InterruptedException e) {
          // Only close() should end this thread; treat an interrupt as a cut-off.
          Thread.currentThread().interrupt();
          request.cancelLocked();
          return null;
        }
      }
      return request.cancelled ? null : request.pieces.poll();
    }
  }
}
