package dev.attune.speech;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WavWriterTest {

  @Test
  void wav_roundTrips_as16kMono16Bit(@TempDir Path dir) throws Exception {
    Pcm pcm = new Earcons().pcm(Utterance.Earcon.ATTENTION);
    Path file = dir.resolve("attention.wav");

    WavWriter.write(pcm, file);

    AudioFileFormat format = AudioSystem.getAudioFileFormat(file.toFile());
    assertEquals(AudioFileFormat.Type.WAVE, format.getType());
    assertEquals(16_000f, format.getFormat().getSampleRate());
    assertEquals(1, format.getFormat().getChannels());
    assertEquals(16, format.getFormat().getSampleSizeInBits());
    assertEquals(pcm, WavWriter.read(file));
  }
}
