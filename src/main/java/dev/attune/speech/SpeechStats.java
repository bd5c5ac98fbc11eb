package dev.attune.speech;

/**
 * Counters for the speech benchmark, a snapshot from {@link VoiceSpeaker#stats()}. Times are
 * wall-clock milliseconds on the synthesis thread; -1 means "not yet".
 *
 * @param cacheHits speech parts of a {@link Speaker#say} found ready in the cache (instant)
 * @param cacheMisses speech parts a say had to synthesise first (the listener waited)
 * @param prepared speech parts synthesised ahead by {@link Speaker#prepare}
 * @param voiceLoadMillis how long loading the voice took (the cold start)
 * @param firstSynthesisMillis the first synthesis after loading, still cold (JIT, caches)
 * @param lastSynthesisMillis the most recent synthesis of one part
 * @param syntheses how many parts were synthesised, for say and prepare together
 * @param warmMeanMillis mean time of every synthesis after the first; -1 when none
 * @param warmMaxMillis slowest synthesis after the first; -1 when none
 */
public record SpeechStats(
    long cacheHits,
    long cacheMisses,
    long prepared,
    double voiceLoadMillis,
    double firstSynthesisMillis,
    double lastSynthesisMillis,
    long syntheses,
    double warmMeanMillis,
    double warmMaxMillis) {

  /** Share of say parts that played from the cache, 0..1; 0 when nothing was said. */
  public double hitRate() {
    long total = cacheHits + cacheMisses;
    return total == 0 ? 0 : (double) cacheHits / total;
  }
}
