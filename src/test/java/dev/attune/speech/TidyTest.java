package dev.attune.speech;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class TidyTest {

  /** A 200 Hz tone of the given length and amplitude. */
  private static Pcm tone(int millis, int amplitude) {
    short[] s = new short[Pcm.frames(millis)];
    for (int i = 0; i < s.length; i++) {
      s[i] = (short) Math.round(amplitude * Math.sin(2 * Math.PI * 200 * i / Pcm.SAMPLE_RATE));
    }
    return Pcm.ofSamples(s);
  }

  @Test
  void onlyQuiet_heardNothing() {
    assertEquals(Optional.empty(), Tidy.tidy(Pcm.silence(2000)));
    // Room hiss well under the threshold is still nothing.
    assertEquals(Optional.empty(), Tidy.tidy(tone(2000, 200)));
    assertEquals(Optional.empty(), Tidy.tidy(Pcm.EMPTY));
  }

  @Test
  void quietAroundTheWords_isCutToAMargin_andTheLevelEvenedOut() {
    Pcm take = Pcm.concat(Pcm.silence(700), tone(1000, 6000), Pcm.silence(900));
    Pcm kept = Tidy.tidy(take).orElseThrow();
    assertEquals(1000 + 2 * Tidy.MARGIN_MS, kept.durationMillis(), 1);
    assertEquals(Math.round(Tidy.TARGET_PEAK * Short.MAX_VALUE), kept.peak(), 2);
    // The margin before the words is quiet: nothing but the words was made louder.
    assertEquals(0, new Pcm(java.util.Arrays.copyOf(kept.data(), 2 * Pcm.frames(60))).peak());
  }

  @Test
  void theKeyPressAtTheEnd_isCutAway() {
    Pcm click = tone(Tidy.CLICK_MS - 20, 20000);
    Pcm take = Pcm.concat(Pcm.silence(300), tone(800, 6000), Pcm.silence(400), click);
    Pcm kept = Tidy.tidy(take).orElseThrow();
    assertEquals(800 + 2 * Tidy.MARGIN_MS, kept.durationMillis(), 1);
  }

  @Test
  void aFaintTake_isNotAmplifiedIntoHiss() {
    Pcm kept = Tidy.tidy(Pcm.concat(tone(1000, 600), Pcm.silence(200))).orElseThrow();
    assertEquals(Math.round(600 * Tidy.MAX_GAIN), kept.peak(), 10);
    assertTrue(kept.peak() < Tidy.TARGET_PEAK * Short.MAX_VALUE);
  }
}
