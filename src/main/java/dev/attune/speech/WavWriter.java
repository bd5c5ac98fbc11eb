package dev.attune.speech;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;

/**
 * Writes {@link Pcm} as a 16 kHz mono 16-bit WAV file, with Java Sound's own WAV writer. Stateless
 * and thread-safe.
 */
public final class WavWriter {

  private WavWriter() {}

  /** Creates or replaces {@code file}. */
  public static void write(Pcm pcm, Path file) throws IOException {
    byte[] bytes = pcm.data();
    try (AudioInputStream in =
        new AudioInputStream(new ByteArrayInputStream(bytes), Pcm.FORMAT, pcm.sampleCount())) {
      AudioSystem.write(in, AudioFileFormat.Type.WAVE, file.toFile());
    }
  }

  /** The bytes of a WAV file of {@code pcm}. */
  public static byte[] bytes(Pcm pcm) throws IOException {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(pcm.byteLength() + 64);
    try (AudioInputStream in =
        new AudioInputStream(new ByteArrayInputStream(pcm.data()), Pcm.FORMAT, pcm.sampleCount())) {
      AudioSystem.write(in, AudioFileFormat.Type.WAVE, out);
    }
    return out.toByteArray();
  }

  /** Reads the bytes of a WAV file, converting it to Attune's format if needed. */
  public static Pcm read(byte[] wav) throws IOException {
    try (AudioInputStream in =
        AudioSystem.getAudioInputStream(
            new java.io.BufferedInputStream(new ByteArrayInputStream(wav)))) {
      return PcmConverter.convert(in.readAllBytes(), in.getFormat(), 1f);
    } catch (javax.sound.sampled.UnsupportedAudioFileException e) {
      throw new IOException("Not a WAV file Attune can read", e);
    }
  }

  /** Reads a WAV file written by {@link #write}, converting it to Attune's format if needed. */
  public static Pcm read(Path file) throws IOException {
    try (AudioInputStream in = AudioSystem.getAudioInputStream(file.toFile())) {
      return PcmConverter.convert(in.readAllBytes(), in.getFormat(), 1f);
    } catch (javax.sound.sampled.UnsupportedAudioFileException e) {
      throw new IOException("Not a WAV file Attune can read", e);
    }
  }
}
