package dev.attune.deck;

import dev.attune.yaml.FileProblems;
import java.util.List;

/**
 * A deck file that cannot be used. The message names the file, each line and what is wrong, so the
 * person editing it can fix it.
 */
public final class DeckException extends FileProblems {
  private static final long serialVersionUID = 1L;

  public DeckException(String file, List<Problem> problems) {
    super(file, problems);
  }
}
