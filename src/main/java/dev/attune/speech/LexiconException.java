package dev.attune.speech;

import java.util.List;

/**
 * A pronunciation lexicon file that cannot be used. The message names the file, each line, what is
 * wrong and what to write instead.
 */
public final class LexiconException extends Exception {
  private static final long serialVersionUID = 1L;

  private final String file;
  private final transient List<FileProblem> problems;

  LexiconException(String file, List<FileProblem> problems) {
    super(FileProblem.describe(file, problems));
    this.file = file;
    this.problems = List.copyOf(problems);
  }

  public String file() {
    return file;
  }

  /** The line of the first problem, 1-based; 0 when unknown. */
  public int line() {
    return problems.get(0).line();
  }

  /** Each problem as "line N: what is wrong". */
  public List<String> problems() {
    return problems.stream().map(FileProblem::toString).toList();
  }
}
