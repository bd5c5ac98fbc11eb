package dev.attune.speech;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.attune.speech.Utterance.Earcon;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Streaming: each part plays as soon as it is ready, not when the whole utterance is. */
class VoiceSpeakerStreamingTest {

  private static final long TIMEOUT_S = 10;

  private static Pcm level(int millis, int value) {
    short[] samples = new short[Pcm.frames(millis)];
    java.util.Arrays.fill(samples, (short) value);
    return Pcm.ofSamples(samples);
  }

  private static boolean await(CompletableFuture<Boolean> future) throws Exception {
    return future.get(TIMEOUT_S, TimeUnit.SECONDS);
  }

  @Test
  void firstPart_playsBeforeASlowSecondPartIsSynthesised() throws Exception {
    FakeLine line = FakeLine.recording();
    Pcm slow = level(300, 9);
    GatedSynthesizer synth = new GatedSynthesizer().gated("slow", slow);
    Earcons earcons = new Earcons();
    try (VoiceSpeaker speaker = new VoiceSpeaker(synth, line)) {
      CompletableFuture<Boolean> said =
          speaker.say(Utterance.builder().tone(Earcon.CHOSEN).say("slow").build());

      assertTrue(line.awaitFirstWrite(), "the earcon starts playing");
      assertTrue(synth.awaitStarted("slow"));
      assertFalse(synth.hasFinished("slow"), "while the speech is still being synthesised");
      assertFalse(said.isDone());

      synth.release("slow");

      assertTrue(await(said));
    }
    assertArrayEquals(Pcm.concat(earcons.pcm(Earcon.CHOSEN), slow).data(), line.written());
  }

  @Test
  void earcon_playsAtOnce_evenWhileTheSynthesisThreadIsBusyPreparing() throws Exception {
    FakeLine line = FakeLine.recording();
    GatedSynthesizer synth = new GatedSynthesizer().gated("next prompt", level(100, 3));
    try (VoiceSpeaker speaker = new VoiceSpeaker(synth, line)) {
      speaker.prepare(Utterance.of("next prompt"));
      assertTrue(synth.awaitStarted("next prompt"));

      CompletableFuture<Boolean> said =
          speaker.say(Utterance.builder().tone(Earcon.CHOSEN).build());

      assertTrue(line.awaitFirstWrite());
      assertTrue(await(said));
      assertFalse(synth.hasFinished("next prompt"));
      synth.release("next prompt");
    }
    assertArrayEquals(new Earcons().pcm(Earcon.CHOSEN).data(), line.written());
  }

  @Test
  void cachedAndFreshParts_playInOrder_withEveryByte() throws Exception {
    FakeLine line = FakeLine.recording();
    Pcm a = level(50, 1);
    Pcm b = level(70, 2);
    Pcm c = level(90, 3);
    GatedSynthesizer synth = new GatedSynthesizer().sound("a", a).sound("b", b).sound("c", c);
    try (VoiceSpeaker speaker = new VoiceSpeaker(synth, line)) {
      assertTrue(await(speaker.say("b")));
      Utterance utterance =
          Utterance.builder().say("b").pause(40).say("a").tone(Earcon.BACK).say("c").build();
      assertTrue(await(speaker.say(utterance)));
    }
    Pcm expected = Pcm.concat(b, b, Pcm.silence(40), a, new Earcons().pcm(Earcon.BACK), c);
    assertArrayEquals(expected.data(), line.written());
  }

  @Test
  void newSay_whileAPartIsSynthesising_dropsTheRestOfTheOldOne() throws Exception {
    FakeLine line = FakeLine.recording();
    Pcm slow = level(200, 5);
    Pcm fast = level(60, 6);
    GatedSynthesizer synth = new GatedSynthesizer().gated("slow", slow).sound("fast", fast);
    Earcons earcons = new Earcons();
    try (VoiceSpeaker speaker = new VoiceSpeaker(synth, line)) {
      CompletableFuture<Boolean> old =
          speaker.say(Utterance.builder().tone(Earcon.ATTENTION).say("slow").build());
      assertTrue(line.awaitFirstWrite());
      assertTrue(synth.awaitStarted("slow"));

      CompletableFuture<Boolean> next = speaker.say("fast");
      synth.release("slow");

      assertFalse(await(old));
      assertTrue(await(next));
    }
    byte[] written = line.written();
    byte[] attention = earcons.pcm(Earcon.ATTENTION).data();
    // Some of the old earcon may have played before the cut; none of the stale speech did.
    assertTrue(written.length >= fast.byteLength());
    assertTrue(written.length - fast.byteLength() <= attention.length);
    byte[] tail =
        java.util.Arrays.copyOfRange(written, written.length - fast.byteLength(), written.length);
    assertArrayEquals(fast.data(), tail);
    for (int i = 0; i < written.length - fast.byteLength(); i++) {
      assertTrue(written[i] == attention[i], "only the old earcon's start, byte " + i);
    }
  }
}
