package dev.attune.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every word a person reads or hears in {@code ui} comes from {@code Messages.properties}, and
 * nothing acts on a label's text: a test fails on a hard-coded sentence, label or word in a screen.
 */
class WordsTest {
  private static final Path UI = Path.of("src/main/java/dev/attune/ui");

  /** Literals that are words to a person: two words, a capitalised word, or an ellipsis. */
  private static final Pattern WORDS =
      Pattern.compile("[A-Za-z]{2,}[,.:;!?]* +[A-Za-z]{2,}|^[A-Z][a-z]+$|…");

  /** Not words for people: date patterns, key names, Swing property names, HTML, a log's glue. */
  private static final Set<String> TECHNICAL =
      Set.of(
          "HH:mm",
          "EEE d MMM",
          "MMM yyyy",
          "d MMM",
          "ESCAPE",
          "SPACE",
          "ENTER",
          "released SPACE",
          "ESCAPE ctrl CONTROL",
          "ctrl CONTROL",
          "Panel.background",
          "option dim",
          "<html><div style='text-align:center'>",
          "<html><div style='width:%dpx'>%s</div></html>",
          "</div></html>",
          "; caused by ");

  private static final Pattern LITERAL = Pattern.compile("\"((?:\\\\.|[^\"\\\\])*)\"");

  /** Code without its comments, keeping line breaks so a finding names its line. */
  static String code(String source) {
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < source.length()) {
      char c = source.charAt(i);
      if (c == '"') {
        int end = i + 1;
        while (end < source.length() && source.charAt(end) != '"') {
          end += source.charAt(end) == '\\' ? 2 : 1;
        }
        out.append(source, i, Math.min(source.length(), end + 1));
        i = end + 1;
      } else if (source.startsWith("//", i)) {
        while (i < source.length() && source.charAt(i) != '\n') {
          i++;
        }
      } else if (source.startsWith("/*", i)) {
        int end = source.indexOf("*/", i + 2);
        end = end < 0 ? source.length() : end + 2;
        source.substring(i, end).chars().filter(ch -> ch == '\n').forEach(ch -> out.append('\n'));
        i = end;
      } else {
        out.append(c);
        i++;
      }
    }
    return out.toString();
  }

  /** Hard-coded words in {@code source}, each as "line: literal". */
  static List<String> hardCoded(String source) {
    String code = code(source);
    List<String> found = new ArrayList<>();
    Matcher m = LITERAL.matcher(code);
    while (m.find()) {
      String literal = m.group(1);
      if (!WORDS.matcher(literal).find() || TECHNICAL.contains(literal)) {
        continue;
      }
      int from = Math.max(code.lastIndexOf(';', m.start()), code.lastIndexOf('{', m.start()));
      int to = code.indexOf(';', m.end());
      String statement = code.substring(from + 1, to < 0 ? code.length() : to);
      // Words for developers: a log line, or a fault a person never sees.
      if (statement.contains("LOG.")
          || statement.contains("throw new")
          || statement.contains("Exception(")
          || statement.contains("super(")) {
        continue;
      }
      long line = code.substring(0, m.start()).chars().filter(ch -> ch == '\n').count() + 1;
      found.add(line + ": " + literal);
    }
    return found;
  }

  /** Code that acts on what a label says, instead of on what the button is. */
  private static final Pattern BRANCHES_ON_WORDS =
      Pattern.compile(
          "label\\(\\)\\s*\\.(equals|startsWith|contains)\\(|\\.equals\\(Messages\\.get\\(");

  @Test
  void noScreenHoldsItsOwnWords_andNothingActsOnALabelsText() throws IOException {
    List<String> found = new ArrayList<>();
    try (Stream<Path> files = Files.walk(UI)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        String source = Files.readString(file);
        hardCoded(source).forEach(f -> found.add(UI.relativize(file) + ":" + f));
        Matcher branch = BRANCHES_ON_WORDS.matcher(code(source));
        while (branch.find()) {
          found.add(UI.relativize(file) + ": acts on a label's text: " + branch.group());
        }
      }
    }
    assertEquals(List.of(), found, "put these words in Messages.properties");
  }

  /** A key written out whole (a key built from parts, like "home." + entry, is left out). */
  private static final Pattern KEY =
      Pattern.compile("Messages\\.(?:get|format)\\(\\s*\"([^\"]+)\"\\s*[,)]");

  @Test
  void everyKeyAScreenAsksFor_isInTheBundle() throws IOException {
    java.util.ResourceBundle bundle =
        java.util.ResourceBundle.getBundle("dev.attune.ui.Messages", java.util.Locale.ROOT);
    List<String> missing = new ArrayList<>();
    int keys = 0;
    try (Stream<Path> files = Files.walk(UI)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        Matcher key = KEY.matcher(code(Files.readString(file)));
        while (key.find()) {
          keys++;
          if (!bundle.containsKey(key.group(1))) {
            missing.add(UI.relativize(file) + ": " + key.group(1));
          }
        }
      }
    }
    assertTrue(keys > 200, "keys found: " + keys);
    assertEquals(List.of(), missing);
  }

  @Test
  void aWordInAScreen_isFound_butALogLineAndAFaultAreNot() {
    String screen =
        """
        class A {
          // "Comments may say Anything at all."
          String title() {
            return "Just me, with pelvic pain";
          }
          String key() {
            return Messages.get("setup.me");
          }
          void log() {
            LOG.warning("saving failed: " + where);
          }
          void fault() {
            throw new IllegalStateException("focus is not a button");
          }
          String more() {
            return "More…";
          }
          String name() {
            return "Tools";
          }
        }
        """;
    assertEquals(
        List.of("4: Just me, with pelvic pain", "16: More…", "19: Tools"), hardCoded(screen));
    assertTrue(
        BRANCHES_ON_WORDS.matcher("if (label().equals(\"Voice\"))").find(),
        "a branch on a label's text is found");
  }
}
