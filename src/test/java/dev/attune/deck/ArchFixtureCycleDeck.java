package dev.attune.deck;

import dev.attune.yaml.ArchFixtureCycleYaml;

/**
 * Starts a cycle between the top packages: {@code deck} uses {@code yaml}, which uses a sub-package
 * of {@code deck} ({@link dev.attune.deck.parts.ArchFixtureCyclePart}). Only the top-package slices
 * see this cycle; package by package there is none.
 */
public final class ArchFixtureCycleDeck {
  private ArchFixtureCycleDeck() {}

  public static ArchFixtureCycleYaml yaml() {
    return null;
  }
}
