package dev.attune.speech;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * A bounded least-recently-used cache of synthesised speech, keyed by text, style and voice
 * profile, so switching profile never plays sound made with another.
 *
 * <p>Thread-safe (every method locks the cache): {@link VoiceSpeaker} reads it from the thread that
 * says, so cached speech starts without waiting for the synthesis thread, and fills it on the
 * synthesis thread. It holds prompt text in memory only; nothing is written anywhere.
 */
final class PcmCache {

  /** The whole profile is part of the key: an edited profile with the same id is another voice. */
  record Key(String text, Utterance.Style style, VoiceProfile profile) {
    Key {
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(style, "style");
      Objects.requireNonNull(profile, "profile");
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
  synchronized Pcm get(Key key, Supplier<Pcm> make) {
    Pcm pcm = entries.get(key);
    if (pcm == null) {
      pcm = make.get();
      entries.put(key, pcm);
      evict();
    }
    return pcm;
  }

  /** The cached sound, or null; counts as a use for eviction. */
  synchronized Pcm lookup(Key key) {
    return entries.get(key);
  }

  synchronized void put(Key key, Pcm pcm) {
    entries.put(key, Objects.requireNonNull(pcm, "pcm"));
    evict();
  }

  /** Forgets every entry of this text, in any style and voice. */
  synchronized void removeText(String text) {
    entries.keySet().removeIf(key -> key.text().equals(text));
  }

  synchronized boolean contains(Key key) {
    return entries.containsKey(key);
  }

  synchronized int size() {
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
