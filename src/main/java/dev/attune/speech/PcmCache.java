package dev.attune.speech;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * A bounded least-recently-used cache of synthesised speech, keyed by text and style.
 *
 * <p>Not thread-safe: {@link VoiceSpeaker} uses it only from its synthesis thread. It holds prompt
 * text in memory only; nothing is written anywhere.
 */
final class PcmCache {

  record Key(String text, Utterance.Style style) {
    Key {
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(style, "style");
    }
  }

  private final int capacity;
  private final Map<Key, Pcm> entries = new LinkedHashMap<>(16, 0.75f, true);

  PcmCache(int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be positive, was " + capacity);
    }
    this.capacity = capacity;
  }

  /** Returns the cached sound, or makes, stores and returns it. */
  Pcm get(Key key, Supplier<Pcm> make) {
    Pcm pcm = entries.get(key);
    if (pcm == null) {
      pcm = make.get();
      entries.put(key, pcm);
      evict();
    }
    return pcm;
  }

  boolean contains(Key key) {
    return entries.containsKey(key);
  }

  int size() {
    return entries.size();
  }

  private void evict() {
    Iterator<Key> oldestFirst = entries.keySet().iterator();
    while (entries.size() > capacity) {
      oldestFirst.next();
      oldestFirst.remove();
    }
  }
}
