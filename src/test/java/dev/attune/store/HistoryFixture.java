package dev.attune.store;

import dev.attune.deck.Deck;
import dev.attune.deck.DeckException;
import dev.attune.deck.DeckLoader;
import java.util.ArrayList;
import java.util.List;

/** The bundled decks, loaded once for the history tests. */
final class HistoryFixture {
  private HistoryFixture() {}

  static List<Deck> decks() {
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
