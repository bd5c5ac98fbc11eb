package dev.attune.speech;

import com.sun.speech.freetts.audio.AudioPlayer;
import java.util.Arrays;
import javax.sound.sampled.AudioFormat;

/**
 * A FreeTTS {@link AudioPlayer} that plays nothing: it converts what FreeTTS writes into {@link
 * Pcm} in memory.
 *
 * <p>FreeTTS's own players deadlock and cannot be interrupted, so Attune never uses them. Confined
 * to the thread that owns the voice (see {@link FreeTtsSynthesizer}); not thread-safe.
 */
final class CapturingAudioPlayer implements AudioPlayer {

  private static final AudioFormat FREETTS_DEFAULT = new AudioFormat(8000f, 16, 1, true, true);

  /**
   * Buffers at most this big are kept for the next synthesis (about 4 s of speech, longer than most
   * prompts); a larger one, after a long text, is let go so it does not stay in memory.
   */
  static final int KEPT_BYTES = 128 * 1024;

  /**
   * Raw bytes in {@link #format} at {@link #volume}, converted only when either changes or on
   * {@link #take}: FreeTTS may split a write inside a sample, so single writes are not converted.
   * Both buffers are reused from one synthesis to the next.
   */
  private byte[] pending = new byte[0];

  private int pendingLength;

  /** Already in Attune's format. */
  private byte[] converted = new byte[0];

  private int convertedLength;

  private AudioFormat format = FREETTS_DEFAULT;
  private float volume = 1.0f;

  /** Returns everything captured since the last call, and starts afresh. */
  Pcm take() {
    convertPending();
    Pcm pcm = Pcm.adopt(Arrays.copyOf(converted, convertedLength));
    discard();
    return pcm;
  }

  /** Drops anything captured, e.g. after a failed synthesis. */
  void discard() {
    pendingLength = 0;
    convertedLength = 0;
    if (pending.length > KEPT_BYTES) {
      pending = new byte[0];
    }
    if (converted.length > KEPT_BYTES) {
      converted = new byte[0];
    }
  }

  private void convertPending() {
    if (pendingLength == 0) {
      return;
    }
    int length = pendingLength;
    pendingLength = 0;
    if (PcmConverter.resamples(format)) {
      Pcm pcm = PcmConverter.convert(Arrays.copyOf(pending, length), format, volume);
      converted = room(converted, convertedLength, pcm.byteLength());
      pcm.copyBytes(0, converted, convertedLength, pcm.byteLength());
      convertedLength += pcm.byteLength();
    } else {
      int bytes = PcmConverter.framesIn(length, format) * Pcm.BYTES_PER_FRAME;
      converted = room(converted, convertedLength, bytes);
      PcmConverter.convertInto(pending, length, format, volume, converted, convertedLength);
      convertedLength += bytes;
    }
  }

  /** {@code buffer}, or a copy of its first {@code used} bytes with room for {@code more}. */
  private static byte[] room(byte[] buffer, int used, int more) {
    int needed = Math.addExact(used, more);
    if (needed <= buffer.length) {
      return buffer;
    }
    long doubled = Math.min(Integer.MAX_VALUE - 8L, 2L * buffer.length);
    return Arrays.copyOf(buffer, (int) Math.max(needed, doubled));
  }

  @Override
  public void setAudioFormat(AudioFormat format) {
    if (!format.matches(this.format)) {
      convertPending();
    }
    this.format = format;
  }

  @Override
  public AudioFormat getAudioFormat() {
    return format;
  }

  /**
   * FreeTTS hands the voice's volume (0..1) to the player rather than scaling samples itself, so
   * the gain is applied here.
   */
  @Override
  public void setVolume(float volume) {
    float clamped = Math.max(0f, Math.min(1f, volume));
    if (clamped != this.volume) {
      convertPending();
    }
    this.volume = clamped;
  }

  @Override
  public float getVolume() {
    return volume;
  }

  @Override
  public boolean write(byte[] audioData) {
    return write(audioData, 0, audioData.length);
  }

  @Override
  public boolean write(byte[] bytes, int offset, int size) {
    pending = room(pending, pendingLength, size);
    System.arraycopy(bytes, offset, pending, pendingLength, size);
    pendingLength += size;
    return true;
  }

  // The rest of the interface is about a live device; capturing to memory has nothing to do.

  @Override
  public void pause() {}

  @Override
  public void resume() {}

  @Override
  public void reset() {}

  @Override
  public boolean drain() {
    return true;
  }

  /** FreeTTS says how many bytes are coming; making room once saves regrowing. */
  @Override
  public void begin(int size) {
    if (size > 0) {
      pending = room(pending, pendingLength, size);
    }
  }

  @Override
  public boolean end() {
    return true;
  }

  @Override
  public void cancel() {}

  @Override
  public void close() {}

  @Override
  public long getTime() {
    return 0;
  }

  @Override
  public void resetTime() {}

  @Override
  public void startFirstSampleTimer() {}

  @Override
  public void showMetrics() {}
}
