package dev.attune;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.attune.yaml.FileProblems;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the property tests ask of every message a parser gives a person: plain words (no exception
 * class, no library name, no stack), the file it is about, and no more than {@value #MAX_ECHO}
 * characters of what was in the file or on the command line.
 */
public final class PlainMessages {
  private PlainMessages() {}

  /** The most characters of a value a message may echo. */
  public static final int MAX_ECHO = 200;

  /** A quote or two, and an ellipsis, may stand next to an echoed value. */
  private static final int SLACK = 10;

  /** Most lines one message may have: a heading, the problems listed, and "and N more". */
  public static final int MAX_LINES = FileProblems.MAX_LISTED + 2;

  /** Longest line, so that a line is a sentence rather than a page: two echoed values and words. */
  public static final int MAX_LINE = 1000;

  private static final Pattern TECHNICAL =
      Pattern.compile(
          "[A-Za-z]*(Exception|Error)\\b|MalformedInput|YAMLException|SQLITE|snakeyaml|"
              + "\\bjava\\.[a-z]|\\borg\\.[a-z]|\\n\\s*at [a-z]+\\.");

  /**
   * A message in plain words: not blank, no exception or library name, at most {@link #MAX_LINES}
   * lines of at most {@link #MAX_LINE} characters, and no run of more than {@link #MAX_ECHO}
   * characters (and a quote or two) copied from {@code input} (when it is not null).
   */
  public static void assertPlain(String message, String input) {
    assertFalse(message == null || message.isBlank(), "a message says something");
    Matcher m = TECHNICAL.matcher(message);
    if (m.find()) {
      throw new AssertionError("the message names '" + m.group() + "': " + cut(message));
    }
    String[] lines = message.split("\n", -1);
    assertTrue(lines.length <= MAX_LINES, () -> lines.length + " lines: " + cut(message));
    for (String line : lines) {
      assertTrue(line.length() <= MAX_LINE, () -> "a line of " + line.length() + ": " + cut(line));
    }
    assertEchoesLittle(message, input);
  }

  /**
   * {@link #assertPlain}, and the message of a file that cannot be used starts with its name, as
   * "calm.yaml, line 3: ..." or "calm.yaml has 2 problems:".
   */
  public static void assertNamesFile(FileProblems e, String file, String input) {
    assertEquals(file, e.file());
    String message = e.getMessage();
    assertTrue(
        message.startsWith(file + ", ") || message.startsWith(file + " has "),
        () -> "the message starts with the file name " + file + ": " + cut(message));
    assertFalse(e.problems().isEmpty(), "a refusal lists what is wrong");
    for (FileProblems.Problem p : e.problems()) {
      assertPlain(p.message(), input);
      assertTrue(p.line() >= 0, "a line is 1-based, or 0 when unknown");
    }
    // The whole message is the file's name and the problems just checked: its echoes are theirs.
    assertPlain(message, null);
  }

  /**
   * No run of more than {@link #MAX_ECHO} characters (and a quote or two) of {@code input} in
   * {@code message}.
   */
  public static void assertEchoesLittle(String message, String input) {
    assertFalse(
        copies(message, input, MAX_ECHO + SLACK),
        () ->
            "the message echoes more than "
                + MAX_ECHO
                + " characters of the input: "
                + cut(message));
  }

  /**
   * Whether {@code message} has a run of more than {@code limit} characters that {@code input} has
   * too. Windows of {@code limit + 1} characters start every {@code SLACK} characters: a run is
   * certainly found once it is {@code limit + SLACK} long.
   */
  static boolean copies(String message, String input, int limit) {
    if (input == null) {
      return false;
    }
    for (int i = 0; i + limit + 1 <= message.length(); i += SLACK) {
      if (input.contains(message.substring(i, i + limit + 1))) {
        return true;
      }
    }
    return false;
  }

  /** A message as an assertion shows it. */
  public static String cut(String s) {
    return s.length() <= 600 ? s : s.substring(0, 600) + "... (" + s.length() + " chars)";
  }
}
