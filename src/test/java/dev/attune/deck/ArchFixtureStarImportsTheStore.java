package dev.attune.deck;

import dev.attune.store.*;

/**
 * Breaks the layering: {@code deck} reaching up into {@code store}, through a star import. The old
 * regex test looked for {@code dev.attune.store.SomeClass} in the text and never saw this.
 */
public final class ArchFixtureStarImportsTheStore {
  private ArchFixtureStarImportsTheStore() {}

  public static String file(Database database) {
    return database.file().toString();
  }
}
