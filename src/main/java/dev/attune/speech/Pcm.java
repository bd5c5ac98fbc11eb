package dev.attune.speech;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import javax.sound.sampled.AudioFormat;

/**
 * A piece of sound in Attune's one internal format: 16 kHz, mono, 16-bit signed little-endian PCM.
 *
 * <p>Immutable: the public constructor copies the bytes in and {@link #data} copies them out, so a
 * cached {@code Pcm} can be shared by any number of threads. Inside this package, arrays made for
 * the purpose are adopted without a copy ({@link #adopt}).
 */
public final class Pcm {

  public static final int SAMPLE_RATE = 16_000;
  public static final int BYTES_PER_FRAME = 2;

  /** The format every {@code Pcm} is in; a line opened with it plays the bytes as they are. */
  public static final AudioFormat FORMAT = new AudioFormat(SAMPLE_RATE, 16, 1, true, false);

  public static final Pcm EMPTY = new Pcm(new byte[0]);

  private final byte[] data;

  /** Copies {@code data}; the caller may go on using its array. */
  public Pcm(byte[] data) {
    this(Objects.requireNonNull(data, "data").clone(), true);
  }

  private Pcm(byte[] array, boolean owned) {
    assert owned;
    if (array.length % BYTES_PER_FRAME != 0) {
      throw new IllegalArgumentException(
          "16-bit PCM needs an even byte count, was " + array.length);
    }
    this.data = array;
  }

  /** Takes {@code owned} as it is, without a copy: nobody may touch that array afterwards. */
  static Pcm adopt(byte[] owned) {
    return new Pcm(Objects.requireNonNull(owned, "data"), true);
  }

  /** A copy of the bytes; the object keeps its own. */
  public byte[] data() {
    return data.clone();
  }

  /** Builds PCM from samples in -32768..32767. */
  public static Pcm ofSamples(short[] samples) {
    byte[] bytes = new byte[samples.length * BYTES_PER_FRAME];
    for (int i = 0; i < samples.length; i++) {
      bytes[2 * i] = (byte) samples[i];
      bytes[2 * i + 1] = (byte) (samples[i] >> 8);
    }
    return adopt(bytes);
  }

  /** Quiet of the given length, in milliseconds. */
  public static Pcm silence(int millis) {
    if (millis < 0) {
      throw new IllegalArgumentException("silence must not be negative, was " + millis);
    }
    return adopt(new byte[frames(millis) * BYTES_PER_FRAME]);
  }

  /** Number of frames (samples) in {@code millis} milliseconds. */
  static int frames(int millis) {
    return (int) ((long) millis * SAMPLE_RATE / 1000);
  }

  public static Pcm concat(Pcm... parts) {
    return concat(Arrays.asList(parts));
  }

  public static Pcm concat(List<Pcm> parts) {
    int length = 0;
    for (Pcm part : parts) {
      length = Math.addExact(length, part.data.length);
    }
    byte[] joined = new byte[length];
    int at = 0;
    for (Pcm part : parts) {
      System.arraycopy(part.data, 0, joined, at, part.data.length);
      at += part.data.length;
    }
    return adopt(joined);
  }

  public int byteLength() {
    return data.length;
  }

  public int sampleCount() {
    return data.length / BYTES_PER_FRAME;
  }

  public short sample(int index) {
    return (short) ((data[2 * index] & 0xff) | (data[2 * index + 1] << 8));
  }

  public long durationMillis() {
    return sampleCount() * 1000L / SAMPLE_RATE;
  }

  public boolean isEmpty() {
    return data.length == 0;
  }

  /** Largest absolute sample, 0..32768; 0 means silence. */
  public int peak() {
    int peak = 0;
    for (int i = 0; i < sampleCount(); i++) {
      peak = Math.max(peak, Math.abs(sample(i)));
    }
    return peak;
  }

  /** Root mean square of the samples, 0..32768. */
  public double rms() {
    if (isEmpty()) {
      return 0;
    }
    double sum = 0;
    for (int i = 0; i < sampleCount(); i++) {
      double s = sample(i);
      sum += s * s;
    }
    return Math.sqrt(sum / sampleCount());
  }

  /** Copies {@code length} bytes from {@code offset} into {@code target}; no copy of the whole. */
  void copyBytes(int offset, byte[] target, int targetOffset, int length) {
    System.arraycopy(data, offset, target, targetOffset, length);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Pcm that && Arrays.equals(data, that.data);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(data);
  }

  @Override
  public String toString() {
    return "Pcm[" + durationMillis() + " ms]";
  }
}
