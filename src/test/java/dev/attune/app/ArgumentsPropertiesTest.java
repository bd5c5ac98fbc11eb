package dev.attune.app;

import static dev.attune.PlainMessages.assertPlain;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.junit.jupiter.api.Test;

/**
 * Properties of the command line on random argument arrays (jqwik): known options, repeated ones,
 * unknown ones, missing and blank values, huge values and odd Unicode. {@link Arguments#parse}
 * gives a result that says what was asked, or a usage error: one line in plain words, echoing at
 * most 200 characters of any value, which {@link Main} prints before the usage and exits 2 with.
 * Nothing else escapes.
 */
class ArgumentsPropertiesTest {
  private static final Duration HANG = Duration.ofSeconds(10);

  static final List<String> OPTIONS =
      List.of(
          "--data-dir",
          "--mode",
          "--print-deck",
          "--export-audio",
          "--export-csv",
          "--report",
          "--force",
          "--help",
          "--version");

  // ---- Random argument arrays ----

  @Property(tries = 500)
  void anyArguments_giveAResultOrAUsageErrorThatExitsTwo(
      @ForAll("commandLines") List<String> args) {
    String[] array = args.toArray(new String[0]);
    Object result = parse(array);
    if (result instanceof Arguments.UsageException e) {
      assertOneLine(e.getMessage(), args);
      assertExitsTwo(array, e.getMessage());
    } else {
      assertSaysWhatWasAsked((Arguments) result, args);
    }
  }

  /** Each option at most once, with a value it takes: always a result, holding those values. */
  @Property(tries = 300)
  void validArguments_areReadBackExactly(@ForAll("validLines") List<Given> given) {
    List<String> args = new ArrayList<>();
    given.forEach(g -> args.addAll(g.args()));
    Object result = parse(args.toArray(new String[0]));
    if (result instanceof Arguments.UsageException e) {
      throw new AssertionError("refused " + args + ": " + e.getMessage());
    }
    Arguments a = (Arguments) result;
    Optional<String> mode = value(given, "--mode");
    assertEquals(
        mode.map(m -> Arguments.Mode.valueOf(m.toUpperCase(Locale.ROOT))),
        a.mode(),
        args::toString);
    assertEquals(value(given, "--data-dir").map(Path::of), a.dataDir(), args::toString);
    assertEquals(value(given, "--print-deck"), a.printDeck(), args::toString);
    assertEquals(value(given, "--export-csv").map(Path::of), a.exportCsv(), args::toString);
    assertEquals(value(given, "--report").map(Path::of), a.report(), args::toString);
    assertEquals(
        given.stream()
            .filter(g -> g.option().equals("--export-audio"))
            .findFirst()
            .map(g -> new Arguments.ExportAudio(g.values().get(0), Path.of(g.values().get(1)))),
        a.exportAudio(),
        args::toString);
    assertEquals(value(given, "--force").isPresent(), a.force());
    assertEquals(value(given, "--help").isPresent(), a.help());
    assertEquals(value(given, "--version").isPresent(), a.version());
  }

  @Property(tries = 200)
  void anOptionGivenTwice_isAUsageErrorNamingIt(
      @ForAll("validLines") List<Given> given, @ForAll("indices") int which) {
    Given twice = given.get(which % given.size());
    List<String> args = new ArrayList<>();
    given.forEach(g -> args.addAll(g.args()));
    args.addAll(twice.args());
    Object result = parse(args.toArray(new String[0]));
    Arguments.UsageException e =
        assertThrowsLike(result, () -> "accepted " + twice.option() + " twice: " + args);
    assertOneLine(e.getMessage(), args);
    assertTrue(e.getMessage().contains(twice.option()), e.getMessage());
  }

  @Property(tries = 300)
  void aModeIsOnlyDirectOrScanning_inAnyAsciiCase(@ForAll("modes") String value) {
    Object result = parse(new String[] {"--mode", value});
    String lower = value.toLowerCase(Locale.ROOT);
    boolean known = lower.equals("direct") || lower.equals("scanning");
    if (value.startsWith("-")) {
      // Read as an option, not as the mode's value: a usage error, whichever.
      assertOneLine(
          assertThrowsLike(result, () -> "accepted " + value).getMessage(), List.of(value));
    } else if (known) {
      assertEquals(
          Optional.of(Arguments.Mode.valueOf(lower.toUpperCase(Locale.ROOT))),
          ((Arguments) result).mode());
    } else {
      Arguments.UsageException e =
          assertThrowsLike(result, () -> "accepted --mode '" + value + "'");
      assertOneLine(e.getMessage(), List.of(value));
      assertTrue(e.getMessage().startsWith("--mode must be direct or scanning"), e.getMessage());
    }
  }

  @Provide
  Arbitrary<Integer> indices() {
    return Arbitraries.integers().between(0, 100);
  }

  @Provide
  Arbitrary<List<String>> commandLines() {
    Arbitrary<String> option =
        Arbitraries.frequencyOf(
            Tuple.of(6, Arbitraries.of(OPTIONS)),
            Tuple.of(
                2,
                Combinators.combine(Arbitraries.of(OPTIONS), values()).as((o, v) -> o + "=" + v)),
            Tuple.of(
                1,
                Arbitraries.of(
                    "--",
                    "-",
                    "---",
                    "--=x",
                    "-=",
                    "-h",
                    "-v",
                    "--mod",
                    "--e",
                    "--force=1",
                    "--help=",
                    "--data-dir=",
                    "---mode",
                    "--MODE",
                    "--ｍode",
                    "—mode",
                    "-mode")),
            Tuple.of(1, values().map(v -> "--" + v)));
    Arbitrary<String> token = Arbitraries.frequencyOf(Tuple.of(3, option), Tuple.of(2, values()));
    return token.list().ofMaxSize(8);
  }

  /**
   * Values of every kind: sensible, empty, blank, huge, with line breaks, NUL, escape sequences,
   * lone surrogates and characters from outside the Basic Multilingual Plane.
   */
  static Arbitrary<String> values() {
    return Arbitraries.frequencyOf(
        Tuple.of(
            4,
            Arbitraries.of(
                "direct",
                "scanning",
                "DIRECT",
                "Scanning",
                "before",
                "during",
                "/tmp/x",
                "x.csv",
                "r.pdf",
                "",
                " ",
                "-",
                "--",
                "-x",
                "a b",
                "a\nb",
                "a\n\nb",
                "\r\n",
                "\u0000",
                "a\u0000b",
                "\u001b[2J",
                "\u0085",
                "\u2028",
                "\ufeff",
                "ſcanning",
                "dırect",
                "DİRECT",
                "\ud83d\ude00",
                "\ud800",
                "\udc00x",
                "\u202eevil")),
        Tuple.of(3, Arbitraries.strings().all().ofMaxLength(20)),
        Tuple.of(
            1,
            Combinators.combine(
                    Arbitraries.of("x", "é", "\ud83d\ude00", "a\n", "\u0000"),
                    Arbitraries.integers().between(150, 5000))
                .as((unit, n) -> unit.repeat(n / unit.length()))));
  }

  @Provide
  Arbitrary<String> modes() {
    return Arbitraries.oneOf(
        values(),
        Arbitraries.of("direct", "scanning")
            .flatMap(
                m ->
                    Arbitraries.of(true, false)
                        .list()
                        .ofSize(m.length())
                        .map(
                            upper -> {
                              StringBuilder s = new StringBuilder();
                              for (int i = 0; i < m.length(); i++) {
                                char c = m.charAt(i);
                                s.append(upper.get(i) ? Character.toUpperCase(c) : c);
                              }
                              return s.toString();
                            })),
        Arbitraries.of(
            "ſcanning",
            "dırect",
            "DİRECT",
            "ｄｉｒｅｃｔ",
            "direct ",
            " direct",
            "direct\u0000",
            "scanning\n",
            "directs",
            "scan"));
  }

  /** An option as given: its name, its values, and whether written as {@code --name=value}. */
  record Given(String option, List<String> values, boolean equalsSign) {
    List<String> args() {
      List<String> args = new ArrayList<>();
      if (equalsSign && values.size() == 1) {
        args.add(option + "=" + values.get(0));
      } else {
        args.add(option);
        args.addAll(values);
      }
      return args;
    }
  }

  private static Optional<String> value(List<Given> given, String option) {
    return given.stream()
        .filter(g -> g.option().equals(option))
        .findFirst()
        .map(g -> g.values().isEmpty() ? "" : g.values().get(0));
  }

  @Provide
  Arbitrary<List<Given>> validLines() {
    // Names and paths: not blank, no NUL, not starting with '-' (which reads as an option), any
    // other Unicode, now and then long.
    Arbitrary<String> name =
        Arbitraries.oneOf(
                Arbitraries.strings().all().ofMinLength(1).ofMaxLength(30),
                Arbitraries.strings().withCharRange('a', 'z').ofMinLength(200).ofMaxLength(600))
            .filter(
                s ->
                    !s.isBlank()
                        && s.indexOf('\u0000') < 0
                        && !s.startsWith("-")
                        && !hasLoneSurrogate(s));
    Arbitrary<Boolean> eq = Arbitraries.of(true, false);
    Arbitrary<String> mode =
        Arbitraries.of("direct", "scanning", "DIRECT", "Scanning", "sCaNnInG", "Direct");
    List<Arbitrary<Given>> each =
        List.of(
            Combinators.combine(name, eq).as((v, e) -> new Given("--data-dir", List.of(v), e)),
            Combinators.combine(mode, eq).as((v, e) -> new Given("--mode", List.of(v), e)),
            Combinators.combine(name, eq).as((v, e) -> new Given("--print-deck", List.of(v), e)),
            Combinators.combine(name, name)
                .as((d, f) -> new Given("--export-audio", List.of(d, f), false)),
            Combinators.combine(name, eq).as((v, e) -> new Given("--export-csv", List.of(v), e)),
            Combinators.combine(name, eq).as((v, e) -> new Given("--report", List.of(v), e)),
            Arbitraries.just(new Given("--force", List.of(), false)),
            Arbitraries.just(new Given("--help", List.of(), false)),
            Arbitraries.just(new Given("--version", List.of(), false)));
    return Arbitraries.oneOf(each).list().ofMinSize(1).ofMaxSize(6).uniqueElements(Given::option);
  }

  // ---- What a result and a refusal must be ----

  private static Object parse(String[] args) {
    return assertTimeoutPreemptively(
        HANG,
        () -> {
          try {
            return Arguments.parse(args);
          } catch (Arguments.UsageException e) {
            return e;
          }
        });
  }

  private static Arguments.UsageException assertThrowsLike(
      Object result, java.util.function.Supplier<String> why) {
    if (result instanceof Arguments.UsageException e) {
      return e;
    }
    throw new AssertionError(why.get() + ": " + result);
  }

  /** One paragraph, in fact one line, of plain words, echoing at most 200 characters of a value. */
  private static void assertOneLine(String message, List<String> args) {
    assertPlain(message, String.join("\u0001", args));
    assertFalse(
        message.contains("\n") || message.contains("\r") || message.contains("\u2028"),
        () -> "one line: " + message);
    if (args.stream().noneMatch(ArgumentsPropertiesTest::hasLoneSurrogate)) {
      assertFalse(hasLoneSurrogate(message), () -> "a character cut in half: " + message);
    }
    assertTrue(
        message.chars().noneMatch(Character::isISOControl),
        () -> "control characters: " + Arrays.toString(message.chars().toArray()));
  }

  /** Main prints the message after "attune: ", then the usage, and exits 2. */
  private static void assertExitsTwo(String[] args, String message) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        Main.run(
            args,
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            Optional::empty);
    assertEquals(Main.USAGE, code);
    assertEquals(2, code);
    assertEquals("", out.toString(StandardCharsets.UTF_8), "nothing on standard output");
    String said = err.toString(StandardCharsets.UTF_8);
    String first = "attune: " + message + System.lineSeparator();
    // The message as printed: a lone surrogate becomes '?' on the way out.
    assertTrue(
        said.startsWith(new String(first.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8)),
        said);
    assertTrue(said.endsWith(Arguments.usage()), "the usage follows");
  }

  /** A result has exactly the options given, each in the form it was given. */
  private static void assertSaysWhatWasAsked(Arguments a, List<String> args) {
    assertEquals(given(args, "--force"), a.force(), args::toString);
    assertEquals(given(args, "--help"), a.help(), args::toString);
    assertEquals(given(args, "--version"), a.version(), args::toString);
    assertEquals(given(args, "--mode"), a.mode().isPresent(), args::toString);
    assertEquals(given(args, "--data-dir"), a.dataDir().isPresent(), args::toString);
    assertEquals(given(args, "--print-deck"), a.printDeck().isPresent(), args::toString);
    assertEquals(given(args, "--export-audio"), a.exportAudio().isPresent(), args::toString);
    assertEquals(given(args, "--export-csv"), a.exportCsv().isPresent(), args::toString);
    assertEquals(given(args, "--report"), a.report().isPresent(), args::toString);
    a.dataDir().ifPresent(p -> assertFalse(p.toString().isBlank(), "a blank folder"));
    a.printDeck().ifPresent(d -> assertFalse(d.isBlank(), "a blank deck name"));
    a.exportAudio().ifPresent(e -> assertFalse(e.dir().toString().isBlank(), "a blank folder"));
    a.exportCsv().ifPresent(p -> assertFalse(p.toString().isBlank(), "a blank file name"));
    a.report().ifPresent(p -> assertFalse(p.toString().isBlank(), "a blank file name"));
  }

  private static boolean given(List<String> args, String option) {
    return args.stream().anyMatch(a -> a.equals(option) || a.startsWith(option + "="));
  }

  static boolean hasLoneSurrogate(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c)) {
        if (i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
          i++;
        } else {
          return true;
        }
      } else if (Character.isLowSurrogate(c)) {
        return true;
      }
    }
    return false;
  }

  // ---- What the properties found, each as a plain test of its smallest input ----

  @Test
  void aNulCharacterInAPath_isAUsageError() {
    // Was an InvalidPathException out of Arguments.parse, for each of the four path options.
    for (String option : List.of("--data-dir", "--export-csv", "--report")) {
      Arguments.UsageException e =
          assertThrows(Arguments.UsageException.class, () -> Arguments.parse(option, "\u0000"));
      assertEquals(
          option
              + " cannot use ' ' as a "
              + (option.equals("--data-dir") ? "folder" : "file")
              + " on this system. Give another name.",
          e.getMessage());
    }
    assertThrows(
        Arguments.UsageException.class,
        () -> Arguments.parse("--export-audio", "before", "\u0000"));
  }

  @Test
  void aLongMode_isEchoedCutTo200Characters() {
    Arguments.UsageException e =
        assertThrows(
            Arguments.UsageException.class, () -> Arguments.parse("--mode", "x".repeat(201)));
    assertEquals(
        "--mode must be direct or scanning, not '" + "x".repeat(200) + "…'", e.getMessage());
  }

  @Test
  void aBlankFolderOrFile_isAUsageError_notTheCurrentFolder() {
    // --export-audio before "" wrote 177 WAV files wherever Attune was started.
    assertThrows(
        Arguments.UsageException.class, () -> Arguments.parse("--export-audio", "before", ""));
    assertThrows(Arguments.UsageException.class, () -> Arguments.parse("--export-csv", " "));
    assertThrows(Arguments.UsageException.class, () -> Arguments.parse("--report="));
    assertThrows(Arguments.UsageException.class, () -> Arguments.parse("--print-deck="));
  }

  @Test
  void aModeThatOnlyUpperCasesToAName_isRefused() {
    for (String mode : List.of("ſcanning", "dırect")) {
      assertThrows(Arguments.UsageException.class, () -> Arguments.parse("--mode", mode), mode);
    }
  }

  @Test
  void anEchoedValue_staysOnOneLine_andWhole() {
    assertEquals("a b", Arguments.shown("a\nb"));
    assertEquals(" [2J", Arguments.shown("\u001b[2J"));
    String emoji = "x".repeat(199) + "\ud83d\ude00";
    assertEquals("x".repeat(199) + "…", Arguments.shown(emoji));
  }
}
