package dev.attune.deck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Feeds the deck loader thousands of damaged decks, made by mutating the bundled ones. Whatever the
 * text, {@link DeckLoader#parse} must either return a deck or throw a {@link DeckException} whose
 * message starts with the file name: never another exception, never a hang.
 *
 * <p>Each case has its own seed ({@code SEED + case number}), so a failure names the seed that
 * reproduces it, and the input is minimised before it is reported.
 */
class DeckFuzzTest {
  static final long SEED = 20261125L;
  static final int CASES = 10_000;

  /**
   * Bugs this test found in the deck loader, still open, each with its smallest input. They are
   * tolerated, by exact signature, so the build passes until they are fixed; any other escape fails
   * the test. When one is fixed, delete its entry: the fuzzing then guards it.
   *
   * <ol>
   *   <li>Deep nesting overflows the stack in SnakeYAML's recursive composer: {@code
   *       "[".repeat(2000)}, or {@code "- ".repeat(2000) + "x"}. 1,000 levels still work.
   *   <li>A prompt without an id (or with {@code id: ''}) and no other problem reaches the {@code
   *       Prompt} constructor, which throws: {@code "id: before\ntitle: T\nprompts:\n - text: H\n
   *       options:\n - {id: c, label: C, phrase: c}\n"}. {@code readPrompt} counts its problems
   *       only after reading the id.
   *   <li>SnakeYAML's reader fails when a character outside the Basic Multilingual Plane (an emoji)
   *       starts at char 1024, straddling its buffer: {@code "#" + "a".repeat(1023) +
   *       "\uD83D\uDE00"}.
   * </ol>
   */
  static final Map<String, String> KNOWN_BUGS = Map.of();

  /** Characters and fragments that mean something to YAML, or to text handling in general. */
  static final List<String> SPECIAL =
      List.of(
          ":",
          ": ",
          "- ",
          "-",
          "? ",
          "?",
          ",",
          "[",
          "]",
          "{",
          "}",
          "#",
          "&a ",
          "*a",
          "&",
          "*",
          "!",
          "!!str ",
          "!!map ",
          "!!binary ",
          "!<tag:x> ",
          "!foo ",
          "|",
          "|-",
          ">",
          ">+",
          "'",
          "\"",
          "\\",
          "%",
          "%YAML 1.2\n",
          "%TAG ! tag:x:\n",
          "---\n",
          "...\n",
          "@",
          "`",
          "\t",
          "\r",
          "\r\n",
          "\n",
          " ",
          "\u0000",
          "\u0007",
          "\u0085",
          "\u00a0",
          "\u2028",
          "\ufeff",
          "\ufffe",
          "\ud800",
          "\udc00",
          "\ud83d\ude00",
          "\u202e",
          "ß",
          "İ",
          "ı",
          "\u0301",
          "<<: *a\n",
          "~",
          "null",
          "true",
          "no",
          "0x1F",
          "0o17",
          ".nan",
          "-.inf",
          "1e400",
          "99999999999999999999",
          "-2147483649",
          "2147483648",
          "{{who}}",
          "{choices",
          "{x}");

  @Test
  @Timeout(value = 120, unit = TimeUnit.SECONDS)
  void mutatedDecks_onlyEverFailWithADeckExceptionNamingTheFile() throws Exception {
    Map<String, String> decks = new LinkedHashMap<>();
    for (String name : DeckLoader.BUNDLED) {
      decks.put(name + ".yaml", bundled(name));
    }
    List<String> names = new ArrayList<>(decks.keySet());
    DeckLoader loader = new DeckLoader();
    Map<String, String> failures = new LinkedHashMap<>();
    int parsed = 0;
    for (int n = 0; n < CASES; n++) {
      long seed = SEED + n;
      Random random = new Random(seed);
      String file = names.get(random.nextInt(names.size()));
      String text = mutate(decks.get(file), random);
      String problem = problem(loader, text, file);
      if (problem == null) {
        if (n % 10 == 0 && loads(loader, text, file)) {
          parsed++;
        }
      } else {
        String kind = problem.lines().findFirst().orElse(problem).replaceAll("\\d+", "N");
        if (!failures.containsKey(kind)) {
          failures.put(
              kind,
              "seed "
                  + seed
                  + " ("
                  + file
                  + "), minimised input:\n"
                  + minimise(loader, text, file, problem)
                  + "\n"
                  + problem);
        }
      }
    }
    if (!failures.isEmpty()) {
      fail(failures.size() + " kinds of failure:\n\n" + String.join("\n\n", failures.values()));
    }
    // Most mutations must break the deck, or the fuzzing exercises nothing but the happy path
    // (counted on every tenth case, to save parsing each twice).
    assertTrue(parsed < CASES / 20, parsed + " of " + CASES / 10 + " sampled mutants still parsed");
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void handMadeNastyInputs_failWithADeckExceptionNamingTheFile() {
    DeckLoader loader = new DeckLoader();
    List<String> inputs = new ArrayList<>();
    inputs.add("");
    inputs.add("---");
    inputs.add("\u0000");
    inputs.add("\ud800");
    inputs.add("\ufeff");
    inputs.add("id: before\ntitle: \u0000\nprompts: []");
    inputs.add("[".repeat(10_000));
    inputs.add("- ".repeat(5_000) + "x");
    inputs.add("a:\n" + nestedMapping(2_000));
    inputs.add("&a [*a]");
    inputs.add("&a {x: *a}");
    inputs.add("id: before\ntitle: T\nprompts: &p\n  - *p");
    inputs.add(billionLaughs());
    // Just over SnakeYAML's default limit of 3 MiB code points.
    inputs.add("x".repeat(3 * 1024 * 1024 + 16));
    inputs.add(
        "id: before\ntitle: T\nprompts:\n  - id: breathe\n    text: Breathe\n"
            + "    exercise: breathing\n    rounds: 99999999999999999999\n    inhale: -1\n");
    inputs.add("id: before\ntitle: T\nprompts:\n  - {id: p, text: T, options: [{<<: *x}]}");
    inputs.add("? [a, b]\n: c\n");
    inputs.add("%YAML 9.9\n---\nid: before");
    inputs.add("!!binary x: y");
    for (String input : inputs) {
      String problem = problem(loader, input, "before.yaml");
      assertEquals(
          null,
          problem,
          () -> "input starting " + Arrays.toString(input.chars().limit(40).toArray()));
    }
  }

  /** Whether {@code text} loaded as a deck. */
  static boolean loads(DeckLoader loader, String text, String file) {
    try {
      loader.parse(text, file);
      return true;
    } catch (DeckException | RuntimeException | StackOverflowError e) {
      return false;
    }
  }

  /**
   * Parses {@code text}; returns null when it loads or fails as promised (or as a known bug), else
   * what went wrong.
   */
  static String problem(DeckLoader loader, String text, String file) {
    try {
      loader.parse(text, file);
      return null;
    } catch (DeckException e) {
      return e.getMessage().startsWith(file)
          ? null
          : "DeckException not starting with " + file + ": " + e.getMessage();
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
      StringWriter trace = new StringWriter();
      e.printStackTrace(new PrintWriter(trace));
      String stack = trace.toString();
      for (Map.Entry<String, String> bug : KNOWN_BUGS.entrySet()) {
        if (stack.startsWith(bug.getKey()) && stack.contains(bug.getValue())) {
          return null;
        }
      }
      return stack.lines().limit(14).collect(Collectors.joining("\n"));
    }
  }

  /** Removes lines, then characters, while the same kind of failure remains. */
  static String minimise(DeckLoader loader, String text, String file, String problem) {
    String kind = problem.lines().findFirst().orElse(problem);
    Predicate<String> same =
        candidate -> {
          String p = problem(loader, candidate, file);
          return p != null && p.lines().findFirst().orElse(p).equals(kind);
        };
    List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
    for (int i = lines.size() - 1; i >= 0; i--) {
      List<String> fewer = new ArrayList<>(lines);
      fewer.remove(i);
      if (same.test(String.join("\n", fewer))) {
        lines = fewer;
      }
    }
    String small = String.join("\n", lines);
    for (int i = small.length() - 1; i >= 0 && small.length() < 400; i--) {
      String shorter = small.substring(0, i) + small.substring(i + 1);
      if (same.test(shorter)) {
        small = shorter;
      }
    }
    return small;
  }

  static String mutate(String deck, Random random) {
    String text = deck;
    int times = 1 + random.nextInt(4);
    for (int i = 0; i < times; i++) {
      text = mutateOnce(text, random);
    }
    return text;
  }

  private static String mutateOnce(String text, Random random) {
    List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
    int line = random.nextInt(lines.size());
    int at = text.isEmpty() ? 0 : random.nextInt(text.length() + 1);
    switch (random.nextInt(13)) {
      case 0:
        lines.remove(line);
        return String.join("\n", lines);
      case 1:
        lines.add(line, lines.get(line));
        return String.join("\n", lines);
      case 2:
        {
          int other = random.nextInt(lines.size());
          String swap = lines.get(line);
          lines.set(line, lines.get(other));
          lines.set(other, swap);
          return String.join("\n", lines);
        }
      case 3:
        if (text.isEmpty()) {
          return text;
        }
        at = Math.min(at, text.length() - 1);
        return text.substring(0, at) + (char) random.nextInt(0x3000) + text.substring(at + 1);
      case 4:
        return text.substring(0, at);
      case 5:
        return text.substring(0, at) + pick(SPECIAL, random) + text.substring(at);
      case 6:
        return anchorsAndAliases(lines, line, random);
      case 7:
        {
          // Now and then deep enough to have overflowed the stack (known bug 1).
          int depth = 1 + random.nextInt(random.nextInt(8) == 0 ? 2500 : 60);
          String open = random.nextBoolean() ? "[" : "{a: ";
          return text.substring(0, at) + open.repeat(depth) + text.substring(at);
        }
      case 8:
        return text.replaceAll(
            "\\b\\d+\\b",
            pick(List.of("99999999999999999999", "-1", "0", "1e400", "0x7fffffff"), random));
      case 9:
        lines.set(line, lines.get(line).replaceFirst("^ +", "\t"));
        return String.join("\n", lines);
      case 10:
        {
          StringBuilder s = new StringBuilder();
          for (int k = random.nextInt(8); k >= 0; k--) {
            s.appendCodePoint(random.nextInt(0x110000));
          }
          return text.substring(0, at) + s + text.substring(at);
        }
      case 11:
        lines.set(line, " ".repeat(random.nextInt(9)) + lines.get(line).strip());
        return String.join("\n", lines);
      default:
        lines.set(
            line,
            lines
                .get(line)
                .replaceFirst(
                    "[a-z_]+:",
                    pick(
                        List.of(
                            "id:",
                            "text:",
                            "options:",
                            "when:",
                            "for:",
                            "multi:",
                            "exercise:",
                            "private:",
                            "is:",
                            "not:",
                            "prompt:",
                            "rounds:",
                            "board:",
                            "signals:",
                            "zzz:",
                            "<<:"),
                        random)));
        return String.join("\n", lines);
    }
  }

  /** Puts an anchor on one line's value and aliases to it elsewhere, or a recursive one. */
  private static String anchorsAndAliases(List<String> lines, int line, Random random) {
    String name = "n" + random.nextInt(3);
    String target = lines.get(line);
    int colon = target.indexOf(": ");
    if (colon > 0) {
      lines.set(
          line, target.substring(0, colon + 2) + "&" + name + " " + target.substring(colon + 2));
    }
    for (int k = random.nextInt(4); k >= 0; k--) {
      int other = random.nextInt(lines.size());
      String o = lines.get(other);
      int c = o.indexOf(": ");
      if (c > 0) {
        lines.set(other, o.substring(0, c + 2) + "*" + name);
      } else if (o.strip().startsWith("- ")) {
        lines.set(other, o.substring(0, o.indexOf("- ") + 2) + "*" + name);
      }
    }
    return String.join("\n", lines);
  }

  private static String pick(List<String> from, Random random) {
    return from.get(random.nextInt(from.size()));
  }

  private static String nestedMapping(int depth) {
    StringBuilder s = new StringBuilder();
    for (int i = 1; i <= depth; i++) {
      s.append(" ".repeat(i)).append("a:\n");
    }
    return s.toString();
  }

  private static String billionLaughs() {
    StringBuilder s =
        new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
    char previous = 'a';
    for (char c = 'b'; c <= 'j'; c++) {
      s.append(c).append(": &").append(c).append(" [");
      for (int i = 0; i < 9; i++) {
        s.append(i > 0 ? "," : "").append('*').append(previous);
      }
      s.append("]\n");
      previous = c;
    }
    s.append("id: before\ntitle: T\nprompts: *j\n");
    return s.toString();
  }

  private static String bundled(String name) throws Exception {
    try (InputStream in =
        DeckFuzzTest.class.getResourceAsStream("/dev/attune/decks/" + name + ".yaml")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
