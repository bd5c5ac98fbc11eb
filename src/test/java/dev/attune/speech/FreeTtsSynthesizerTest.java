package dev.attune.speech;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.attune.speech.Utterance.Style;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Real FreeTTS synthesis; it takes milliseconds once the voice is loaded. */
class FreeTtsSynthesizerTest {

  private static final String PROMPT = "How is your pain today?";
  private static FreeTtsSynthesizer synth;

  @BeforeAll
  static void loadVoice() {
    synth = new FreeTtsSynthesizer();
    synth.warmUp();
  }

  @AfterAll
  static void closeVoice() {
    synth.close();
  }

  @Test
  void prompt_isAudibleSpeechOfPlausibleLength() {
    Pcm pcm = synth.synthesize(PROMPT, Style.NORMAL);

    assertTrue(
        pcm.durationMillis() > 600 && pcm.durationMillis() < 4000,
        "duration " + pcm.durationMillis() + " ms");
    assertTrue(pcm.peak() > 3000, "peak " + pcm.peak());
    assertTrue(pcm.rms() > 300, "rms " + pcm.rms());
  }

  @Test
  void cue_isQuickerAndSofterThanNormal() {
    Pcm normal = synth.synthesize(PROMPT, Style.NORMAL);
    Pcm cue = synth.synthesize(PROMPT, Style.CUE);

    assertNotEquals(normal, cue);
    assertTrue(cue.durationMillis() < normal.durationMillis() * 0.9, cue + " vs " + normal);
    assertTrue(cue.rms() < normal.rms() * 0.8, cue.rms() + " vs " + normal.rms());
  }

  @Test
  void loud_isSlowerAndLouderThanNormal() {
    Pcm normal = synth.synthesize(PROMPT, Style.NORMAL);
    Pcm loud = synth.synthesize(PROMPT, Style.LOUD);

    assertTrue(loud.durationMillis() > normal.durationMillis(), loud + " vs " + normal);
    assertTrue(loud.rms() > normal.rms(), loud.rms() + " vs " + normal.rms());
  }

  @Test
  void sameTextAndStyle_givesSameSound() {
    assertEquals(synth.synthesize(PROMPT, Style.CUE), synth.synthesize(PROMPT, Style.CUE));
  }

  @Test
  void eachBundledProfile_soundsDifferent_andKeepsCueAndLoudApart() throws Exception {
    List<Pcm> normals = new ArrayList<>();
    for (VoiceProfile profile : VoiceProfiles.bundled()) {
      Pcm normal = synth.synthesize(PROMPT, Style.NORMAL, profile);
      Pcm cue = synth.synthesize(PROMPT, Style.CUE, profile);
      Pcm loud = synth.synthesize(PROMPT, Style.LOUD, profile);
      assertTrue(cue.durationMillis() < normal.durationMillis(), profile.id());
      assertTrue(cue.rms() < normal.rms(), profile.id());
      assertTrue(loud.durationMillis() > normal.durationMillis(), profile.id());
      assertTrue(loud.rms() > normal.rms(), profile.id());
      normals.add(normal);
    }
    assertEquals(normals.size(), Set.copyOf(normals).size(), "every profile sounds different");
  }

  @Test
  void slowerProfile_givesLongerSpeech() {
    VoiceProfile calm = VoiceProfiles.bundledDefault();
    VoiceProfile slow = new VoiceProfile("slow", "kevin16", 90, 95, 10, 0.85, "Slow.");

    assertTrue(
        synth.synthesize(PROMPT, Style.NORMAL, slow).durationMillis()
            > synth.synthesize(PROMPT, Style.NORMAL, calm).durationMillis() * 1.3);
  }

  @Test
  void tuning_derivesStylesFromTheProfile() {
    VoiceProfile full = new VoiceProfile("full", "kevin16", 200, 120, 20, 1.0, "Full.");

    assertEquals(
        new FreeTtsSynthesizer.Tuning(200f, 1f, 120f, 20f),
        FreeTtsSynthesizer.Tuning.of(full, Style.NORMAL));
    assertEquals(264f, FreeTtsSynthesizer.Tuning.of(full, Style.CUE).wordsPerMinute(), 0.01f);
    assertEquals(0.65f, FreeTtsSynthesizer.Tuning.of(full, Style.CUE).volume(), 0.001f);
    assertEquals(180f, FreeTtsSynthesizer.Tuning.of(full, Style.LOUD).wordsPerMinute(), 0.01f);
    assertEquals(1f, FreeTtsSynthesizer.Tuning.of(full, Style.LOUD).volume(), "never above full");
  }

  @Test
  void blankText_isEmpty() {
    assertTrue(synth.synthesize("   ", Style.NORMAL).isEmpty());
  }

  @Test
  void closedSynthesizer_throwsSpeechException() {
    FreeTtsSynthesizer closed = new FreeTtsSynthesizer();
    closed.close();
    closed.close();

    assertThrows(SpeechException.class, () -> closed.synthesize(PROMPT, Style.NORMAL));
  }
}
