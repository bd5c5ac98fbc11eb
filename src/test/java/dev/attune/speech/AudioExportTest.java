package dev.attune.speech;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Real FreeTTS into real files; needs no display and no sound card. */
class AudioExportTest {

  private static final List<AudioExport.Item> ITEMS =
      List.of(
          new AudioExport.Item("pain_level", "How is your pain today?"),
          new AudioExport.Item("pain_level.mild", "Mild"),
          new AudioExport.Item("tools.lube", "Lube,\twithin\nreach."));

  @Test
  void everyItem_becomesA16kMonoWav_andIndexMatches(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("before");

    int written = AudioExport.export(ITEMS, out, VoiceProfiles.bundledDefault());

    assertEquals(3, written);
    try (Stream<Path> files = Files.list(out)) {
      assertEquals(4, files.count(), "three WAVs and the index, nothing else");
    }
    for (AudioExport.Item item : ITEMS) {
      Path wav = out.resolve(item.id() + ".wav");
      AudioFileFormat file = AudioSystem.getAudioFileFormat(wav.toFile());
      AudioFormat format = file.getFormat();
      assertEquals(AudioFileFormat.Type.WAVE, file.getType());
      assertEquals(16_000f, format.getSampleRate());
      assertEquals(1, format.getChannels());
      assertEquals(16, format.getSampleSizeInBits());
      assertEquals(AudioFormat.Encoding.PCM_SIGNED, format.getEncoding());
      Pcm pcm = WavWriter.read(wav);
      assertTrue(pcm.peak() > 3000 && pcm.rms() > 200, item.id() + " is not silent");
      long words = item.text().split("\\s+").length;
      assertTrue(
          pcm.durationMillis() > 150 * words && pcm.durationMillis() < 1000 * words + 1000,
          item.id() + ": " + pcm.durationMillis() + " ms");
    }
    assertEquals(
        List.of(
            "pain_level.wav\tHow is your pain today?",
            "pain_level.mild.wav\tMild",
            "tools.lube.wav\tLube, within reach."),
        Files.readAllLines(out.resolve(AudioExport.INDEX), StandardCharsets.UTF_8));
  }

  @Test
  void exportUsesTheGivenProfile(@TempDir Path dir) throws Exception {
    List<AudioExport.Item> one = List.of(ITEMS.get(0));
    AudioExport.export(one, dir.resolve("calm"), VoiceProfiles.bundledDefault());
    AudioExport.export(one, dir.resolve("bright"), VoiceProfiles.bundled("bright"));

    assertTrue(
        !WavWriter.read(dir.resolve("calm/pain_level.wav"))
            .equals(WavWriter.read(dir.resolve("bright/pain_level.wav"))));
  }

  @Test
  void unwritableDirectory_isNamedInTheError(@TempDir Path dir) throws Exception {
    Path blocker = dir.resolve("taken");
    Files.writeString(blocker, "a file where the folder should be");
    Path target = blocker.resolve("audio");
    Synthesizer never =
        new Synthesizer() {
          @Override
          public Pcm synthesize(String text, Utterance.Style style) {
            throw new AssertionError("nothing should be synthesised");
          }

          @Override
          public void close() {}
        };

    AudioExportException e =
        assertThrows(
            AudioExportException.class,
            () -> new AudioExport(never, VoiceProfiles.bundledDefault()).export(ITEMS, target));

    assertEquals(
        "Attune could not write the audio files to "
            + target.toAbsolutePath()
            + ", because part of the path is a file, not a folder. Check the path, or choose"
            + " another folder.",
        plain(e.getMessage()));
  }

  /** Says a tenth of a second of silence for anything, without loading a voice. */
  private static final Synthesizer QUIET =
      new Synthesizer() {
        @Override
        public Pcm synthesize(String text, Utterance.Style style) {
          return Pcm.silence(100);
        }

        @Override
        public void close() {}
      };

  /** A message for people: the cause in plain words, no failure's class name, not a page long. */
  static String plain(String message) {
    assertTrue(message.contains(", because "), message);
    assertFalse(message.contains("Exception"), message);
    assertTrue(message.length() < 600, message.length() + " characters: " + message);
    return message;
  }

  @Test
  void aFileGivenAsTheFolder_isToldAsAFile_andKept(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("audio"), "mine");
    AudioExportException e =
        assertThrows(
            AudioExportException.class,
            () -> new AudioExport(QUIET, VoiceProfiles.bundledDefault()).export(ITEMS, file));
    assertEquals(
        "Attune could not write the audio files to "
            + file
            + ", because it is a file, not a folder. Choose a folder, or a name that is not taken"
            + " yet.",
        plain(e.getMessage()));
    assertEquals("mine", Files.readString(file));
  }

  @Test
  void aFolderWhereAWavShouldGo_isToldSo_andKept(@TempDir Path dir) throws Exception {
    Path wav = Files.createDirectories(dir.resolve("pain_level.mild.wav"));
    AudioExportException e =
        assertThrows(
            AudioExportException.class,
            () -> new AudioExport(QUIET, VoiceProfiles.bundledDefault()).export(ITEMS, dir));
    assertEquals(
        "Attune could not write the audio file "
            + wav
            + ", because a folder has that name. Move that folder away, or choose another folder.",
        plain(e.getMessage()));
    assertTrue(Files.isDirectory(wav), "the folder is kept");
    assertTrue(Files.isRegularFile(dir.resolve("pain_level.wav")), "the file before it is kept");
  }

  @Test
  void aFullDisk_isToldAsFull_andLeavesNoHalfFile(@TempDir Path dir) throws Exception {
    AudioExport.WavFiles fillsUp =
        (pcm, file) -> {
          if (file.getFileName().toString().equals("pain_level.mild.wav")) {
            Files.write(file, new byte[] {'R', 'I', 'F', 'F'});
            throw new java.io.IOException("No space left on device");
          }
          WavWriter.write(pcm, file);
        };
    AudioExportException e =
        assertThrows(
            AudioExportException.class,
            () ->
                new AudioExport(QUIET, VoiceProfiles.bundledDefault(), fillsUp).export(ITEMS, dir));
    assertEquals(
        "Attune could not write the audio file "
            + dir.resolve("pain_level.mild.wav")
            + ", because the disk is full. Free some space on that disk, then try again.",
        plain(e.getMessage()));
    assertFalse(Files.exists(dir.resolve("pain_level.mild.wav")), "no half file");
    assertTrue(Files.isRegularFile(dir.resolve("pain_level.wav")), "the file before it is kept");
  }

  @Test
  void aVoiceThatFails_isToldWithoutItsOwnWords(@TempDir Path dir) {
    Synthesizer failing =
        new Synthesizer() {
          @Override
          public Pcm synthesize(String text, Utterance.Style style) {
            throw new SpeechException("FreeTTS failed (NullPointerException)");
          }

          @Override
          public void close() {}
        };
    AudioExportException e =
        assertThrows(
            AudioExportException.class,
            () -> new AudioExport(failing, VoiceProfiles.bundledDefault()).export(ITEMS, dir));
    assertTrue(
        e.getMessage().startsWith("Attune's voice could not say pain_level,"), e.getMessage());
    assertFalse(e.getMessage().contains("Exception"), e.getMessage());
    assertFalse(e.getMessage().contains("FreeTTS"), e.getMessage());
  }

  @Test
  void items_mustHaveSafeUniqueIds_andText(@TempDir Path dir) {
    assertThrows(IllegalArgumentException.class, () -> new AudioExport.Item("../x", "Hi."));
    assertThrows(IllegalArgumentException.class, () -> new AudioExport.Item("Upper", "Hi."));
    assertThrows(IllegalArgumentException.class, () -> new AudioExport.Item("x", " "));
    AudioExport export =
        new AudioExport(
            new RecordingSynthesizer(new FreeTtsSynthesizer()), VoiceProfiles.bundledDefault());
    AudioExportException twice =
        assertThrows(
            AudioExportException.class,
            () ->
                export.export(
                    List.of(new AudioExport.Item("a", "One."), new AudioExport.Item("a", "Two.")),
                    dir));
    assertEquals("Two items have the id a", twice.getMessage());
  }
}
