package dev.attune.speech;

import java.util.List;

/**
 * A voice profile file that cannot be used. The message names the file, the line and the problem,
 * e.g. "calm.yaml, line 3: rate must be between 80 and 260 words per minute, not 900".
 */
public final class VoiceProfileException extends Exception {
  private static final long serialVersionUID = 1L;

  private final String file;
  private final transient List<FileProblem> problems;

  VoiceProfileException(String file, List<FileProblem> problems) {
    super(FileProblem.describe(file, problems));
    this.file = file;
    this.problems = List.copyOf(problems);
  }

  VoiceProfileException(String file, int line, String problem) {
    this(file, List.of(new FileProblem(line, problem)));
  }

  /** The file name, without its directory. */
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
