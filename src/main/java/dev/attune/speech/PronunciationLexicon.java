package dev.attune.speech;

import static dev.attune.yaml.FileProblems.shown;

import com.sun.speech.freetts.lexicon.Lexicon;
import dev.attune.yaml.FileProblems;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Attune's pronunciation fixes ({@code voices/lexicon.txt}): words the voice would otherwise say
 * wrong, with the phones to say instead. Immutable and thread-safe.
 *
 * <p>Format: one entry a line, the word, then its phones separated by spaces; {@code #} starts a
 * comment. Phones are kevin16's (CMU) set. A vowel takes {@code 1} when stressed; as in CMUdict,
 * {@code 2} (secondary stress) is read as {@code 1} and {@code 0} as unstressed, which is how
 * FreeTTS's own lexicon was built. Example: {@code vulva v ah1 l v ax}.
 */
public final class PronunciationLexicon {

  static final String FILE = "lexicon.txt";

  static final Set<String> VOWELS =
      Set.of(
          "aa", "ae", "ah", "ao", "aw", "ax", "ay", "eh", "er", "ey", "ih", "iy", "ow", "oy", "uh",
          "uw");
  static final Set<String> CONSONANTS =
      Set.of(
          "b", "ch", "d", "dh", "f", "g", "hh", "jh", "k", "l", "m", "n", "ng", "p", "r", "s", "sh",
          "t", "th", "v", "w", "y", "z", "zh");

  private static final Pattern WORD = Pattern.compile("[a-z]+(['-][a-z]+)*");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private final Map<String, List<String>> entries;

  private PronunciationLexicon(Map<String, List<String>> entries) {
    this.entries = entries;
  }

  /** No fixes at all. */
  public static PronunciationLexicon empty() {
    return new PronunciationLexicon(Map.of());
  }

  /** The lexicon packed into Attune ({@code /dev/attune/voices/lexicon.txt}). */
  public static PronunciationLexicon bundled() throws VoiceFileException {
    try (InputStream in =
        PronunciationLexicon.class.getResourceAsStream(VoiceProfiles.CLASSPATH_DIR + FILE)) {
      if (in == null) {
        throw new VoiceFileException(
            FILE, List.of(new FileProblems.Problem(0, "is missing from Attune's bundled voices")));
      }
      return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), FILE);
    } catch (IOException e) {
      throw new VoiceFileException(
          FILE,
          List.of(
              new FileProblems.Problem(
                  0, "cannot be read, because part of Attune is damaged. Install Attune again.")));
    }
  }

  /**
   * Parses lexicon text, reporting every bad line.
   *
   * @param file the file name used in messages
   */
  public static PronunciationLexicon parse(String text, String file) throws VoiceFileException {
    Map<String, List<String>> entries = new LinkedHashMap<>();
    List<FileProblems.Problem> problems = new ArrayList<>();
    String[] lines = text.split("\r?\n", -1);
    for (int i = 0; i < lines.length; i++) {
      int hash = lines[i].indexOf('#');
      String line = (hash >= 0 ? lines[i].substring(0, hash) : lines[i]).strip();
      if (line.isEmpty()) {
        continue;
      }
      int number = i + 1;
      List<String> fields = Arrays.asList(SPACES.split(line));
      String word = fields.get(0);
      Optional<String> problem = checkWord(word);
      if (problem.isEmpty() && fields.size() < 2) {
        problem =
            Optional.of(
                "'"
                    + shown(word)
                    + "' has no phones; write the word, then its phones, e.g. 'vulva  v ah1 l"
                    + " v ax'");
      }
      List<String> phones = new ArrayList<>();
      for (String phone : fields.subList(1, fields.size())) {
        if (problem.isPresent()) {
          break;
        }
        problem = checkPhone(phone);
        phones.add(normalise(phone));
      }
      if (problem.isEmpty() && phones.stream().noneMatch(p -> p.endsWith("1"))) {
        problem =
            Optional.of(
                "'"
                    + shown(word)
                    + "' has no stressed vowel; add 1 to the vowel that carries the stress");
      }
      if (problem.isEmpty() && entries.containsKey(word)) {
        problem = Optional.of("'" + shown(word) + "' is listed twice; keep one line for it");
      }
      if (problem.isPresent()) {
        problems.add(new FileProblems.Problem(number, problem.get()));
      } else {
        entries.put(word, List.copyOf(phones));
      }
    }
    if (!problems.isEmpty()) {
      throw new VoiceFileException(file, problems);
    }
    return new PronunciationLexicon(Collections.unmodifiableMap(entries));
  }

  /** The words and their phones (stress as {@code 1} or none), in file order. */
  public Map<String, List<String>> entries() {
    return entries;
  }

  /** The fixed phones of a lower-case word, if this lexicon has it. */
  public Optional<List<String>> phones(String word) {
    return Optional.ofNullable(entries.get(word));
  }

  /** Adds every entry as an addendum, so it wins over the compiled lexicon and letter-to-sound. */
  void applyTo(Lexicon lexicon) {
    for (Map.Entry<String, List<String>> entry : entries.entrySet()) {
      lexicon.addAddendum(entry.getKey(), null, entry.getValue().toArray(new String[0]));
    }
  }

  private static Optional<String> checkWord(String word) {
    if (WORD.matcher(word).matches()) {
      return Optional.empty();
    }
    return Optional.of(
        "'"
            + shown(word)
            + "' is not a plain lower-case word; start each line with the word in lower case,"
            + " then its phones");
  }

  private static Optional<String> checkPhone(String phone) {
    String base = phone;
    char last = phone.charAt(phone.length() - 1);
    boolean stressMark = last == '0' || last == '1' || last == '2';
    if (stressMark) {
      base = phone.substring(0, phone.length() - 1);
    }
    if (VOWELS.contains(base)) {
      return Optional.empty();
    }
    if (CONSONANTS.contains(base)) {
      return stressMark
          ? Optional.of(
              "'"
                  + shown(phone)
                  + "' is a consonant with a stress mark; only vowels take 0, 1 or 2")
          : Optional.empty();
    }
    return Optional.of(
        "'"
            + shown(phone)
            + "' is not a phone kevin16 knows; use vowels "
            + String.join(" ", VOWELS.stream().sorted().toList())
            + " (add 1 when stressed) and consonants "
            + String.join(" ", CONSONANTS.stream().sorted().toList()));
  }

  /** CMUdict stress to FreeTTS's: 2 becomes 1, 0 becomes unstressed. */
  private static String normalise(String phone) {
    if (phone.endsWith("2")) {
      return phone.substring(0, phone.length() - 1) + "1";
    }
    if (phone.endsWith("0")) {
      return phone.substring(0, phone.length() - 1);
    }
    return phone;
  }
}
