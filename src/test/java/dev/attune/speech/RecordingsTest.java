package dev.attune.speech;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecordingsTest {

  private static final String PAIN = "How is your pain today?";
  private static final String STOP = "Red. Stop now, please.";

  private static Pcm take(int seed) {
    short[] s = new short[1600];
    for (int i = 0; i < s.length; i++) {
      s[i] = (short) ((i * seed) % 20000 - 10000);
    }
    return Pcm.ofSamples(s);
  }

  @Test
  void kept_isFoundByItsExactWords_inItsVoiceOnly(@TempDir Path data) throws Exception {
    Path root = data.resolve("voices");
    Recordings recordings = new Recordings(root);
    List<String> changed = new ArrayList<>();
    recordings.onChange(changed::add);

    recordings.save("calm", "before.pain_level", PAIN, take(7));

    assertTrue(recordings.has("calm", PAIN));
    assertFalse(recordings.has("bright", PAIN), "another voice has its own recordings");
    assertFalse(recordings.has("calm", "How is your pain today"), "the exact words only");
    assertEquals(Optional.of(take(7)), recordings.find("calm", PAIN));
    assertEquals(List.of(PAIN), changed);
    assertEquals(
        List.of("before.pain_level.wav\t" + PAIN),
        Files.readAllLines(root.resolve("calm").resolve(Recordings.INDEX)));
    // A new Recordings over the same folder finds it too.
    assertEquals(Optional.of(take(7)), new Recordings(root).find("calm", PAIN));
  }

  @Test
  void files_areOwnerOnly_andNoPartFilesRemain(@TempDir Path data) throws Exception {
    Path root = data.resolve("voices");
    new Recordings(root).save("calm", "during.red", STOP, take(3));
    Path folder = root.resolve("calm");
    assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(root)));
    assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(folder)));
    try (var files = Files.list(folder)) {
      List<String> names = new ArrayList<>();
      files.forEach(
          f -> {
            names.add(f.getFileName().toString());
            try {
              assertEquals(
                  "rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(f)));
            } catch (java.io.IOException e) {
              throw new AssertionError(e);
            }
          });
      names.sort(null);
      assertEquals(List.of("during.red.wav", Recordings.INDEX), names);
    }
  }

  @Test
  void recordingAgain_replacesTheTake_andRemoving_bringsBackTheSyntheticVoice(@TempDir Path data)
      throws Exception {
    Recordings recordings = new Recordings(data.resolve("voices"));
    recordings.save("calm", "before.pain_level", PAIN, take(7));
    recordings.save("calm", "before.pain_level", PAIN, take(11));
    assertEquals(Optional.of(take(11)), recordings.find("calm", PAIN));
    assertEquals(1, Files.readAllLines(recordings.folder("calm").resolve(Recordings.INDEX)).size());

    recordings.remove("calm", PAIN);
    assertFalse(recordings.has("calm", PAIN));
    assertEquals(Optional.empty(), recordings.find("calm", PAIN));
    assertTrue(Files.notExists(recordings.folder("calm").resolve("before.pain_level.wav")));
  }

  @Test
  void removeAll_removesEveryRecording_butKeepsProfileFiles(@TempDir Path data) throws Exception {
    Path root = data.resolve("voices");
    Files.createDirectories(root);
    Files.writeString(root.resolve("mine.yaml"), "description: mine\n");
    Recordings recordings = new Recordings(root);
    recordings.save("calm", "before.pain_level", PAIN, take(7));
    recordings.save("bright", "during.red", STOP, take(5));
    List<String> changed = new ArrayList<>();
    recordings.onChange(changed::add);

    recordings.removeAll();

    assertFalse(recordings.has("calm", PAIN));
    assertFalse(recordings.has("bright", STOP));
    assertTrue(Files.notExists(root.resolve("calm")));
    assertTrue(Files.notExists(root.resolve("bright")));
    assertTrue(Files.exists(root.resolve("mine.yaml")));
    changed.sort(null);
    assertEquals(List.of(PAIN, STOP), changed);
  }

  @Test
  void aBrokenIndex_namesTheFileAndLine_andTheRestStillPlays(@TempDir Path data) throws Exception {
    Path root = data.resolve("voices");
    Recordings first = new Recordings(root);
    first.save("calm", "before.pain_level", PAIN, take(7));
    Path index = root.resolve("calm").resolve(Recordings.INDEX);
    Files.writeString(
        index,
        "before.pain_level.wav\t"
            + PAIN
            + "\nno tab on this line\nbefore.gone.wav\tWhere did it go?\n",
        StandardCharsets.UTF_8);

    Recordings recordings = new Recordings(root);
    List<String> problems = recordings.problems("calm");
    assertEquals(2, problems.size(), problems.toString());
    assertTrue(problems.get(0).startsWith(index + ", line 2: has no tab"), problems.get(0));
    assertTrue(
        problems.get(1).startsWith(index + ", line 3: names before.gone.wav, which is missing"));
    assertTrue(problems.get(1).endsWith("Record that prompt again in Settings, Your own voice."));
    assertTrue(recordings.has("calm", PAIN));
  }

  @Test
  void aDamagedRecording_isLeftToTheSyntheticVoice(@TempDir Path data) throws Exception {
    Recordings recordings = new Recordings(data.resolve("voices"));
    recordings.save("calm", "before.pain_level", PAIN, take(7));
    Files.writeString(recordings.folder("calm").resolve("before.pain_level.wav"), "not a wav");
    assertEquals(Optional.empty(), recordings.find("calm", PAIN));
  }

  @Test
  void aFolderThatCannotBeWritten_isNamedInTheMessage(@TempDir Path data) throws Exception {
    Path root = data.resolve("voices");
    Files.writeString(root, "a file where the folder should be");
    RecordingException e =
        assertThrows(
            RecordingException.class,
            () -> new Recordings(root).save("calm", "before.pain_level", PAIN, take(7)));
    assertEquals(
        "Your recording was not kept in "
            + root.resolve("calm")
            + ", because part of the path is a file, not a folder. Move that file or folder out of"
            + " the data folder, then record it again.",
        e.getMessage());
    assertFalse(e.getMessage().contains(PAIN), "no prompt text in messages");
  }

  @Test
  void aFolderWhereTheRecordingGoes_isToldSo_andNoPartIsLeft(@TempDir Path data) throws Exception {
    Recordings recordings = new Recordings(data.resolve("voices"));
    Path dir = recordings.folder("calm");
    Files.createDirectories(dir.resolve("before.pain_level.wav").resolve("inside"));
    RecordingException e =
        assertThrows(
            RecordingException.class,
            () -> recordings.save("calm", "before.pain_level", PAIN, take(7)));
    assertEquals(
        "Your recording was not kept in "
            + dir
            + ", because a folder has the name of a file kept there. Move that file or folder out"
            + " of the data folder, then record it again.",
        e.getMessage());
    try (var files = Files.list(dir)) {
      assertEquals(
          List.of("before.pain_level.wav"), files.map(f -> f.getFileName().toString()).toList());
    }
    assertFalse(recordings.has("calm", PAIN));
  }

  @Test
  void anIndexThatIsAFolder_isToldInPlainWords(@TempDir Path data) throws Exception {
    Recordings recordings = new Recordings(data.resolve("voices"));
    Path index = Files.createDirectories(recordings.folder("calm").resolve(Recordings.INDEX));
    List<String> problems = recordings.problems("calm");
    assertEquals(
        List.of(
            index
                + " cannot be read, because it is a folder, not a file. Move that file or folder"
                + " out of the data folder, then record them again in Settings, Your own voice."
                + " Until then the synthetic voice says these prompts."),
        problems);
  }

  @Test
  void badVoiceOrName_isRefused(@TempDir Path data) {
    Recordings recordings = new Recordings(data.resolve("voices"));
    assertThrows(IllegalArgumentException.class, () -> recordings.save("../x", "a", PAIN, take(1)));
    assertThrows(
        IllegalArgumentException.class, () -> recordings.save("calm", "../a", PAIN, take(1)));
  }
}
