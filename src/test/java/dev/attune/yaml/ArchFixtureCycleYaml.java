package dev.attune.yaml;

import dev.attune.deck.parts.ArchFixtureCyclePart;

/** The middle of the cycle {@link dev.attune.deck.ArchFixtureCycleDeck} starts. */
public final class ArchFixtureCycleYaml {
  private ArchFixtureCycleYaml() {}

  public static ArchFixtureCyclePart part() {
    return null;
  }
}
