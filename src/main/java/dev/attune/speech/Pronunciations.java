package dev.attune.speech;

import com.sun.speech.freetts.en.us.CMULexicon;
import com.sun.speech.freetts.lexicon.Lexicon;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Which phones kevin16 will use for a word, and where they come from: for the settings screen's
 * "say this word" check and for the lexicon tests.
 *
 * <p>It loads its own copy of kevin16's CMU lexicon (about 0.1 s), without Attune's fixes, and
 * consults {@link PronunciationLexicon} first, exactly as the voice does once the fixes are added
 * as addenda. Thread-safe: lookups are serialised, because FreeTTS's lexicon makes no promise.
 */
public final class Pronunciations {

  /** Where a word's phones come from. */
  public enum Source {
    /** Attune's own fix in {@code voices/lexicon.txt}. */
    ATTUNE_LEXICON,
    /** kevin16's built-in CMU lexicon. */
    CMU_LEXICON,
    /** Neither knows the word: FreeTTS guesses from the spelling (letter-to-sound rules). */
    LETTER_TO_SOUND
  }

  /**
   * @param phones FreeTTS phones, a {@code 1} marking a stressed vowel
   */
  public record Pronunciation(String word, List<String> phones, Source source) {
    public Pronunciation {
      Objects.requireNonNull(word, "word");
      Objects.requireNonNull(source, "source");
      phones = List.copyOf(phones);
    }
  }

  private static final Pattern WORD = Pattern.compile("[a-z]+(['-][a-z]+)*");

  private final Lexicon cmu;
  private final PronunciationLexicon attune;

  private Pronunciations(Lexicon cmu, PronunciationLexicon attune) {
    this.cmu = cmu;
    this.attune = attune;
  }

  /**
   * @throws SpeechException when kevin16's lexicon cannot be loaded
   */
  public static Pronunciations with(PronunciationLexicon attune) {
    try {
      return new Pronunciations(CMULexicon.getInstance(true), attune);
    } catch (IOException | RuntimeException e) {
      throw new SpeechException(
          "Could not load the voice's dictionary (the CMU lexicon), because part of Attune is"
              + " damaged. Install Attune again.",
          e);
    }
  }

  /** With the bundled {@code lexicon.txt}. */
  public static Pronunciations bundled() {
    return with(FreeTtsSynthesizer.bundledLexicon());
  }

  /**
   * @param word one word of letters (an apostrophe or hyphen inside is fine), any case
   * @throws IllegalArgumentException for anything that is not one word
   */
  public Pronunciation phonesOf(String word) {
    String lower = word.strip().toLowerCase(Locale.ROOT);
    if (!WORD.matcher(lower).matches()) {
      throw new IllegalArgumentException("not a single word of letters");
    }
    Optional<List<String>> fixed = attune.phones(lower);
    if (fixed.isPresent()) {
      return new Pronunciation(lower, fixed.get(), Source.ATTUNE_LEXICON);
    }
    synchronized (this) {
      String[] known = cmu.getPhones(lower, null, false);
      if (known != null) {
        return new Pronunciation(lower, List.of(known), Source.CMU_LEXICON);
      }
      String[] guessed = cmu.getPhones(lower, null, true);
      return new Pronunciation(
          lower, guessed == null ? List.of() : List.of(guessed), Source.LETTER_TO_SOUND);
    }
  }

  /** What kevin16 would say without Attune's fixes: its lexicon, else letter-to-sound. */
  public synchronized List<String> defaultPhonesOf(String word) {
    String[] phones = cmu.getPhones(word.strip().toLowerCase(Locale.ROOT), null, true);
    return phones == null ? List.of() : List.of(phones);
  }
}
