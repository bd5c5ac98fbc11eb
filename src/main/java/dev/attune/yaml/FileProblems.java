package dev.attune.yaml;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A file a person edits (a deck, a voice profile, a lexicon) that cannot be used: the message names
 * the file, each line and what is wrong, so whoever edits it can fix it. Each package that reads
 * such files raises its own kind ({@code DeckException}, {@code VoiceFileException}); this is what
 * they share.
 */
public abstract class FileProblems extends Exception {
  private static final long serialVersionUID = 1L;

  /** One thing wrong, at a 1-based line (0 when the line is unknown). */
  public record Problem(int line, String message) {
    @Override
    public String toString() {
      return line > 0 ? "line " + line + ": " + message : message;
    }
  }

  /** Most problems a message lists; the rest are counted. */
  public static final int MAX_LISTED = 20;

  /** Most characters of a value from a file that a message repeats. */
  public static final int MAX_SHOWN = dev.attune.disk.Cause.SHOWN;

  private final String file;
  private final transient List<Problem> problems;

  protected FileProblems(String file, List<Problem> problems) {
    super(describe(file, problems));
    this.file = file;
    this.problems = List.copyOf(problems);
  }

  /** The file name, without its folder. */
  public String file() {
    return file;
  }

  public List<Problem> problems() {
    return problems;
  }

  /** The line of the first problem, 1-based; 0 when unknown. */
  public int line() {
    return problems.get(0).line();
  }

  /**
   * A value from a file as a message repeats it: on one line (line breaks and other control
   * characters become spaces) and cut to {@value #MAX_SHOWN} characters, never inside a surrogate
   * pair, so a pasted page or a binary file is not echoed back.
   */
  public static String shown(String value) {
    return dev.attune.disk.Cause.shown(value);
  }

  /**
   * "calm.yaml, line 3: ..." for one problem; a list under the file name for several, the first
   * {@value #MAX_LISTED} of them.
   */
  private static String describe(String file, List<Problem> problems) {
    if (problems.size() == 1) {
      return file + ", " + problems.get(0);
    }
    String more =
        problems.size() > MAX_LISTED
            ? "\n  and "
                + (problems.size() - MAX_LISTED)
                + " more. Fix these first; the rest may go with them."
            : "";
    return file
        + " has "
        + problems.size()
        + " problems:\n"
        + problems.stream().limit(MAX_LISTED).map(p -> "  " + p).collect(Collectors.joining("\n"))
        + more;
  }
}
