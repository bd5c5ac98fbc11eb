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
    PcmCache cache = new PcmCache(1024);
    Pcm sound = Pcm.silence(20);
    cache.put(new PcmCache.Key("Pause.", Style.NORMAL, CALM), sound);

    assertSame(sound, cache.lookup(new PcmCache.Key("Pause.", Style.NORMAL, CALM)));
    assertNull(cache.lookup(new PcmCache.Key("Pause.", Style.NORMAL, OTHER)));
    assertNull(cache.lookup(new PcmCache.Key("Pause.", Style.LOUD, CALM)));
  }

  @Test
  void leastRecentlyUsed_isEvicted_whenTheBytesRunOut() {
    // Pcm.silence(1) is 16 frames, 32 bytes: room for two.
    PcmCache cache = new PcmCache(64);
    PcmCache.Key a = new PcmCache.Key("a", Style.NORMAL, CALM);
    PcmCache.Key b = new PcmCache.Key("b", Style.NORMAL, CALM);
    PcmCache.Key c = new PcmCache.Key("c", Style.NORMAL, CALM);
    cache.put(a, Pcm.silence(1));
    cache.put(b, Pcm.silence(1));
    cache.lookup(a);
    cache.put(c, Pcm.silence(1));

    assertEquals(2, cache.size());
    assertEquals(64, cache.bytes());
    assertTrue(cache.contains(a));
    assertFalse(cache.contains(b));
  }

  @Test
  void oneBigEntry_evictsSmallOnes_butStaysItself() {
    PcmCache cache = new PcmCache(64);
    PcmCache.Key small = new PcmCache.Key("small", Style.NORMAL, CALM);
    PcmCache.Key big = new PcmCache.Key("big", Style.NORMAL, CALM);
    cache.put(small, Pcm.silence(1));
    cache.put(big, Pcm.silence(10));

    assertFalse(cache.contains(small));
    assertTrue(cache.contains(big));
    assertEquals(Pcm.silence(10).byteLength(), cache.bytes());
  }

  @Test
  void replacingAnEntry_countsOnlyTheNewSound() {
    PcmCache cache = new PcmCache(1024);
    PcmCache.Key a = new PcmCache.Key("a", Style.NORMAL, CALM);
    cache.put(a, Pcm.silence(10));
    cache.put(a, Pcm.silence(1));

    assertEquals(32, cache.bytes());
  }

  @Test
  void removeText_forgetsThatTextInEveryStyleAndVoice_andFreesItsBytes() {
    PcmCache cache = new PcmCache(1 << 20);
    cache.put(new PcmCache.Key("Pause.", Style.NORMAL, CALM), new Pcm(new byte[100]));
    cache.put(new PcmCache.Key("Pause.", Style.LOUD, OTHER), new Pcm(new byte[200]));
    cache.put(new PcmCache.Key("Slower.", Style.NORMAL, CALM), new Pcm(new byte[40]));
    cache.removeText("Pause.");
    assertEquals(1, cache.size());
    assertEquals(40, cache.bytes());
    assertNull(cache.lookup(new PcmCache.Key("Pause.", Style.NORMAL, CALM)));
  }
}
