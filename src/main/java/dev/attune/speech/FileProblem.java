package dev.attune.speech;

import java.util.List;
import java.util.stream.Collectors;

/**
 * One thing wrong in a voice file, at a 1-based line (0 when the line is unknown).
 *
 * @param message what is wrong and what to do; never contains prompt text
 */
record FileProblem(int line, String message) {

  @Override
  public String toString() {
    return line > 0 ? "line " + line + ": " + message : message;
  }

  /** "calm.yaml, line 3: ..." for one problem; a list under the file name for several. */
  static String describe(String file, List<FileProblem> problems) {
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
