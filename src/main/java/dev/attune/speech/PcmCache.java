package dev.attune.speech;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * A least-recently-used cache of synthesised speech, keyed by text, style and voice profile, so
 * switching profile never plays sound made with another. Bounded by the bytes of sound it holds,
 * not by the number of entries, since one entry may be a word or a paragraph.
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

  private final long capacityBytes;
  private final Map<Key, Pcm> entries = new LinkedHashMap<>(16, 0.75f, true);
  private long bytes; // of the sound in entries

  /**
   * @param capacityBytes the most bytes of sound kept; the newest entry stays even when it alone is
   *     bigger
   */
  PcmCache(long capacityBytes) {
    if (capacityBytes < 1) {
      throw new IllegalArgumentException("capacity must be positive, was " + capacityBytes);
    }
    this.capacityBytes = capacityBytes;
  }

  /** Returns the cached sound, or makes, stores and returns it. */
  synchronized Pcm get(Key key, Supplier<Pcm> make) {
    Pcm pcm = entries.get(key);
    if (pcm == null) {
      pcm = make.get();
      put(key, pcm);
    }
    return pcm;
  }

  /** The cached sound, or null; counts as a use for eviction. */
  synchronized Pcm lookup(Key key) {
    return entries.get(key);
  }

  synchronized void put(Key key, Pcm pcm) {
    Pcm old = entries.put(key, Objects.requireNonNull(pcm, "pcm"));
    bytes += pcm.byteLength() - (old == null ? 0 : old.byteLength());
    evict();
  }

  /** Forgets every entry of this text, in any style and voice. */
  synchronized void removeText(String text) {
    Iterator<Map.Entry<Key, Pcm>> all = entries.entrySet().iterator();
    while (all.hasNext()) {
      Map.Entry<Key, Pcm> entry = all.next();
      if (entry.getKey().text().equals(text)) {
        bytes -= entry.getValue().byteLength();
        all.remove();
      }
    }
  }

  synchronized boolean contains(Key key) {
    return entries.containsKey(key);
  }

  synchronized int size() {
    return entries.size();
  }

  /** The bytes of sound held now. */
  synchronized long bytes() {
    return bytes;
  }

  private void evict() {
    Iterator<Pcm> oldestFirst = entries.values().iterator();
    while (bytes > capacityBytes && entries.size() > 1) {
      bytes -= oldestFirst.next().byteLength();
      oldestFirst.remove();
    }
  }
}
