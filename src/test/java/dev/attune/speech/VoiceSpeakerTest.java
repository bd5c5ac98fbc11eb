package dev.attune.speech;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.attune.speech.Utterance.Earcon;
import dev.attune.speech.Utterance.Style;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** VoiceSpeaker with real FreeTTS and a fake audio line. */
class VoiceSpeakerTest {

  private static final long TIMEOUT_S = 10;

  private static final String LONG_TEXT =
      "Take your time. There is no right answer here, and you can skip any question. "
          + "When you are ready, tell me how your body feels right now, and whether anything "
          + "hurts, aches or feels tight, so that we can go gently together tonight.";

  private static boolean await(CompletableFuture<Boolean> future) throws Exception {
    return future.get(TIMEOUT_S, TimeUnit.SECONDS);
  }

  @Test
  void stop_cutsOffPlaybackAtOnce() throws Exception {
    FakeLine line = FakeLine.blockingAfterFirstWrite();
    RecordingSynthesizer synth = new RecordingSynthesizer(new FreeTtsSynthesizer());
    try (VoiceSpeaker speaker = new VoiceSpeaker(synth, line)) {
      CompletableFuture<Boolean> said = speaker.say(LONG_TEXT);
      assertTrue(line.awaitFirstWrite());
      assertTrue(line.awaitBlockedWrite());

      speaker.stop();

      assertFalse(await(said));
      assertTrue(line.flushes() >= 1);
      int full = synth.made().get(0).byteLength();
      assertTrue(full > 5 * Pcm.SAMPLE_RATE * Pcm.BYTES_PER_FRAME, "long text is several seconds");
      assertTrue(line.written().length <= Playback.CHUNK_BYTES, line.written().length + " bytes");
    }
  }

  @Test
  void newSay_cutsOffThePreviousOne() throws Exception {
    FakeLine line = FakeLine.blockingAfterFirstWrite();
    RecordingSynthesizer synth = new RecordingSynthesizer(new FreeTtsSynthesizer());
    try (VoiceSpeaker speaker = new VoiceSpeaker(synth, line)) {
      CompletableFuture<Boolean> first = speaker.say(LONG_TEXT);
      assertTrue(line.awaitFirstWrite());
      assertTrue(line.awaitBlockedWrite());

      CompletableFuture<Boolean> second = speaker.say("Pause.");

      assertFalse(await(first));
      assertTrue(await(second));
      byte[] written = line.written();
      byte[] secondPart = Arrays.copyOfRange(written, Playback.CHUNK_BYTES, written.length);
      assertArrayEquals(synth.made().get(1).data(), secondPart);
    }
  }

  @Test
  void parts_playInOrder_asOneSound() throws Exception {
    FakeLine line = FakeLine.recording();
    RecordingSynthesizer synth = new RecordingSynthesizer(new FreeTtsSynthesizer());
    Earcons earcons = new Earcons();
    Utterance utterance =
        Utterance.builder().tone(Earcon.CHOSEN).pause(120).say("Gently, please.").build();
    try (VoiceSpeaker speaker = new VoiceSpeaker(synth, line)) {
      assertTrue(await(speaker.say(utterance)));
    }
    Pcm expected = Pcm.concat(earcons.pcm(Earcon.CHOSEN), Pcm.silence(120), synth.made().get(0));
    assertArrayEquals(expected.data(), line.written());
  }

  @Test
  void repeatedText_comesFromTheCache_withIdenticalSound() throws Exception {
    FakeLine line = FakeLine.recording();
    RecordingSynthesizer synth = new RecordingSynthesizer(new FreeTtsSynthesizer());
    try (VoiceSpeaker speaker = new VoiceSpeaker(synth, line)) {
      assertTrue(await(speaker.say("Not today.")));
      assertTrue(await(speaker.say("Not today.")));
    }
    assertEquals(1, synth.made().size());
    byte[] once = synth.made().get(0).data();
    byte[] written = line.written();
    assertEquals(2 * once.length, written.length);
    assertArrayEquals(once, Arrays.copyOfRange(written, 0, once.length));
    assertArrayEquals(once, Arrays.copyOfRange(written, once.length, written.length));
  }

  @Test
  void sameTextInAnotherStyle_isSynthesisedAgain() throws Exception {
    FakeLine line = FakeLine.recording();
    RecordingSynthesizer synth = new RecordingSynthesizer(new FreeTtsSynthesizer());
    try (VoiceSpeaker speaker = new VoiceSpeaker(synth, line)) {
      assertTrue(await(speaker.say(Utterance.builder().say("Stop", Style.NORMAL).build())));
      assertTrue(await(speaker.say(Utterance.builder().say("Stop", Style.LOUD).build())));
    }
    assertEquals(2, synth.made().size());
  }

  @Test
  void prepare_fillsTheCache_withoutPlaying() throws Exception {
    FakeLine line = FakeLine.recording();
    RecordingSynthesizer synth = new RecordingSynthesizer(new FreeTtsSynthesizer());
    try (VoiceSpeaker speaker = new VoiceSpeaker(synth, line)) {
      speaker.prepare(Utterance.of("Water, please."));
      // Runs after the prepare on the same synthesis thread, so it must hit the cache.
      assertTrue(await(speaker.say("Water, please.")));
    }
    assertEquals(1, synth.made().size());
    assertArrayEquals(synth.made().get(0).data(), line.written());
  }

  @Test
  void newSay_cutsOffOldSound_beforeItsOwnSynthesisFinishes() throws Exception {
    FakeLine line = FakeLine.blockingAfterFirstWrite();
    CountDownLatch release = new CountDownLatch(1);
    Synthesizer gated =
        new Synthesizer() {
          @Override
          public Pcm synthesize(String text, Style style) {
            if (text.equals("slow")) {
              try {
                release.await(TIMEOUT_S, TimeUnit.SECONDS);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            }
            return Pcm.silence(3000);
          }

          @Override
          public void close() {}
        };
    try (VoiceSpeaker speaker = new VoiceSpeaker(gated, line)) {
      CompletableFuture<Boolean> old = speaker.say("long");
      assertTrue(line.awaitFirstWrite());
      assertTrue(line.awaitBlockedWrite());

      CompletableFuture<Boolean> next = speaker.say("slow");

      // The new speech is still being synthesised, yet the old one is already cut off.
      assertFalse(await(old));
      assertFalse(next.isDone());
      release.countDown();
      assertTrue(await(next));
    }
  }

  @Test
  void staleSay_neverPlays() throws Exception {
    FakeLine line = FakeLine.recording();
    CountDownLatch slowStarted = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    Pcm fast = Pcm.ofSamples(new short[] {7, 7, 7});
    Synthesizer gated =
        new Synthesizer() {
          @Override
          public Pcm synthesize(String text, Style style) {
            if (text.equals("slow")) {
              slowStarted.countDown();
              try {
                release.await(TIMEOUT_S, TimeUnit.SECONDS);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
              return Pcm.ofSamples(new short[] {1, 1, 1});
            }
            return fast;
          }

          @Override
          public void close() {}
        };
    try (VoiceSpeaker speaker = new VoiceSpeaker(gated, line)) {
      CompletableFuture<Boolean> stale = speaker.say("slow");
      assertTrue(slowStarted.await(TIMEOUT_S, TimeUnit.SECONDS));
      CompletableFuture<Boolean> current = speaker.say("fast");
      release.countDown();

      assertFalse(await(stale));
      assertTrue(await(current));
    }
    assertArrayEquals(fast.data(), line.written());
  }

  @Test
  void brokenVoice_stillPlaysEarcons_andReportsNotWhole() throws Exception {
    FakeLine line = FakeLine.recording();
    Synthesizer broken =
        new Synthesizer() {
          @Override
          public Pcm synthesize(String text, Style style) {
            throw new SpeechException("voice missing (test)");
          }

          @Override
          public void close() {}
        };
    try (VoiceSpeaker speaker = new VoiceSpeaker(broken, line)) {
      Utterance utterance = Utterance.builder().tone(Earcon.ATTENTION).say("Hello").build();
      assertFalse(await(speaker.say(utterance)));
    }
    assertArrayEquals(new Earcons().pcm(Earcon.ATTENTION).data(), line.written());
  }

  @Test
  void close_isIdempotent_andLaterSaysAreSilent() throws Exception {
    FakeLine line = FakeLine.recording();
    VoiceSpeaker speaker = new VoiceSpeaker(new FreeTtsSynthesizer(), line);
    assertTrue(speaker.audible());

    speaker.close();
    speaker.close();

    assertTrue(line.closed());
    assertFalse(speaker.audible());
    assertFalse(await(speaker.say("Hello")));
    assertEquals(0, line.written().length);
  }
}
