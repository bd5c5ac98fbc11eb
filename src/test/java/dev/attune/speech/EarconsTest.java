package dev.attune.speech;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.attune.speech.Utterance.Earcon;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class EarconsTest {

  private final Earcons earcons = new Earcons();

  @ParameterizedTest
  @EnumSource(Earcon.class)
  void earcon_isShortAndModerate(Earcon earcon) {
    Pcm pcm = earcons.pcm(earcon);

    assertTrue(pcm.durationMillis() >= 50 && pcm.durationMillis() <= 300, pcm.toString());
    assertTrue(pcm.peak() > 0.1 * Short.MAX_VALUE, "peak " + pcm.peak());
    assertTrue(pcm.peak() < 0.35 * Short.MAX_VALUE, "peak " + pcm.peak());
  }

  @ParameterizedTest
  @EnumSource(Earcon.class)
  void earcon_startsAndEndsInSilence_soItDoesNotClick(Earcon earcon) {
    Pcm pcm = earcons.pcm(earcon);
    int last = pcm.sampleCount() - 1;

    assertTrue(Math.abs(pcm.sample(0)) < 50, "first sample " + pcm.sample(0));
    assertTrue(Math.abs(pcm.sample(last)) < 50, "last sample " + pcm.sample(last));
    for (int i = 1; i <= last; i++) {
      int jump = Math.abs(pcm.sample(i) - pcm.sample(i - 1));
      assertTrue(jump < 0.2 * Short.MAX_VALUE, "jump of " + jump + " at " + i);
    }
  }

  @ParameterizedTest
  @EnumSource(Earcon.class)
  void earcons_soundDifferent(Earcon earcon) {
    for (Earcon other : Earcon.values()) {
      if (other != earcon) {
        assertNotEquals(earcons.pcm(earcon), earcons.pcm(other));
      }
    }
  }

  @org.junit.jupiter.api.Test
  void chosen_isABriefChime() {
    long millis = earcons.pcm(Earcon.CHOSEN).durationMillis();

    assertTrue(millis >= 50 && millis <= 100, millis + " ms");
  }
}
