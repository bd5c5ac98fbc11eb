package dev.attune.speech;

import static dev.attune.PlainMessages.assertEchoesLittle;
import static dev.attune.PlainMessages.assertNamesFile;
import static dev.attune.PlainMessages.cut;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.attune.Nasty;
import dev.attune.yaml.Trees;
import dev.attune.yaml.Trees.Style;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;

/**
 * Properties of the voice profile reader on random input (jqwik): random bytes in a person's voices
 * folder (invalid UTF-8, NULs, byte order marks, files over the 64 KiB cap), random text, valid
 * profiles in every YAML style and field order, the same broken in one place, and odd file names. A
 * file loads, or is left out with one {@link VoiceFileException} naming it in plain words; the
 * bundled profiles always load; a broken file is refused at the line of the mistake.
 */
class VoiceProfilePropertiesTest {
  private static final Duration HANG = Duration.ofSeconds(10);
  private static final String FILE = "mine.yaml";
  private static final List<String> FIELDS =
      List.of("base_voice", "rate", "pitch", "pitch_range", "volume", "description");

  static final List<String> SEEDS = bundled();

  /** A person's voices folder; jqwik has no {@code @TempDir}. */
  private static Path folder;

  @BeforeContainer
  static void makeFolder() throws IOException {
    folder = Files.createTempDirectory("attune-voices");
  }

  @AfterContainer
  static void removeFolder() throws IOException {
    try (Stream<Path> files = Files.walk(folder)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  // ---- 1. Random bytes and text ----

  @Property(tries = 250)
  void randomBytesInTheFolder_loadOrAreLeftOutWithOneMessage(@ForAll("bytes") byte[] bytes)
      throws IOException {
    Files.write(folder.resolve(FILE), bytes);
    VoiceProfiles.Loaded loaded = assertTimeoutPreemptively(HANG, () -> VoiceProfiles.load(folder));
    assertTrue(loaded.profiles().keySet().containsAll(VoiceProfiles.BUNDLED), "bundled ones load");
    if (loaded.profiles().containsKey("mine")) {
      assertEquals(List.of(), loaded.problems());
      return;
    }
    assertEquals(1, loaded.problems().size(), () -> loaded.problems().toString());
    VoiceFileException e = loaded.problems().get(0);
    assertTrue(e.file().endsWith(FILE), e.file());
    assertNamesFile(e, e.file(), new String(bytes, StandardCharsets.UTF_8));
    if (bytes.length > VoiceProfiles.MAX_BYTES) {
      assertTrue(e.getMessage().contains("at most 64 KiB"), e.getMessage());
      assertTrue(e.getMessage().contains("Shorten it"), e.getMessage());
    } else if (!utf8(bytes)) {
      assertTrue(e.getMessage().contains("Save it as UTF-8 text"), e.getMessage());
    }
  }

  @Property(tries = 250)
  void randomText_givesAProfileOrAVoiceFileException(@ForAll("text") String text) {
    Object result = parse(text, FILE);
    if (result instanceof VoiceFileException e) {
      assertNamesFile(e, FILE, text);
    } else {
      assertEquals("mine", ((VoiceProfile) result).id());
    }
  }

  @Provide
  Arbitrary<byte[]> bytes() {
    return Nasty.bytes(SEEDS);
  }

  @Provide
  Arbitrary<String> text() {
    return Nasty.text(SEEDS);
  }

  // ---- 2. Random structure ----

  /** A profile's values, as written in the file. */
  record Values(
      String rate, String pitch, String range, String volume, String description, boolean bom) {
    String get(String field) {
      switch (field) {
        case "base_voice":
          return VoiceProfile.BASE_VOICE;
        case "rate":
          return rate;
        case "pitch":
          return pitch;
        case "pitch_range":
          return range;
        case "volume":
          return volume;
        default:
          return description;
      }
    }

    VoiceProfile profile() {
      return new VoiceProfile(
          "mine",
          VoiceProfile.BASE_VOICE,
          Double.parseDouble(rate),
          Double.parseDouble(pitch),
          Double.parseDouble(range),
          Double.parseDouble(volume),
          description.strip());
    }
  }

  @Provide
  Arbitrary<Values> profiles() {
    Arbitrary<String> description =
        Combinators.combine(
                Arbitraries.strings()
                    .withCharRange(' ', '~')
                    .withChars('é', 'ß', 'İ', '中', '\u00a0')
                    .ofMinLength(1)
                    .ofMaxLength(150),
                Arbitraries.of(".", "!", "?"),
                Arbitraries.of("", " ", "  "))
            .as((words, stop, space) -> space + words.strip() + stop + space)
            .filter(d -> d.strip().length() <= VoiceProfile.MAX_DESCRIPTION);
    return Combinators.combine(
            number(VoiceProfile.MIN_RATE, VoiceProfile.MAX_RATE),
            number(VoiceProfile.MIN_PITCH, VoiceProfile.MAX_PITCH),
            number(0, VoiceProfile.MAX_PITCH_RANGE),
            Arbitraries.integers().between(10, 100).map(VoiceProfilePropertiesTest::hundredths),
            description,
            Arbitraries.of(false, false, false, true))
        .as(Values::new);
  }

  /** A number between min and max as a person writes it: 140, 140.5, 0140 or 140.25. */
  private static Arbitrary<String> number(int min, int max) {
    return Combinators.combine(
            Arbitraries.integers().between(min * 100, max * 100), Arbitraries.of("", "", "0"))
        .as((hundredths, zero) -> zero + hundredths(hundredths));
  }

  private static String hundredths(int n) {
    String whole = Integer.toString(n / 100);
    int frac = n % 100;
    return frac == 0 ? whole : whole + "." + (frac < 10 ? "0" + frac : Integer.toString(frac));
  }

  @Property(tries = 200)
  void validProfiles_loadWithEveryValueKept(
      @ForAll("profiles") Values v,
      @ForAll("styles") Style s,
      @ForAll("orders") List<String> order) {
    String yaml = write(build(v, s, order), s, v.bom());
    Object result = parse(yaml, FILE);
    if (result instanceof VoiceFileException e) {
      throw new AssertionError("a valid profile was refused: " + e.getMessage() + "\n" + yaml);
    }
    assertEquals(v.profile(), result, yaml);
  }

  @Provide
  Arbitrary<Style> styles() {
    return Style.any();
  }

  @Provide
  Arbitrary<List<String>> orders() {
    return Arbitraries.shuffle(FIELDS);
  }

  enum Damage {
    UNKNOWN_FIELD,
    KEY_NOT_TEXT,
    WRONG_TYPE,
    WRONG_VALUE,
    MISSING_FIELD,
    FIELD_TWICE,
    NOT_A_MAPPING
  }

  record Breakage(Damage damage, int field, int variant, String word) {}

  @Provide
  Arbitrary<Breakage> breakages() {
    Arbitrary<String> word =
        Arbitraries.frequencyOf(
            Tuple.of(
                6,
                Arbitraries.strings()
                    .withCharRange('a', 'z')
                    .withCharRange('A', 'Z')
                    .withChars('_', '-', ' ', 'é', '中', '.')
                    .ofMinLength(1)
                    .ofMaxLength(12)),
            Tuple.of(
                1,
                Arbitraries.strings().withCharRange('a', 'z').ofMinLength(250).ofMaxLength(400)));
    return Combinators.combine(
            Arbitraries.of(Damage.class),
            Arbitraries.integers().between(0, 1000),
            Arbitraries.integers().between(0, 1000),
            word)
        .as(Breakage::new);
  }

  @Property(tries = 300)
  void brokenProfiles_areRefusedAtTheLineOfTheMistake(
      @ForAll("profiles") Values v,
      @ForAll("styles") Style s,
      @ForAll("orders") List<String> order,
      @ForAll("breakages") Breakage b) {
    MappingNode map = build(v, s, order);
    List<NodeTuple> tuples = map.getValue();
    String field = order.get(b.field() % order.size());
    int at = order.indexOf(field);
    Node root = map;
    // The lines a problem may be at: of the mapping, and of the key and value it is about.
    List<Integer> keyAt = List.of();
    List<Integer> valueAt = List.of(at);
    List<String> words;
    switch (b.damage()) {
      case UNKNOWN_FIELD:
        {
          String key = FIELDS.contains(b.word()) ? "x" + b.word() : b.word();
          at = b.variant() % (tuples.size() + 1);
          tuples.add(at, new NodeTuple(Trees.text(key, s), Trees.text(b.word(), s)));
          keyAt = List.of(at);
          valueAt = List.of();
          words = List.of("unknown field '" + key);
          break;
        }
      case KEY_NOT_TEXT:
        at = b.variant() % (tuples.size() + 1);
        tuples.add(
            at,
            new NodeTuple(
                Trees.list(s, List.of(Trees.text(b.word(), s))), Trees.text(b.word(), s)));
        keyAt = List.of(at);
        valueAt = List.of();
        words = List.of("plain words");
        break;
      case WRONG_TYPE:
        tuples.set(
            at,
            new NodeTuple(
                tuples.get(at).getKeyNode(),
                b.variant() % 2 == 0
                    ? Trees.map(s, "x" + b.word(), Trees.text(b.word(), s))
                    : Trees.list(s, List.of(Trees.text(b.word(), s)))));
        words = List.of("'" + field + "' should be plain text");
        break;
      case WRONG_VALUE:
        {
          String wrong = wrongValue(field, b);
          tuples.set(at, new NodeTuple(tuples.get(at).getKeyNode(), Trees.text(wrong, s)));
          words = List.of(field);
          break;
        }
      case MISSING_FIELD:
        tuples.remove(at);
        valueAt = List.of();
        words = List.of("the field '" + field + "' is missing");
        break;
      case FIELD_TWICE:
        tuples.add(new NodeTuple(Trees.text(field, s), Trees.text(v.get(field), s)));
        keyAt = List.of(tuples.size() - 1);
        valueAt = List.of();
        words = List.of("the field '" + field + "' appears twice");
        break;
      default:
        root =
            b.variant() % 2 == 0
                ? Trees.list(s, tuples.stream().map(NodeTuple::getValueNode).toList())
                : Trees.text(b.word(), s);
        valueAt = List.of();
        words = List.of("should be a list of fields such as 'rate: 140'");
        break;
    }
    String yaml = write(root, s, v.bom());
    Object result = parse(yaml, FILE);
    VoiceFileException e =
        assertInstanceOf(
            VoiceFileException.class, result, () -> "not refused, " + b + ":\n" + cut(yaml));
    assertNamesFile(e, FILE, yaml);
    Node read = Trees.read(yaml.startsWith("\ufeff") ? yaml.substring(1) : yaml);
    Set<Integer> lines = new HashSet<>(List.of(Trees.line(read)));
    keyAt.forEach(i -> lines.add(Trees.line(Trees.at(read, List.of(i), true))));
    valueAt.forEach(i -> lines.add(Trees.line(Trees.at(read, List.of(i), false))));
    List<String> expected = words;
    assertTrue(
        e.problems().stream()
            .anyMatch(
                p ->
                    lines.contains(p.line())
                        && expected.stream()
                            .anyMatch(
                                w ->
                                    p.message()
                                        .contains(w.substring(0, Math.min(100, w.length()))))),
        () ->
            b
                + ": no problem at "
                + lines
                + " saying "
                + expected
                + ": "
                + e.getMessage()
                + "\n"
                + cut(yaml));
  }

  /** A value of the right kind but wrong for {@code field}. */
  private static String wrongValue(String field, Breakage b) {
    List<String> wrong;
    switch (field) {
      case "base_voice":
        wrong = List.of("kevin", "kevin8", "alan", "X" + b.word(), "");
        break;
      case "rate":
        wrong = List.of("79", "261", "900", "-1", "fast", "1e3", "+140", "1,5", "X" + b.word());
        break;
      case "pitch":
        wrong = List.of("49", "251", "0", ".5", "1.", "NaN", "X" + b.word());
        break;
      case "pitch_range":
        wrong = List.of("61", "-1", "-0.5", "0x10", "X" + b.word());
        break;
      case "volume":
        wrong = List.of("0", "0.09", "1.01", "2", "-0.5", "loud", "X" + b.word());
        break;
      default:
        wrong =
            List.of(
                "",
                "No full stop",
                "One.\nTwo.",
                "x".repeat(VoiceProfile.MAX_DESCRIPTION) + ".",
                b.word().replaceAll("[.!?]$", "") + "x");
        break;
    }
    return wrong.get(b.variant() % wrong.size());
  }

  /** Odd file names: the profile's id is its name, so a bad one is refused, saying to rename it. */
  @Property(tries = 100)
  void fileNames_giveTheIdOrSayToRenameTheFile(@ForAll("names") String name) {
    String file = name + ".yaml";
    Object result = parse(SEEDS.get(0), file);
    if (result instanceof VoiceProfile p) {
      assertEquals(name, p.id());
      assertTrue(name.matches("[a-z0-9][a-z0-9_-]{0,31}"), name);
    } else {
      VoiceFileException e = assertInstanceOf(VoiceFileException.class, result);
      // The message starts with the file's name, whole; after it, the name is cut like any value.
      assertNamesFile(e, file, null);
      assertEchoesLittle(e.getMessage().substring(file.length()), name);
      assertTrue(e.getMessage().endsWith("; rename the file"), e.getMessage());
    }
  }

  @Provide
  Arbitrary<String> names() {
    return Arbitraries.oneOf(
        Arbitraries.strings()
            .withCharRange('a', 'z')
            .withCharRange('0', '9')
            .withChars('_', '-')
            .ofMaxLength(40),
        Arbitraries.strings().all().ofMaxLength(12),
        Arbitraries.strings().withCharRange('a', 'z').ofMinLength(201).ofMaxLength(255),
        Arbitraries.of("Calm", "my voice", "-x", "_x", "calm.yaml", "ß", "\u0000", "a\nb"));
  }

  // ---- Parsing and writing ----

  private static Object parse(String text, String file) {
    return assertTimeoutPreemptively(
        HANG,
        () -> {
          try {
            return VoiceProfiles.parse(text, file);
          } catch (VoiceFileException e) {
            return e;
          }
        });
  }

  private static MappingNode build(Values v, Style s, List<String> order) {
    List<Object> kv = new ArrayList<>();
    for (String field : order) {
      kv.add(field);
      kv.add(Trees.text(v.get(field), s));
    }
    return Trees.map(s, kv.toArray());
  }

  private static String write(Node root, Style s, boolean bom) {
    return (bom ? "\ufeff" : "") + Trees.write(root, s);
  }

  private static boolean utf8(byte[] bytes) {
    try {
      StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  private static List<String> bundled() {
    List<String> texts = new ArrayList<>();
    for (String id : VoiceProfiles.BUNDLED) {
      try (InputStream in =
          VoiceProfilePropertiesTest.class.getResourceAsStream(
              VoiceProfiles.CLASSPATH_DIR + id + ".yaml")) {
        texts.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
    }
    return texts;
  }

  // ---- What the properties found, each as a plain test of its smallest input ----

  @Test
  void aLongUnknownField_isEchoedCutTo200Characters() {
    VoiceFileException e =
        assertThrows(
            VoiceFileException.class,
            () -> VoiceProfiles.parse(SEEDS.get(0) + "\n" + "k".repeat(300) + ": 1\n", FILE));
    assertTrue(e.getMessage().contains("unknown field '" + "k".repeat(200) + "…'"), e.getMessage());
  }
}
