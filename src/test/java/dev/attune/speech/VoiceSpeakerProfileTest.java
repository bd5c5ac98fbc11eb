package dev.attune.speech;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.attune.speech.Utterance.Style;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/** Voice profiles, the cache key, say-before-prepare ordering and the benchmark counters. */
class VoiceSpeakerProfileTest {

  private static final long TIMEOUT_S = 10;

  private static final VoiceProfile CALM = VoiceProfiles.bundledDefault();
  private static final VoiceProfile BRIGHT = bundled("bright");

  private static VoiceProfile bundled(String id) {
    try {
      return VoiceProfiles.bundled(id);
    } catch (VoiceFileException e) {
      throw new AssertionError(e);
    }
  }

  private static boolean await(CompletableFuture<Boolean> future) throws Exception {
    return future.get(TIMEOUT_S, TimeUnit.SECONDS);
  }

  @Test
  void cacheHit_playsIdenticalSound_andAnotherProfileDoesNotHitIt() throws Exception {
    FakeLine line = FakeLine.recording();
    RecordingSynthesizer synth = new RecordingSynthesizer(new FreeTtsSynthesizer());
    try (VoiceSpeaker speaker = new VoiceSpeaker(synth, line, CALM)) {
      assertTrue(await(speaker.say("Gently, please.")));
      assertTrue(await(speaker.say("Gently, please.")));
      speaker.useVoice(BRIGHT);
      assertTrue(await(speaker.say("Gently, please.")));
      assertEquals(BRIGHT, speaker.voice());

      SpeechStats stats = speaker.stats();
      assertEquals(1, stats.cacheHits());
      assertEquals(2, stats.cacheMisses());
    }
    List<Pcm> made = synth.made();
    assertEquals(2, made.size());
    assertNotEquals(made.get(0), made.get(1), "bright must not sound like calm");
    byte[] calm = made.get(0).data();
    byte[] written = line.written();
    assertArrayEquals(calm, Arrays.copyOfRange(written, 0, calm.length));
    assertArrayEquals(calm, Arrays.copyOfRange(written, calm.length, 2 * calm.length));
    assertArrayEquals(
        made.get(1).data(), Arrays.copyOfRange(written, 2 * calm.length, written.length));
  }

  @Test
  void editedProfileWithTheSameId_isANewCacheEntry() throws Exception {
    FakeLine line = FakeLine.recording();
    RecordingSynthesizer synth = new RecordingSynthesizer(new FreeTtsSynthesizer());
    VoiceProfile slower =
        new VoiceProfile("calm", "kevin16", 100, CALM.pitchHz(), 10, 0.85, "Slower.");
    try (VoiceSpeaker speaker = new VoiceSpeaker(synth, line, CALM)) {
      assertTrue(await(speaker.say("Water, please.")));
      speaker.useVoice(slower);
      assertTrue(await(speaker.say("Water, please.")));
    }
    assertEquals(2, synth.made().size());
    assertTrue(synth.made().get(1).durationMillis() > synth.made().get(0).durationMillis());
  }

  @Test
  void preview_saysTheDescription_inThatVoice_withoutSwitching() throws Exception {
    FakeLine line = FakeLine.recording();
    List<String> heard = new CopyOnWriteArrayList<>();
    Synthesizer fake =
        new Synthesizer() {
          @Override
          public Pcm synthesize(String text, Style style) {
            throw new AssertionError("the profile must be passed");
          }

          @Override
          public Pcm synthesize(String text, Style style, VoiceProfile profile) {
            heard.add(profile.id() + ": " + text);
            return Pcm.silence(10);
          }

          @Override
          public void close() {}
        };
    try (VoiceSpeaker speaker = new VoiceSpeaker(fake, line, CALM)) {
      assertTrue(await(speaker.preview(BRIGHT)));
      assertEquals(CALM, speaker.voice());
    }
    assertEquals(List.of("bright: " + BRIGHT.description()), heard);
  }

  @Test
  void silentSpeaker_ignoresVoices() throws Exception {
    try (SilentSpeaker speaker = new SilentSpeaker()) {
      speaker.useVoice(BRIGHT);
      assertTrue(!speaker.preview(BRIGHT).get(TIMEOUT_S, TimeUnit.SECONDS));
    }
  }

  @Test
  void say_jumpsAheadOfQueuedPrepares() throws Exception {
    FakeLine line = FakeLine.recording();
    CountDownLatch firstStarted = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    List<String> order = new CopyOnWriteArrayList<>();
    Synthesizer gated =
        new Synthesizer() {
          @Override
          public Pcm synthesize(String text, Style style) {
            order.add(text);
            if (text.equals("one")) {
              firstStarted.countDown();
              await(release);
            }
            return Pcm.silence(5);
          }

          @Override
          public void close() {}
        };
    try (VoiceSpeaker speaker = new VoiceSpeaker(gated, line, CALM)) {
      speaker.prepare(
          Utterance.builder().say("one").say("two").say("three").say("four", Style.CUE).build());
      assertTrue(firstStarted.await(TIMEOUT_S, TimeUnit.SECONDS));

      CompletableFuture<Boolean> said = speaker.say("now");
      release.countDown();

      assertTrue(await(said));
      // "now" waited only for the part already being synthesised.
      assertEquals("now", order.get(1), order.toString());
      // The prepares still finish (a later say would rightly jump ahead of any left queued) ...
      Awaitility.await("the prepares finish")
          .atMost(Duration.ofSeconds(TIMEOUT_S))
          .pollInterval(Duration.ofMillis(2))
          .until(() -> speaker.stats().prepared() >= 4);
      // ... and a later say of a prepared part is a hit.
      assertTrue(await(speaker.say(Utterance.builder().say("four", Style.CUE).build())));
      assertEquals(List.of("one", "now", "two", "three", "four"), order);
      SpeechStats stats = speaker.stats();
      assertEquals(4, stats.prepared());
      assertEquals(1, stats.cacheMisses());
      assertEquals(1, stats.cacheHits());
      assertEquals(0.5, stats.hitRate());
    }
  }

  @Test
  void stats_measureLoadFirstAndWarmSynthesis_withTheGivenClock() throws Exception {
    AtomicLong nanos = new AtomicLong();
    Synthesizer ticking =
        new Synthesizer() {
          @Override
          public void warmUp() {
            nanos.addAndGet(300_000_000L);
          }

          @Override
          public Pcm synthesize(String text, Style style) {
            nanos.addAndGet(text.length() * 1_000_000L);
            return Pcm.silence(5);
          }

          @Override
          public void close() {}
        };
    FakeLine line = FakeLine.recording();
    try (VoiceSpeaker speaker =
        new VoiceSpeaker(ticking, new Earcons(), new Playback(line), CALM, nanos::get)) {
      assertTrue(await(speaker.say("ten chars!")));
      assertTrue(await(speaker.say("four")));
      assertTrue(await(speaker.say("six ch")));
      assertTrue(await(speaker.say("four")));

      assertEquals(new SpeechStats(1, 3, 0, 300.0, 10.0, 6.0, 3, 5.0, 6.0), speaker.stats());
    }
  }

  private static void await(CountDownLatch latch) {
    try {
      assertTrue(latch.await(TIMEOUT_S, TimeUnit.SECONDS));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
