package dev.attune.speech;

import com.sun.speech.freetts.audio.AudioPlayer;
import java.io.ByteArrayOutputStream;
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

  /** Already in Attune's format. */
  private final ByteArrayOutputStream converted = new ByteArrayOutputStream();

  /**
   * Raw bytes in {@link #format} at {@link #volume}, converted only when either changes or on
   * {@link #take}: FreeTTS may split a write inside a sample, so single writes are not converted.
   */
  private final ByteArrayOutputStream pending = new ByteArrayOutputStream();

  private AudioFormat format = FREETTS_DEFAULT;
  private float volume = 1.0f;

  /** Returns everything captured since the last call, and starts afresh. */
  Pcm take() {
    convertPending();
    Pcm pcm = new Pcm(converted.toByteArray());
    converted.reset();
    return pcm;
  }

  /** Drops anything captured, e.g. after a failed synthesis. */
  void discard() {
    pending.reset();
    converted.reset();
  }

  private void convertPending() {
    if (pending.size() == 0) {
      return;
    }
    byte[] raw = pending.toByteArray();
    pending.reset();
    int frame = Math.max(1, format.getFrameSize());
    int whole = raw.length - raw.length % frame;
    byte[] bytes = PcmConverter.convert(Arrays.copyOf(raw, whole), format, volume).data();
    converted.write(bytes, 0, bytes.length);
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
    pending.write(bytes, offset, size);
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

  @Override
  public void begin(int size) {}

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
