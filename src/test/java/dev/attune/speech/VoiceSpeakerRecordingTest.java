package dev.attune.speech;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A person's own recordings play instead of synthesis; the synthetic voice covers the rest. */
class VoiceSpeakerRecordingTest {

  private static final VoiceProfile CALM = VoiceProfiles.bundledDefault();
  private static final String PAIN = "How is your pain today?";
  private static final String WATER = "Water, please.";

  private static Pcm take(int seed) {
    short[] s = new short[4000];
    for (int i = 0; i < s.length; i++) {
      s[i] = (short) ((i * seed) % 16000 - 8000);
    }
    return Pcm.ofSamples(s);
  }

  /** As the speaker plays it: at the profile's volume. */
  private static byte[] played(Pcm take) {
    return PcmConverter.convert(take.data(), Pcm.FORMAT, (float) CALM.volume()).data();
  }

  private static boolean await(CompletableFuture<Boolean> future) throws Exception {
    return future.get(10, TimeUnit.SECONDS);
  }

  @Test
  void recordedWords_playTheRecording_andEverythingElseIsSynthesised(@TempDir Path data)
      throws Exception {
    Recordings recordings = new Recordings(data.resolve("voices"));
    recordings.save(CALM.id(), "before.pain_level", PAIN, take(7));
    FakeLine line = FakeLine.recording();
    RecordingSynthesizer synth = new RecordingSynthesizer(new FreeTtsSynthesizer());
    try (VoiceSpeaker speaker = new VoiceSpeaker(synth, line, CALM)) {
      speaker.useRecordings(recordings);
      assertTrue(await(speaker.say(Utterance.builder().say(PAIN).say(WATER).build())));
    }
    assertEquals(1, synth.made().size(), "only the words without a recording are synthesised");
    byte[] own = played(take(7));
    byte[] written = line.written();
    assertArrayEquals(own, Arrays.copyOf(written, own.length));
    assertArrayEquals(
        synth.made().get(0).data(), Arrays.copyOfRange(written, own.length, written.length));
  }

  @Test
  void keepingOrRemovingARecording_takesEffectAtOnce_despiteTheCache(@TempDir Path data)
      throws Exception {
    Recordings recordings = new Recordings(data.resolve("voices"));
    FakeLine line = FakeLine.recording();
    RecordingSynthesizer synth = new RecordingSynthesizer(new FreeTtsSynthesizer());
    try (VoiceSpeaker speaker = new VoiceSpeaker(synth, line, CALM)) {
      speaker.useRecordings(recordings);
      assertTrue(await(speaker.say(PAIN)));
      int synthesised = line.written().length;
      assertEquals(1, synth.made().size());

      recordings.save(CALM.id(), "before.pain_level", PAIN, take(7));
      assertTrue(await(speaker.say(PAIN)));
      byte[] afterKeep = Arrays.copyOfRange(line.written(), synthesised, line.written().length);
      assertArrayEquals(played(take(7)), afterKeep);

      recordings.remove(CALM.id(), PAIN);
      int before = line.written().length;
      assertTrue(await(speaker.say(PAIN)));
      byte[] afterRemove = Arrays.copyOfRange(line.written(), before, line.written().length);
      assertArrayEquals(synth.made().get(0).data(), afterRemove);
    }
  }
}
