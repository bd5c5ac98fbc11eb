package dev.attune.speech;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.attune.speech.Utterance.Style;
import org.junit.jupiter.api.Test;

class PcmCacheTest {

  private static final VoiceProfile CALM = VoiceProfiles.bundledDefault();
  private static final VoiceProfile OTHER = CALM.withId("other");

  @Test
  void key_includesTheProfile() {
    PcmCache cache = new PcmCache(4);
    Pcm sound = Pcm.silence(20);
    cache.put(new PcmCache.Key("Pause.", Style.NORMAL, CALM), sound);

    assertSame(sound, cache.lookup(new PcmCache.Key("Pause.", Style.NORMAL, CALM)));
    assertNull(cache.lookup(new PcmCache.Key("Pause.", Style.NORMAL, OTHER)));
    assertNull(cache.lookup(new PcmCache.Key("Pause.", Style.LOUD, CALM)));
  }

  @Test
  void leastRecentlyUsed_isEvicted() {
    PcmCache cache = new PcmCache(2);
    PcmCache.Key a = new PcmCache.Key("a", Style.NORMAL, CALM);
    PcmCache.Key b = new PcmCache.Key("b", Style.NORMAL, CALM);
    PcmCache.Key c = new PcmCache.Key("c", Style.NORMAL, CALM);
    cache.put(a, Pcm.silence(1));
    cache.put(b, Pcm.silence(1));
    cache.lookup(a);
    cache.put(c, Pcm.silence(1));

    assertEquals(2, cache.size());
    assertTrue(cache.contains(a));
    assertFalse(cache.contains(b));
  }
}
