package dev.attune.yaml;

/** A file that is not usable YAML, at a 1-based line (0 when the line is unknown). */
public final class YamlProblem extends Exception {
  private static final long serialVersionUID = 1L;

  private final int line;

  public YamlProblem(int line, String message) {
    super(message);
    this.line = line;
  }

  public int line() {
    return line;
  }
}
