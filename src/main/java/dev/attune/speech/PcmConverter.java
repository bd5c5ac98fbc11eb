package dev.attune.speech;

import javax.sound.sampled.AudioFormat;

/**
 * Converts linear PCM in whatever format FreeTTS reports into {@link Pcm#FORMAT}, applying a gain.
 *
 * <p>Stateless and thread-safe. Handles 8- and 16-bit, signed or unsigned, either byte order, any
 * channel count (mixed down) and any sample rate (linear interpolation; kevin16 is already 16 kHz,
 * so that path exists only so another voice cannot play at the wrong speed).
 */
final class PcmConverter {

  private PcmConverter() {}

  /**
   * @param gain linear factor, 1 keeps the level; results are clipped to the 16-bit range
   * @throws SpeechException when the format is not linear PCM of 8 or 16 bits
   */
  static Pcm convert(byte[] raw, AudioFormat format, float gain) {
    if (resamples(format)) {
      return convertResampling(raw, format, gain);
    }
    byte[] out = new byte[framesIn(raw.length, format) * Pcm.BYTES_PER_FRAME];
    convertInto(raw, raw.length, format, gain, out, 0);
    return Pcm.adopt(out);
  }

  /** Whether {@code format} needs resampling, which only {@link #convert} does. */
  static boolean resamples(AudioFormat format) {
    float rate = format.getSampleRate();
    return rate != Pcm.SAMPLE_RATE && rate > 0;
  }

  /** How many whole frames {@code length} bytes of {@code format} hold. */
  static int framesIn(int length, AudioFormat format) {
    check(format);
    return length / (format.getSampleSizeInBits() / 8 * Math.max(1, format.getChannels()));
  }

  /**
   * Converts the whole frames of {@code raw[0, length)}, which must not need resampling, straight
   * into {@code out} from {@code at} on, with no arrays in between: {@code out} needs room for
   * {@link #framesIn} frames. The same arithmetic as {@link #convert}, so the same samples.
   */
  static void convertInto(
      byte[] raw, int length, AudioFormat format, float gain, byte[] out, int at) {
    if (resamples(format)) {
      throw new IllegalArgumentException("convertInto does not resample");
    }
    boolean signed = AudioFormat.Encoding.PCM_SIGNED.equals(format.getEncoding());
    int bits = format.getSampleSizeInBits();
    boolean bigEndian = format.isBigEndian();
    int channels = Math.max(1, format.getChannels());
    int bytesPerSample = bits / 8;
    int frameSize = bytesPerSample * channels;
    int frames = framesIn(length, format);
    for (int f = 0; f < frames; f++) {
      double sum = 0;
      for (int c = 0; c < channels; c++) {
        int from = f * frameSize + c * bytesPerSample;
        sum += bits == 8 ? sample8(raw[from], signed) : sample16(raw, from, bigEndian, signed);
      }
      long value = Math.round(sum / channels * gain);
      int sample = (int) Math.max(Short.MIN_VALUE, Math.min(Short.MAX_VALUE, value));
      out[at + 2 * f] = (byte) sample;
      out[at + 2 * f + 1] = (byte) (sample >> 8);
    }
  }

  private static Pcm convertResampling(byte[] raw, AudioFormat format, float gain) {
    double[] mono = toMono(raw, format);
    double[] resampled = resample(mono, format.getSampleRate());
    short[] samples = new short[resampled.length];
    for (int i = 0; i < samples.length; i++) {
      long value = Math.round(resampled[i] * gain);
      samples[i] = (short) Math.max(Short.MIN_VALUE, Math.min(Short.MAX_VALUE, value));
    }
    return Pcm.ofSamples(samples);
  }

  private static void check(AudioFormat format) {
    AudioFormat.Encoding encoding = format.getEncoding();
    if (!AudioFormat.Encoding.PCM_SIGNED.equals(encoding)
        && !AudioFormat.Encoding.PCM_UNSIGNED.equals(encoding)) {
      throw new SpeechException("Unsupported audio encoding from the synthesiser: " + encoding);
    }
    int bits = format.getSampleSizeInBits();
    if (bits != 8 && bits != 16) {
      throw new SpeechException("Unsupported sample size from the synthesiser: " + bits);
    }
  }

  private static double[] toMono(byte[] raw, AudioFormat format) {
    check(format);
    boolean signed = AudioFormat.Encoding.PCM_SIGNED.equals(format.getEncoding());
    int bits = format.getSampleSizeInBits();
    int channels = Math.max(1, format.getChannels());
    int bytesPerSample = bits / 8;
    int frameSize = bytesPerSample * channels;
    int frames = raw.length / frameSize;
    double[] mono = new double[frames];
    for (int f = 0; f < frames; f++) {
      double sum = 0;
      for (int c = 0; c < channels; c++) {
        int at = f * frameSize + c * bytesPerSample;
        sum +=
            bits == 8 ? sample8(raw[at], signed) : sample16(raw, at, format.isBigEndian(), signed);
      }
      mono[f] = sum / channels;
    }
    return mono;
  }

  /** Scaled to the 16-bit range so 8-bit voices play at the same level. */
  private static int sample8(byte b, boolean signed) {
    int value = signed ? b : (b & 0xff) - 128;
    return value << 8;
  }

  private static int sample16(byte[] raw, int at, boolean bigEndian, boolean signed) {
    int hi = bigEndian ? raw[at] : raw[at + 1];
    int lo = bigEndian ? raw[at + 1] : raw[at];
    int value = ((hi & 0xff) << 8) | (lo & 0xff);
    return signed ? (short) value : value - 32768;
  }

  private static double[] resample(double[] in, float rate) {
    if (in.length == 0) {
      return in;
    }
    double step = rate / Pcm.SAMPLE_RATE;
    int length = (int) Math.floor((in.length - 1) / step) + 1;
    double[] out = new double[length];
    for (int i = 0; i < length; i++) {
      double pos = i * step;
      int left = (int) pos;
      int right = Math.min(left + 1, in.length - 1);
      double frac = pos - left;
      out[i] = in[left] * (1 - frac) + in[right] * frac;
    }
    return out;
  }
}
