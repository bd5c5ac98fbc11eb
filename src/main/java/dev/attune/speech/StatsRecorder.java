package dev.attune.speech;

import java.util.function.LongSupplier;

/** Collects {@link SpeechStats}. Written on the synthesis thread, read from any; thread-safe. */
final class StatsRecorder {

  private final LongSupplier nanoTime;

  // Guarded by this.
  private long hits;
  private long misses;
  private long prepared;
  private double voiceLoadMillis = -1;
  private double firstMillis = -1;
  private double lastMillis = -1;
  private long syntheses;
  private double warmTotalMillis;
  private double warmMaxMillis = -1;

  /**
   * @param nanoTime a monotonic clock in nanoseconds, {@code System::nanoTime} outside tests
   */
  StatsRecorder(LongSupplier nanoTime) {
    this.nanoTime = nanoTime;
  }

  long now() {
    return nanoTime.getAsLong();
  }

  synchronized void voiceLoaded(long startNanos) {
    voiceLoadMillis = millisSince(startNanos);
  }

  synchronized void hit() {
    hits++;
  }

  /**
   * @param forSay true when a say waited for it, false when prepared ahead
   */
  synchronized void synthesised(long startNanos, boolean forSay) {
    double millis = millisSince(startNanos);
    if (forSay) {
      misses++;
    } else {
      prepared++;
    }
    syntheses++;
    lastMillis = millis;
    if (syntheses == 1) {
      firstMillis = millis;
    } else {
      warmTotalMillis += millis;
      warmMaxMillis = Math.max(warmMaxMillis, millis);
    }
  }

  synchronized SpeechStats snapshot() {
    long warm = syntheses - 1;
    return new SpeechStats(
        hits,
        misses,
        prepared,
        voiceLoadMillis,
        firstMillis,
        lastMillis,
        syntheses,
        warm > 0 ? warmTotalMillis / warm : -1,
        warmMaxMillis);
  }

  private double millisSince(long startNanos) {
    return (nanoTime.getAsLong() - startNanos) / 1_000_000.0;
  }
}
