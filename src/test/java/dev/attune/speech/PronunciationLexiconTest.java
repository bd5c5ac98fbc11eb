package dev.attune.speech;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.attune.speech.Pronunciations.Source;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PronunciationLexiconTest {

  private static Pronunciations pronunciations;
  private static FreeTtsSynthesizer fixed;
  private static FreeTtsSynthesizer plain;

  @BeforeAll
  static void load() {
    pronunciations = Pronunciations.bundled();
    fixed = new FreeTtsSynthesizer();
    plain = new FreeTtsSynthesizer(VoiceProfiles.bundledDefault(), PronunciationLexicon.empty());
  }

  @AfterAll
  static void close() {
    fixed.close();
    plain.close();
  }

  @Test
  void entries_readWordsAndPhones_andCmuStressDigits() throws Exception {
    PronunciationLexicon lexicon =
        PronunciationLexicon.parse(
            "# a comment\n\nvulva  v ah1 l v ax  # trailing comment\nperineum p eh2 r ax0 n iy1 ax0"
                + " m\n",
            "lexicon.txt");

    assertEquals(List.of("v", "ah1", "l", "v", "ax"), lexicon.entries().get("vulva"));
    assertEquals(
        List.of("p", "eh1", "r", "ax", "n", "iy1", "ax", "m"), lexicon.entries().get("perineum"));
  }

  static Stream<Arguments> badLines() {
    return Stream.of(
        Arguments.of("vulva v ah1 l v ax\nLube l uw1 b\n", 2, "'Lube' is not a plain lower-case"),
        Arguments.of("lube\n", 1, "'lube' has no phones; write the word, then its phones"),
        Arguments.of("# x\nlube l uhw1 b\n", 2, "'uhw1' is not a phone kevin16 knows; use vowels"),
        Arguments.of("lube l1 uw b\n", 1, "'l1' is a consonant with a stress mark"),
        Arguments.of("lube l uw b\n", 1, "'lube' has no stressed vowel; add 1 to the vowel"),
        Arguments.of("lube l uw1 b\n\nlube l uw1 b\n", 3, "'lube' is listed twice"));
  }

  @ParameterizedTest
  @MethodSource("badLines")
  void badLine_namesFileLineAndWhatToDo(String text, int line, String problem) {
    VoiceFileException e =
        assertThrows(
            VoiceFileException.class, () -> PronunciationLexicon.parse(text, "lexicon.txt"));

    assertEquals("lexicon.txt", e.file());
    assertEquals(line, e.line());
    assertTrue(
        e.getMessage().startsWith("lexicon.txt, line " + line + ": " + problem), e.getMessage());
  }

  @Test
  void everyBadLine_isReported_notOnlyTheFirst() {
    VoiceFileException e =
        assertThrows(
            VoiceFileException.class,
            () -> PronunciationLexicon.parse("a1 b\nok ow1 k ey1\nzz zz\n", "mine.txt"));

    assertEquals(2, e.problems().size());
    assertTrue(e.getMessage().startsWith("mine.txt has 2 problems:"), e.getMessage());
  }

  @Test
  void bundledLexicon_parses_andFixesTheWordsItLists() throws Exception {
    PronunciationLexicon bundled = PronunciationLexicon.bundled();

    assertTrue(bundled.entries().size() >= 40, "entries: " + bundled.entries().size());
    for (String word : List.of("vulva", "lube", "physiotherapist", "clitoris", "vaginismus")) {
      assertEquals(Source.ATTUNE_LEXICON, pronunciations.phonesOf(word).source(), word);
    }
  }

  @Test
  void phonesOf_tellsWhereThePhonesComeFrom() {
    assertEquals(
        new Pronunciations.Pronunciation(
            "vulva", List.of("v", "ah1", "l", "v", "ax"), Source.ATTUNE_LEXICON),
        pronunciations.phonesOf(" Vulva "));
    assertEquals(Source.CMU_LEXICON, pronunciations.phonesOf("penis").source());
    Pronunciations.Pronunciation guessed = pronunciations.phonesOf("snuggly");
    assertEquals(Source.LETTER_TO_SOUND, guessed.source());
    assertTrue(!guessed.phones().isEmpty());
    assertThrows(IllegalArgumentException.class, () -> pronunciations.phonesOf("two words"));
  }

  @Test
  void lexiconEntries_replaceWhatKevinWouldSayOtherwise() {
    // Letter-to-sound says "dh" (as in "this") in physiotherapist; the lexicon says "th".
    assertEquals(
        List.of("f", "ih1", "z", "iy", "ax", "dh", "eh1", "r", "ax", "p", "ax", "s", "t"),
        pronunciations.defaultPhonesOf("physiotherapist"));
    assertEquals(
        List.of("f", "ih1", "z", "iy", "ow", "th", "eh1", "r", "ax", "p", "ih", "s", "t"),
        pronunciations.phonesOf("physiotherapist").phones());
    // The compiled lexicon has lube with no stressed vowel.
    assertEquals(List.of("l", "uw", "b"), pronunciations.defaultPhonesOf("lube"));
    assertEquals(List.of("l", "uw1", "b"), pronunciations.phonesOf("lube").phones());
  }

  @Test
  void theVoiceSpeaks_theLexiconPhones_notItsDefault() {
    List<String> withFixes = fixed.spokenPhones("physiotherapist");
    List<String> without = plain.spokenPhones("physiotherapist");

    assertEquals(withStressRemoved("physiotherapist"), withFixes);
    assertNotEquals(without, withFixes);
    assertTrue(without.contains("dh"), without.toString());
    assertTrue(withFixes.contains("th"), withFixes.toString());
    assertNotEquals(
        fixed.synthesize("physiotherapist", Utterance.Style.NORMAL),
        plain.synthesize("physiotherapist", Utterance.Style.NORMAL));
  }

  @Test
  void theVoiceSpeaks_stressFixes_asWell() {
    // Same segments, but now stressed: the sound differs, so the stress was applied.
    assertEquals(plain.spokenPhones("more lube"), fixed.spokenPhones("more lube"));
    assertNotEquals(
        plain.synthesize("more lube", Utterance.Style.NORMAL),
        fixed.synthesize("more lube", Utterance.Style.NORMAL));
  }

  /** Segments carry no stress digit; a phrase is wrapped in pauses. */
  private static List<String> withStressRemoved(String word) {
    List<String> phones = new ArrayList<>(List.of("pau"));
    for (String phone : pronunciations.phonesOf(word).phones()) {
      phones.add(phone.replace("1", ""));
    }
    phones.add("pau");
    return phones;
  }
}
