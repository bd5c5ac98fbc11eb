package dev.attune.speech;

import java.util.Optional;

/**
 * What is kept of a take from the microphone: the key press at its end and the quiet before and
 * after are cut away, and the level is evened out, so a recording sits beside the synthetic voice
 * at a similar loudness. Stateless.
 */
final class Tidy {

  /** Loudness is measured in windows of this length. */
  static final int WINDOW_MS = 10;

  /** Quiet kept before the first and after the last sound, so no word is clipped. */
  static final int MARGIN_MS = 80;

  /** Cut from the end first: the click of the key that stopped the recording. */
  static final int CLICK_MS = 100;

  /** A take whose loudest window is quieter than this (RMS, about -40 dBFS) heard nothing. */
  static final double SILENT_RMS = 330;

  /** The loudest sample after evening out, as a share of full scale. */
  static final double TARGET_PEAK = 0.7;

  /** Never amplified more than this, so a faint take does not become loud hiss. */
  static final double MAX_GAIN = 8;

  private Tidy() {}

  /** The tidied take, or empty when it heard nothing but quiet. */
  static Optional<Pcm> tidy(Pcm raw) {
    int window = Pcm.frames(WINDOW_MS);
    int usable = Math.max(0, raw.sampleCount() - Pcm.frames(CLICK_MS));
    int windows = usable / window;
    double[] rms = new double[windows];
    double loudest = 0;
    for (int w = 0; w < windows; w++) {
      double sum = 0;
      for (int i = w * window; i < (w + 1) * window; i++) {
        double s = raw.sample(i);
        sum += s * s;
      }
      rms[w] = Math.sqrt(sum / window);
      loudest = Math.max(loudest, rms[w]);
    }
    if (loudest < SILENT_RMS) {
      return Optional.empty();
    }
    double threshold = Math.max(SILENT_RMS / 2, loudest * 0.1);
    int first = 0;
    while (rms[first] < threshold) {
      first++;
    }
    int last = windows - 1;
    while (rms[last] < threshold) {
      last--;
    }
    int from = Math.max(0, first * window - Pcm.frames(MARGIN_MS));
    int to = Math.min(usable, (last + 1) * window + Pcm.frames(MARGIN_MS));
    int peak = 1;
    for (int i = from; i < to; i++) {
      peak = Math.max(peak, Math.abs(raw.sample(i)));
    }
    double gain = Math.min(MAX_GAIN, TARGET_PEAK * Short.MAX_VALUE / peak);
    short[] kept = new short[to - from];
    for (int i = 0; i < kept.length; i++) {
      long value = Math.round(raw.sample(from + i) * gain);
      kept[i] = (short) Math.max(Short.MIN_VALUE, Math.min(Short.MAX_VALUE, value));
    }
    return Optional.of(Pcm.ofSamples(kept));
  }
}
