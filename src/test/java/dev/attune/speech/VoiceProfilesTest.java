package dev.attune.speech;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class VoiceProfilesTest {

  private static final String GOOD =
      """
      base_voice: kevin16
      rate: 150
      pitch: 110
      pitch_range: 12
      volume: 0.8
      description: A voice for testing.
      """;

  @Test
  void everyBundledProfile_parses_andCalmIsTheDefault() throws Exception {
    List<VoiceProfile> bundled = VoiceProfiles.bundled();

    assertEquals(VoiceProfiles.BUNDLED, bundled.stream().map(VoiceProfile::id).toList());
    assertEquals("calm", VoiceProfiles.bundledDefault().id());
    for (VoiceProfile profile : bundled) {
      assertEquals(VoiceProfile.BASE_VOICE, profile.baseVoice());
      assertTrue(profile.description().endsWith("."), profile.id());
    }
    VoiceProfile calm = bundled.get(0);
    assertTrue(
        bundled.stream().allMatch(p -> p.wordsPerMinute() >= calm.wordsPerMinute()),
        "calm is the slowest");
  }

  @Test
  void goodProfile_readsEveryField() throws Exception {
    VoiceProfile profile = VoiceProfiles.parse(GOOD, "mine.yaml");

    assertEquals(
        new VoiceProfile("mine", "kevin16", 150, 110, 12, 0.8, "A voice for testing."), profile);
  }

  @Test
  void userProfile_withABundledId_replacesIt_andNewOnesAreAdded(@TempDir Path dir)
      throws Exception {
    Files.writeString(dir.resolve("calm.yaml"), GOOD);
    Files.writeString(dir.resolve("mine.yaml"), GOOD.replace("150", "170"));

    VoiceProfiles.Loaded loaded = VoiceProfiles.load(dir);

    assertEquals(List.of(), loaded.problems());
    assertEquals(
        List.of("calm", "clear", "bright", "mine"), List.copyOf(loaded.profiles().keySet()));
    assertEquals(150, loaded.profiles().get("calm").wordsPerMinute());
    assertEquals(170, loaded.orDefault("mine").wordsPerMinute());
    assertEquals(loaded.profiles().get("calm"), loaded.orDefault("gone"));
  }

  @Test
  void brokenUserProfile_isReported_andTheOthersStillLoad(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("calm.yaml"), GOOD.replace("rate: 150", "rate: 900"));
    Files.writeString(dir.resolve("mine.yaml"), GOOD);
    Files.writeString(dir.resolve("notes.txt"), "not a profile, not read");

    VoiceProfiles.Loaded loaded = VoiceProfiles.load(dir);

    assertEquals(1, loaded.problems().size());
    VoiceFileException problem = loaded.problems().get(0);
    assertEquals(
        "calm.yaml, line 2: rate must be between 80 and 260 words per minute, not 900",
        problem.getMessage());
    assertEquals(VoiceProfiles.bundledDefault(), loaded.profiles().get("calm"));
    assertEquals(
        List.of("calm", "clear", "bright", "mine"), List.copyOf(loaded.profiles().keySet()));
  }

  @Test
  void aHugeUserProfile_isLeftOutUnread_withItsSizeAndTheCap(@TempDir Path dir) throws Exception {
    Path huge = dir.resolve("huge.yaml");
    // 40 MB hung start-up for good; past the cap nothing is read, however big.
    java.nio.file.Files.writeString(huge, "id: huge\n" + "# pad\n".repeat(12_000));
    assertTrue(java.nio.file.Files.size(huge) > VoiceProfiles.MAX_BYTES);
    VoiceProfiles.Loaded loaded = VoiceProfiles.load(dir);
    assertFalse(loaded.profiles().containsKey("huge"));
    String said = loaded.problems().get(0).getMessage();
    assertTrue(said.contains(huge.toString()), said);
    assertTrue(said.contains("at most 64 KiB"), said);
    assertTrue(said.contains("too big: 71 KiB"), said);
  }

  @Test
  void aProfileThatIsNotText_saysSoInPlainWords(@TempDir Path dir) throws Exception {
    java.nio.file.Files.write(dir.resolve("binary.yaml"), new byte[] {(byte) 0xC3, 0x28, 0x0A});
    String said = VoiceProfiles.load(dir).problems().get(0).getMessage();
    assertTrue(said.contains("not plain text (UTF-8)"), said);
    assertFalse(said.contains("Exception"), said);
  }

  @Test
  void missingUserDirectory_givesTheBundledOnes(@TempDir Path dir) throws Exception {
    VoiceProfiles.Loaded loaded = VoiceProfiles.load(dir.resolve("voices"));

    assertEquals(VoiceProfiles.BUNDLED, List.copyOf(loaded.profiles().keySet()));
    assertEquals(List.of(), loaded.problems());
  }

  static Stream<Arguments> badProfiles() {
    return Stream.of(
        Arguments.of(
            "unknown field",
            GOOD + "speed: 3\n",
            7,
            "unknown field 'speed'; the fields allowed are: base_voice, rate, pitch, pitch_range,"
                + " volume, description"),
        Arguments.of(
            "rate out of range",
            GOOD.replace("rate: 150", "rate: 900"),
            2,
            "rate must be between 80 and 260 words per minute, not 900"),
        Arguments.of(
            "not a number",
            GOOD.replace("pitch: 110", "pitch: high"),
            3,
            "'pitch' should be a number such as 140, not 'high'"),
        Arguments.of(
            "volume too loud",
            GOOD.replace("volume: 0.8", "volume: 1.5"),
            5,
            "volume must be between 0.1 and 1, not 1.5"),
        Arguments.of(
            "missing description",
            GOOD.replace("description: A voice for testing.\n", ""),
            1,
            "the field 'description' is missing"),
        Arguments.of(
            "description not a sentence",
            GOOD.replace("A voice for testing.", "calm"),
            6,
            "description should be a sentence ending with a full stop"),
        Arguments.of(
            "8 kHz base voice",
            GOOD.replace("kevin16", "kevin"),
            1,
            "base_voice 'kevin' is the 8 kHz voice and sounds muffled; use kevin16"),
        Arguments.of(
            "unknown base voice",
            GOOD.replace("kevin16", "alan"),
            1,
            "base_voice 'alan' is not a voice Attune has; the only one is kevin16"),
        Arguments.of("field twice", GOOD + "rate: 140\n", 7, "the field 'rate' appears twice"),
        Arguments.of("not YAML", "base_voice: kevin16\nrate: [150\n", 3, "is not valid YAML"),
        Arguments.of(
            "not a mapping",
            "just some words\n",
            1,
            "should be a list of fields such as 'rate: 140', one a line"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badProfiles")
  void badProfile_namesFileLineAndProblem(String name, String yaml, int line, String problem) {
    VoiceFileException e =
        assertThrows(VoiceFileException.class, () -> VoiceProfiles.parse(yaml, "mine.yaml"));

    assertEquals("mine.yaml", e.file());
    assertEquals(line, e.line(), e.getMessage());
    assertTrue(
        e.getMessage().startsWith("mine.yaml, line " + line + ": " + problem), e.getMessage());
  }

  @Test
  void severalProblems_areAllReported_inLineOrder() {
    String yaml = GOOD.replace("rate: 150", "rate: 10").replace("volume: 0.8", "volume: 0");

    VoiceFileException e =
        assertThrows(VoiceFileException.class, () -> VoiceProfiles.parse(yaml, "mine.yaml"));

    assertEquals(
        List.of(
            "line 2: rate must be between 80 and 260 words per minute, not 10",
            "line 5: volume must be between 0.1 and 1, not 0"),
        e.problems().stream().map(Object::toString).toList());
  }

  @Test
  void emptyFile_andBadFileName_areReported() {
    VoiceFileException empty =
        assertThrows(VoiceFileException.class, () -> VoiceProfiles.parse("", "mine.yaml"));
    VoiceFileException name =
        assertThrows(VoiceFileException.class, () -> VoiceProfiles.parse(GOOD, "My Voice.yaml"));

    assertTrue(empty.getMessage().startsWith("mine.yaml, is empty"), empty.getMessage());
    assertTrue(name.getMessage().contains("rename the file"), name.getMessage());
  }

  @Test
  void record_rejectsBadValues_withTheSameWords() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> new VoiceProfile("x", "kevin16", 900, 100, 10, 0.8, "Fine."));

    assertEquals("rate must be between 80 and 260 words per minute, not 900", e.getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () -> new VoiceProfile("x", "kevin16", 140, Double.NaN, 10, 0.8, "Fine."));
  }
}
