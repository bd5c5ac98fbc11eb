package dev.attune.speech;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.attune.speech.Utterance.Style;
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
