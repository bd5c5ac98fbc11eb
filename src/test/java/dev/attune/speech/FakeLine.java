package dev.attune.speech;

import java.io.ByteArrayOutputStream;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A {@link PcmLine} that records what it is given. In blocking mode every write after the first
 * blocks, like a real line with a full buffer, until {@link #flush} or {@link #close} releases it;
 * later writes then go through.
 */
final class FakeLine implements PcmLine {

  private final boolean blockAfterFirstWrite;
  private final boolean failOpen;
  private final ByteArrayOutputStream written = new ByteArrayOutputStream();
  private final CountDownLatch firstWrite = new CountDownLatch(1);
  private final CountDownLatch blocked = new CountDownLatch(1);
  private int writes;
  private int flushes;
  private boolean released;
  private boolean opened;
  private boolean closed;

  private FakeLine(boolean blockAfterFirstWrite, boolean failOpen) {
    this.blockAfterFirstWrite = blockAfterFirstWrite;
    this.failOpen = failOpen;
  }

  static FakeLine recording() {
    return new FakeLine(false, false);
  }

  static FakeLine blockingAfterFirstWrite() {
    return new FakeLine(true, false);
  }

  static FakeLine unavailable() {
    return new FakeLine(false, true);
  }

  @Override
  public synchronized void open() throws AudioUnavailableException {
    if (failOpen) {
      throw new AudioUnavailableException("no device (fake)", null);
    }
    opened = true;
  }

  @Override
  public synchronized void write(byte[] bytes, int offset, int length) {
    if (closed) {
      return;
    }
    if (blockAfterFirstWrite && writes > 0 && !released) {
      blocked.countDown();
      while (!released) {
        try {
          wait();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
      }
      return; // like a real line: flushed while blocked, so nothing of this chunk was written
    }
    writes++;
    written.write(bytes, offset, length);
    firstWrite.countDown();
  }

  @Override
  public synchronized void flush() {
    flushes++;
    released = true;
    notifyAll();
  }

  @Override
  public void drain() {}

  @Override
  public synchronized void close() {
    closed = true;
    released = true;
    notifyAll();
  }

  boolean awaitFirstWrite() throws InterruptedException {
    return firstWrite.await(10, TimeUnit.SECONDS);
  }

  /** Waits until a write is blocked, as on a real line whose buffer is full. */
  boolean awaitBlockedWrite() throws InterruptedException {
    return blocked.await(10, TimeUnit.SECONDS);
  }

  synchronized byte[] written() {
    return written.toByteArray();
  }

  synchronized int flushes() {
    return flushes;
  }

  synchronized boolean opened() {
    return opened;
  }

  synchronized boolean closed() {
    return closed;
  }
}
