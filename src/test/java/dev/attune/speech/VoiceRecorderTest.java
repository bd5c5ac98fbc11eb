package dev.attune.speech;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Takes, from a microphone that hears what the test gives it, into real recording files. */
class VoiceRecorderTest {

  private static final String PAIN = "How is your pain today?";

  /** Each take hears the next sound in the list. */
  private static final class ScriptedMicrophone implements Microphone {
    final List<Pcm> sounds = new ArrayList<>();
    final List<CompletableFuture<Void>> takes = new ArrayList<>();

    @Override
    public Capture start(int limitMillis) {
      Pcm sound = sounds.remove(0);
      CompletableFuture<Void> ended = new CompletableFuture<>();
      takes.add(ended);
      return new Capture() {
        @Override
        public Pcm stop() {
          ended.complete(null);
          return sound;
        }

        @Override
        public CompletableFuture<Void> ended() {
          return ended;
        }
      };
    }
  }

  private static Pcm words() {
    short[] s = new short[Pcm.frames(800)];
    for (int i = 0; i < s.length; i++) {
      s[i] = (short) Math.round(5000 * Math.sin(2 * Math.PI * 220 * i / Pcm.SAMPLE_RATE));
    }
    return Pcm.concat(Pcm.silence(400), Pcm.ofSamples(s), Pcm.silence(400));
  }

  @Test
  void aTakeWithWords_isKeptTidied(@TempDir Path data) throws Exception {
    ScriptedMicrophone mic = new ScriptedMicrophone();
    mic.sounds.add(words());
    Recordings recordings = new Recordings(data.resolve("voices"));
    VoiceRecorder recorder = new VoiceRecorder(mic, recordings);

    CompletableFuture<Void> ended = recorder.listen();
    assertTrue(recorder.listening());
    assertFalse(ended.isDone());
    assertEquals(VoiceRecorder.Kept.KEPT, recorder.keep("calm", "before.pain_level", PAIN));
    assertTrue(ended.isDone());
    assertFalse(recorder.listening());
    assertEquals(Tidy.tidy(words()), recordings.find("calm", PAIN));
  }

  @Test
  void aQuietTake_keepsNothing_andAnEarlierRecordingStays(@TempDir Path data) throws Exception {
    ScriptedMicrophone mic = new ScriptedMicrophone();
    mic.sounds.add(words());
    mic.sounds.add(Pcm.silence(2000));
    Recordings recordings = new Recordings(data.resolve("voices"));
    VoiceRecorder recorder = new VoiceRecorder(mic, recordings);
    recorder.listen();
    recorder.keep("calm", "before.pain_level", PAIN);

    recorder.listen();
    assertEquals(
        VoiceRecorder.Kept.HEARD_NOTHING, recorder.keep("calm", "before.pain_level", PAIN));
    assertEquals(Tidy.tidy(words()), recordings.find("calm", PAIN));
  }

  @Test
  void listeningAgain_throwsTheRunningTakeAway(@TempDir Path data) throws Exception {
    ScriptedMicrophone mic = new ScriptedMicrophone();
    mic.sounds.add(words());
    mic.sounds.add(Pcm.silence(2000));
    VoiceRecorder recorder = new VoiceRecorder(mic, new Recordings(data.resolve("voices")));
    recorder.listen();
    recorder.listen();
    assertTrue(mic.takes.get(0).isDone(), "the first take was stopped");
    assertEquals(
        VoiceRecorder.Kept.HEARD_NOTHING, recorder.keep("calm", "before.pain_level", PAIN));
  }

  @Test
  void keepWithoutATake_isAMistake(@TempDir Path data) {
    VoiceRecorder recorder =
        new VoiceRecorder(new ScriptedMicrophone(), new Recordings(data.resolve("voices")));
    assertThrows(IllegalStateException.class, () -> recorder.keep("calm", "a", PAIN));
    recorder.discard(); // nothing to discard: no harm
  }
}
