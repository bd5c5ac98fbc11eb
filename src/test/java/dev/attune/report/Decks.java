package dev.attune.report;

import dev.attune.deck.Deck;
import dev.attune.deck.DeckException;
import dev.attune.deck.DeckLoader;
import java.util.ArrayList;
import java.util.List;

/** The bundled decks, for the report tests. */
final class Decks {
  private Decks() {}

  static List<Deck> bundled() {
    List<Deck> decks = new ArrayList<>();
    try {
      for (String name : DeckLoader.BUNDLED) {
        decks.add(new DeckLoader().bundled(name));
      }
    } catch (DeckException e) {
      throw new AssertionError(e);
    }
    return decks;
  }
}
