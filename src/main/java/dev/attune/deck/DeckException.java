package dev.attune.deck;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A deck file that cannot be used. The message names the file, each line and what is wrong, so the
 * person editing it can fix it.
 */
public final class DeckException extends Exception {
  private static final long serialVersionUID = 1L;

  /** One thing wrong, at a 1-based line (0 when the line is unknown). */
  public record Problem(int line, String message) {
    @Override
    public String toString() {
      return line > 0 ? "line " + line + ": " + message : message;
    }
  }

  private final String file;
  private final transient List<Problem> problems;

  public DeckException(String file, List<Problem> problems) {
    super(describe(file, problems));
    this.file = file;
    this.problems = List.copyOf(problems);
  }

  public String file() {
    return file;
  }

  public List<Problem> problems() {
    return problems;
  }

  private static String describe(String file, List<Problem> problems) {
    if (problems.size() == 1) {
      return file + ", " + problems.get(0);
    }
    return file
        + " has "
        + problems.size()
        + " problems:\n"
        + problems.stream().map(p -> "  " + p).collect(Collectors.joining("\n"));
  }
}
