package dev.attune.speech;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.attune.speech.Pronunciations.Source;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every word in the decks must be said right: it is in kevin16's lexicon, or fixed in {@code
 * voices/lexicon.txt}, or listed in {@code voices/lts-checked.txt} because its letter-to-sound
 * result was checked by a person. A new deck word that would be guessed fails here until someone
 * decides which.
 */
class PronunciationCoverageTest {

  private static final List<String> DECKS = List.of("before", "during", "after", "followup");
  private static final Pattern WORD = Pattern.compile("\\p{L}+");
  private static final Pattern CHECKED =
      Pattern.compile("([a-z]+)\\s+#\\s*LTS:\\s*([a-z0-9 ]+?)\\s*\\|\\s*(\\S.*)");

  private static Pronunciations pronunciations;
  private static Map<String, List<String>> ltsChecked;

  @BeforeAll
  static void load() throws IOException {
    pronunciations = Pronunciations.bundled();
    ltsChecked = ltsChecked(resource("/dev/attune/voices/lts-checked.txt"));
  }

  @Test
  void everyDeckWord_isKnown_fixed_orCheckedByAPerson() throws IOException {
    SortedSet<String> unchecked = new TreeSet<>();
    for (String word : deckWords()) {
      if (pronunciations.phonesOf(word).source() == Source.LETTER_TO_SOUND
          && !ltsChecked.containsKey(word)) {
        unchecked.add(
            word + "  # LTS: " + String.join(" ", pronunciations.phonesOf(word).phones()));
      }
    }

    assertEquals(
        List.of(),
        List.copyOf(unchecked),
        "These deck words would be guessed from their spelling. Check each guess: if right, add"
            + " the line to voices/lts-checked.txt (with how you checked it); if wrong, or if it"
            + " is an intimacy or body word, give it an entry in voices/lexicon.txt.");
  }

  @Test
  void theDecksAreReallyRead() throws IOException {
    SortedSet<String> words = deckWords();

    assertTrue(words.size() > 300, "words: " + words.size());
    assertTrue(words.containsAll(List.of("vulva", "lube", "penetration", "aftercare")));
  }

  /** A reviewer reads the phones in the comment, so they must be what FreeTTS really says. */
  @Test
  void ltsCheckedComments_matchWhatLetterToSoundSaysToday() {
    List<String> wrong = new ArrayList<>();
    for (Map.Entry<String, List<String>> entry : ltsChecked.entrySet()) {
      Pronunciations.Pronunciation now = pronunciations.phonesOf(entry.getKey());
      if (now.source() != Source.LETTER_TO_SOUND || !now.phones().equals(entry.getValue())) {
        wrong.add(entry.getKey() + " is now " + now.source() + " " + now.phones());
      }
    }

    assertTrue(ltsChecked.size() > 100, "entries: " + ltsChecked.size());
    assertEquals(List.of(), wrong, "update or remove these lines in voices/lts-checked.txt");
  }

  /** Every letters-only word of the deck files, prompts, options and field names alike. */
  private static SortedSet<String> deckWords() throws IOException {
    SortedSet<String> words = new TreeSet<>();
    for (String deck : DECKS) {
      Matcher m = WORD.matcher(resource("/dev/attune/decks/" + deck + ".yaml"));
      while (m.find()) {
        words.add(m.group().toLowerCase(Locale.ROOT));
      }
    }
    return words;
  }

  private static Map<String, List<String>> ltsChecked(String text) {
    Map<String, List<String>> entries = new LinkedHashMap<>();
    String[] lines = text.split("\n");
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      Matcher m = CHECKED.matcher(line);
      assertTrue(
          m.matches(),
          "lts-checked.txt, line "
              + (i + 1)
              + ": write 'word  # LTS: <phones> | how it was checked'");
      assertTrue(entries.put(m.group(1), List.of(m.group(2).split(" "))) == null, m.group(1));
    }
    return entries;
  }

  private static String resource(String path) throws IOException {
    try (InputStream in = PronunciationCoverageTest.class.getResourceAsStream(path)) {
      assertNotNull(in, path);
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
