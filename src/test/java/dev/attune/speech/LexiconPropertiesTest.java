package dev.attune.speech;

import static dev.attune.PlainMessages.assertNamesFile;
import static dev.attune.PlainMessages.assertPlain;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.attune.Nasty;
import dev.attune.yaml.FileProblems;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.junit.jupiter.api.Test;

/**
 * Properties of the pronunciation lexicon on random input (jqwik): random bytes and text, valid
 * lexicons written with any spacing, comments and line endings, the same with one bad line, and
 * random words asked of {@link Pronunciations#phonesOf}. A lexicon loads with every entry kept, or
 * is refused with a {@link VoiceFileException} naming the file and each bad line in plain words.
 */
class LexiconPropertiesTest {
  private static final Duration HANG = Duration.ofSeconds(10);
  private static final String FILE = "mine.txt";
  private static final Pattern WORD = Pattern.compile("[a-z]+(['-][a-z]+)*");
  private static final List<String> VOWELS =
      PronunciationLexicon.VOWELS.stream().sorted().collect(Collectors.toList());
  private static final List<String> CONSONANTS =
      PronunciationLexicon.CONSONANTS.stream().sorted().collect(Collectors.toList());

  static final List<String> SEEDS = List.of(bundled(), "vulva v ah1 l v ax\n", "a ah1");

  // ---- 1. Random bytes and text ----

  @Property(tries = 300)
  void randomBytes_giveALexiconOrProblemsAtItsLines(@ForAll("bytes") byte[] bytes) {
    lexiconOrProblems(new String(bytes, StandardCharsets.UTF_8));
  }

  @Property(tries = 300)
  void randomText_givesALexiconOrProblemsAtItsLines(@ForAll("text") String text) {
    lexiconOrProblems(text);
  }

  @Provide
  Arbitrary<byte[]> bytes() {
    return Nasty.bytes(SEEDS);
  }

  @Provide
  Arbitrary<String> text() {
    return Nasty.text(SEEDS);
  }

  private static void lexiconOrProblems(String text) {
    Object result = parse(text);
    int lines = text.split("\r?\n", -1).length;
    if (result instanceof VoiceFileException e) {
      assertNamesFile(e, FILE, text);
      for (FileProblems.Problem p : e.problems()) {
        assertTrue(p.line() >= 1 && p.line() <= lines, () -> p + " of " + lines + " lines");
      }
    } else {
      for (Map.Entry<String, List<String>> entry :
          ((PronunciationLexicon) result).entries().entrySet()) {
        assertTrue(WORD.matcher(entry.getKey()).matches(), entry.getKey());
        assertTrue(entry.getValue().stream().anyMatch(p -> p.endsWith("1")), entry::toString);
      }
    }
  }

  // ---- 2. Random structure ----

  /** A word and its phones as written (stress 0, 1, 2 or none). */
  record Entry(String word, List<String> phones) {
    /** As FreeTTS takes them: 2 read as 1, 0 as unstressed. */
    List<String> normalised() {
      return phones.stream()
          .map(
              p -> p.endsWith("2") ? p.replace('2', '1') : p.endsWith("0") ? p.replace("0", "") : p)
          .collect(Collectors.toList());
    }
  }

  /** How a lexicon is written: where comments and blank lines go, spacing, line endings. */
  record Layout(String newline, List<String> gaps, int comments, boolean finalNewline) {}

  @Provide
  Arbitrary<List<Entry>> lexicons() {
    return entries().list().ofMaxSize(15).uniqueElements(Entry::word);
  }

  @Provide
  Arbitrary<Entry> extras() {
    return entries();
  }

  @Provide
  Arbitrary<Layout> layouts() {
    return Combinators.combine(
            Arbitraries.of("\n", "\r\n"),
            Arbitraries.of(" ", "  ", "\t", " \t ", "        ").list().ofSize(4),
            Arbitraries.integers().between(0, 1023),
            Arbitraries.of(true, false))
        .as(Layout::new);
  }

  static Arbitrary<String> words() {
    Arbitrary<String> part =
        Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(8);
    return Combinators.combine(part, Arbitraries.of("", "'", "-"), part)
        .as((a, sep, b) -> sep.isEmpty() ? a : a + sep + b);
  }

  static Arbitrary<Entry> entries() {
    Arbitrary<String> vowel =
        Combinators.combine(Arbitraries.of(VOWELS), Arbitraries.of("", "0", "1", "2"))
            .as((v, stress) -> v + stress);
    Arbitrary<String> phone = Arbitraries.oneOf(vowel, Arbitraries.of(CONSONANTS));
    Arbitrary<String> stressed =
        Combinators.combine(Arbitraries.of(VOWELS), Arbitraries.of("1", "2")).as((v, s) -> v + s);
    return Combinators.combine(
            words(), phone.list().ofMaxSize(7), stressed, Arbitraries.integers().between(0, 7))
        .as(
            (word, phones, stress, at) -> {
              List<String> all = new ArrayList<>(phones);
              all.add(Math.min(at, all.size()), stress);
              return new Entry(word, all);
            });
  }

  /** The lexicon's text; {@code lineOf} gets each entry's 1-based line. */
  static String write(List<Entry> entries, Layout layout, List<Integer> lineOf) {
    StringBuilder text = new StringBuilder();
    int line = 0;
    int bits = layout.comments();
    for (int i = 0; i <= entries.size(); i++) {
      if ((bits >> (i % 10) & 1) == 1) {
        text.append(i % 2 == 0 ? "# a comment: ah1 Ünïcode # ok" : "   ").append(layout.newline());
        line++;
      }
      if (i == entries.size()) {
        break;
      }
      Entry e = entries.get(i);
      String gap = layout.gaps().get(i % 4);
      text.append(i % 3 == 0 ? gap : "").append(e.word());
      for (String p : e.phones()) {
        text.append(gap).append(p);
      }
      if (i % 4 == 1) {
        text.append(gap).append("# note ah1");
      }
      line++;
      lineOf.add(line);
      if (i < entries.size() - 1 || layout.finalNewline()) {
        text.append(layout.newline());
      }
    }
    return text.toString();
  }

  @Property(tries = 300)
  void validLexicons_loadWithEveryEntryInOrder(
      @ForAll("lexicons") List<Entry> entries, @ForAll("layouts") Layout layout) {
    String text = write(entries, layout, new ArrayList<>());
    Object result = parse(text);
    if (result instanceof VoiceFileException e) {
      throw new AssertionError("a valid lexicon was refused: " + e.getMessage() + "\n" + text);
    }
    Map<String, List<String>> expected = new LinkedHashMap<>();
    entries.forEach(e -> expected.put(e.word(), e.normalised()));
    assertEquals(
        new ArrayList<>(expected.entrySet()),
        new ArrayList<>(((PronunciationLexicon) result).entries().entrySet()),
        text);
  }

  enum Damage {
    NOT_A_WORD,
    NO_PHONES,
    UNKNOWN_PHONE,
    STRESSED_CONSONANT,
    NO_STRESS,
    LISTED_TWICE
  }

  record Bad(Damage damage, int at, int pick, String token) {}

  @Provide
  Arbitrary<Bad> bads() {
    Arbitrary<String> token =
        Arbitraries.frequencyOf(
            Tuple.of(
                6,
                Arbitraries.strings()
                    .withCharRange('!', '~')
                    .withChars('é', 'ß', 'İ', '中', '\u0000', '\u001b')
                    .ofMinLength(1)
                    .ofMaxLength(10)
                    .filter(t -> t.indexOf('#') < 0)),
            Tuple.of(
                1,
                Arbitraries.strings().withCharRange('a', 'z').ofMinLength(250).ofMaxLength(400)));
    return Combinators.combine(
            Arbitraries.of(Damage.class),
            Arbitraries.integers().between(0, 100),
            Arbitraries.integers().between(0, 100),
            token)
        .as(Bad::new);
  }

  @Property(tries = 300)
  void oneBadLine_isTheOneProblem_atItsLine(
      @ForAll("lexicons") List<Entry> entries,
      @ForAll("layouts") Layout layout,
      @ForAll("bads") Bad bad,
      @ForAll("extras") Entry extra) {
    List<Entry> all = new ArrayList<>(entries);
    int at = bad.at() % (all.size() + 1);
    String token = bad.token();
    Entry wrong;
    switch (bad.damage()) {
      case NOT_A_WORD:
        token = WORD.matcher(token).matches() ? token.toUpperCase(Locale.ROOT) + "1" : token;
        wrong = new Entry(token, extra.phones());
        break;
      case NO_PHONES:
        token = WORD.matcher(token).matches() ? token : extra.word();
        wrong = new Entry(token, List.of());
        break;
      case UNKNOWN_PHONE:
        token = List.of("ah3", "AH1", "x", "aa11", "1", "Q" + token).get(bad.pick() % 6);
        wrong = withPhone(extra, token, bad.pick());
        break;
      case STRESSED_CONSONANT:
        token = CONSONANTS.get(bad.pick() % CONSONANTS.size()) + "012".charAt(bad.pick() % 3);
        wrong = withPhone(extra, token, bad.pick());
        break;
      case NO_STRESS:
        token = extra.word();
        wrong =
            new Entry(
                extra.word(),
                extra.phones().stream()
                    .map(
                        p ->
                            p.endsWith("1") || p.endsWith("2") ? p.substring(0, p.length() - 1) : p)
                    .collect(Collectors.toList()));
        break;
      default:
        if (all.isEmpty()) {
          all.add(extra);
          at = 1;
        }
        Entry original = all.get(bad.pick() % all.size());
        token = original.word();
        wrong = new Entry(original.word(), extra.phones());
        break;
    }
    if (bad.damage() != Damage.LISTED_TWICE) {
      String clash = wrong.word();
      all.removeIf(e -> e.word().equals(clash));
      at = Math.min(at, all.size());
    }
    all.add(at, wrong);
    List<Integer> lineOf = new ArrayList<>();
    String text = write(all, layout, lineOf);
    // The second of two lines with one word is the one refused.
    int expectedLine =
        bad.damage() == Damage.LISTED_TWICE
            ? lineOf.get(secondOf(all, wrong.word()))
            : lineOf.get(at);
    Object result = parse(text);
    VoiceFileException e =
        assertInstanceOf(
            VoiceFileException.class, result, () -> "not refused: " + bad + "\n" + text);
    assertNamesFile(e, FILE, text);
    assertEquals(1, e.problems().size(), e::getMessage);
    FileProblems.Problem p = e.problems().get(0);
    assertEquals(expectedLine, p.line(), () -> p + "\n" + text);
    String shown = FileProblems.shown(token);
    assertTrue(
        p.message().contains("'" + shown.substring(0, Math.min(100, shown.length()))),
        () -> p + " names " + shown);
  }

  private static Entry withPhone(Entry entry, String phone, int where) {
    List<String> phones = new ArrayList<>(entry.phones());
    phones.add(where % (phones.size() + 1), phone);
    return new Entry(entry.word(), phones);
  }

  private static int secondOf(List<Entry> all, String word) {
    int seen = 0;
    for (int i = 0; i < all.size(); i++) {
      if (all.get(i).word().equals(word) && ++seen == 2) {
        return i;
      }
    }
    throw new AssertionError(word + " is not there twice");
  }

  // ---- 3. Words asked of Pronunciations ----

  private static final Pronunciations PRONUNCIATIONS = Pronunciations.bundled();

  @Property(tries = 200)
  void anyWord_hasPhonesOrIsRefusedInPlainWords(@ForAll("asked") String word) {
    Object result =
        assertTimeoutPreemptively(
            HANG,
            () -> {
              try {
                return PRONUNCIATIONS.phonesOf(word);
              } catch (IllegalArgumentException e) {
                return e;
              }
            });
    String lower = word.strip().toLowerCase(Locale.ROOT);
    if (WORD.matcher(lower).matches()) {
      Pronunciations.Pronunciation p =
          assertInstanceOf(Pronunciations.Pronunciation.class, result, () -> "refused " + word);
      assertEquals(lower, p.word());
    } else {
      IllegalArgumentException e =
          assertInstanceOf(IllegalArgumentException.class, result, () -> "took " + word);
      assertPlain(e.getMessage(), word);
    }
  }

  @Provide
  Arbitrary<String> asked() {
    return Arbitraries.oneOf(
        words(),
        words().map(w -> w.toUpperCase(Locale.ROOT)),
        words().map(w -> "  " + w + "\t"),
        Arbitraries.strings().all().ofMaxLength(12),
        Arbitraries.of("", " ", "İstanbul", "ǅ", "ﬁx", "a''b", "a--b", "-a", "a-", "'", "x\u0000"));
  }

  // ---- Parsing ----

  private static Object parse(String text) {
    return assertTimeoutPreemptively(
        HANG,
        () -> {
          try {
            return PronunciationLexicon.parse(text, FILE);
          } catch (VoiceFileException e) {
            return e;
          }
        });
  }

  private static String bundled() {
    try (InputStream in =
        LexiconPropertiesTest.class.getResourceAsStream(
            VoiceProfiles.CLASSPATH_DIR + PronunciationLexicon.FILE)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  // ---- What the properties found, each as a plain test of its smallest input ----

  @Test
  void aLongWordWithoutPhones_isEchoedCutTo200Characters() {
    VoiceFileException e =
        assertThrows(
            VoiceFileException.class, () -> PronunciationLexicon.parse("a".repeat(300), FILE));
    assertEquals(
        FILE
            + ", line 1: '"
            + "a".repeat(200)
            + "…' has no phones; write the word, then its phones, e.g. 'vulva  v ah1 l v ax'",
        e.getMessage());
  }
}
