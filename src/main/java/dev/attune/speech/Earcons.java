package dev.attune.speech;

import dev.attune.speech.Utterance.Earcon;
import java.util.EnumMap;
import java.util.Map;

/**
 * The short non-speech sounds, generated once as {@link Pcm}.
 *
 * <p>Soft sine tones with a little second harmonic, raised-cosine attack and release (so no clicks)
 * and a peak near a quarter of full scale, so they sit below speech. Immutable and thread-safe
 * after construction.
 */
public final class Earcons {

  /** Peak amplitude, as a fraction of full scale. */
  private static final double LEVEL = 0.25;

  private static final int ATTACK_MS = 4;

  private final Map<Earcon, Pcm> sounds = new EnumMap<>(Earcon.class);

  public Earcons() {
    // A rising major sixth: bright and brief, "done".
    sounds.put(Earcon.CHOSEN, Pcm.concat(note(784, 30), note(1319, 45)));
    // A falling, lower pair: "back".
    sounds.put(Earcon.BACK, Pcm.concat(note(523, 45), note(392, 70)));
    // Two gentle identical tones with a gap: noticeable without alarm.
    sounds.put(Earcon.ATTENTION, Pcm.concat(note(660, 90), Pcm.silence(70), note(660, 90)));
  }

  public Pcm pcm(Earcon earcon) {
    return sounds.get(earcon);
  }

  /** One soft note that fades in over a few ms and fades out over its second half. */
  static Pcm note(double hertz, int millis) {
    int frames = Pcm.frames(millis);
    int attack = Pcm.frames(ATTACK_MS);
    int releaseStart = frames / 2;
    short[] samples = new short[frames];
    for (int i = 0; i < frames; i++) {
      double t = (double) i / Pcm.SAMPLE_RATE;
      double wave =
          0.85 * Math.sin(2 * Math.PI * hertz * t) + 0.15 * Math.sin(4 * Math.PI * hertz * t);
      double envelope = 1.0;
      if (i < attack) {
        envelope = raisedCosine((double) i / attack);
      } else if (i >= releaseStart) {
        envelope = raisedCosine((double) (frames - 1 - i) / (frames - 1 - releaseStart));
      }
      samples[i] = (short) Math.round(wave * envelope * LEVEL * Short.MAX_VALUE);
    }
    return Pcm.ofSamples(samples);
  }

  /** 0 at x=0 rising smoothly to 1 at x=1. */
  private static double raisedCosine(double x) {
    return 0.5 - 0.5 * Math.cos(Math.PI * Math.max(0, Math.min(1, x)));
  }
}
