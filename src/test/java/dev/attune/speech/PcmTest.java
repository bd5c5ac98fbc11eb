package dev.attune.speech;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import javax.sound.sampled.AudioFormat;
import org.junit.jupiter.api.Test;

class PcmTest {

  @Test
  void silence_hasRequestedLengthAndNoSound() {
    Pcm quiet = Pcm.silence(250);

    assertEquals(250, quiet.durationMillis());
    assertEquals(4000, quiet.sampleCount());
    assertEquals(0, quiet.peak());
  }

  @Test
  void bytes_areCopiedInAndOut() {
    byte[] bytes = {1, 2, 3, 4};
    Pcm pcm = new Pcm(bytes);
    bytes[0] = 9;
    pcm.data()[1] = 9;

    assertArrayEquals(new byte[] {1, 2, 3, 4}, pcm.data());
  }

  @Test
  void oddByteCount_isRejected() {
    assertThrows(IllegalArgumentException.class, () -> new Pcm(new byte[3]));
  }

  @Test
  void samples_areLittleEndianSigned() {
    Pcm pcm = Pcm.ofSamples(new short[] {-2, 300, Short.MIN_VALUE});

    assertArrayEquals(
        new byte[] {(byte) 0xfe, (byte) 0xff, 0x2c, 0x01, 0x00, (byte) 0x80}, pcm.data());
    assertEquals(300, pcm.sample(1));
    assertEquals(32768, pcm.peak());
  }

  @Test
  void concat_keepsOrder() {
    Pcm joined =
        Pcm.concat(Pcm.ofSamples(new short[] {1}), Pcm.EMPTY, Pcm.ofSamples(new short[] {2, 3}));

    assertEquals(Pcm.ofSamples(new short[] {1, 2, 3}), joined);
  }

  @Test
  void converter_turnsBigEndianIntoLittleEndianAndAppliesGain() {
    AudioFormat bigEndian = new AudioFormat(16_000f, 16, 1, true, true);
    byte[] raw = {0x10, 0x00, (byte) 0xf0, 0x00}; // 4096, -4096

    Pcm pcm = PcmConverter.convert(raw, bigEndian, 0.5f);

    assertEquals(Pcm.ofSamples(new short[] {2048, -2048}), pcm);
  }

  @Test
  void converter_mixesStereoAndResamples() {
    AudioFormat stereo8k = new AudioFormat(8_000f, 16, 2, true, false);
    short[] frames = {1000, 3000, 1000, 3000, 1000, 3000};
    byte[] raw = Pcm.ofSamples(frames).data();

    Pcm pcm = PcmConverter.convert(raw, stereo8k, 1f);

    assertEquals(5, pcm.sampleCount());
    for (int i = 0; i < pcm.sampleCount(); i++) {
      assertEquals(2000, pcm.sample(i));
    }
  }

  @Test
  void converter_clipsInsteadOfWrappingAround() {
    Pcm pcm = PcmConverter.convert(Pcm.ofSamples(new short[] {30000}).data(), Pcm.FORMAT, 2f);

    assertEquals(Short.MAX_VALUE, pcm.sample(0));
  }
}
