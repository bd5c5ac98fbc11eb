package dev.attune.deck.parts;

/** The end of the cycle {@link dev.attune.deck.ArchFixtureCycleDeck} starts: back in deck. */
public final class ArchFixtureCyclePart {
  private ArchFixtureCyclePart() {}
}
