package dev.attune.deck;

import java.util.Collection;
import java.util.Objects;
import java.util.Set;

/**
 * Asks a prompt only when an earlier answer of the same person matches.
 *
 * @param promptId the earlier prompt
 * @param optionIds the options tested
 * @param negated {@code false}: holds when one of the options was chosen; {@code true}: holds when
 *     none of them was (a skipped prompt holds here)
 */
public record Condition(String promptId, Set<String> optionIds, boolean negated) {

  public Condition {
    Ids.require(promptId, "condition prompt");
    optionIds = Set.copyOf(optionIds);
    if (optionIds.isEmpty()) {
      throw new IllegalArgumentException("a condition needs at least one option");
    }
  }

  /**
   * @param chosen the option ids the person chose for {@link #promptId}; empty when skipped or not
   *     asked
   */
  public boolean holds(Collection<String> chosen) {
    Objects.requireNonNull(chosen, "chosen");
    boolean any = chosen.stream().anyMatch(optionIds::contains);
    return negated != any;
  }
}
