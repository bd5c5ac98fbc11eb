package dev.attune.ui.history;

import dev.attune.deck.Deck;
import dev.attune.session.PeopleBook;
import dev.attune.ui.kit.Background;
import dev.attune.ui.kit.Screens;
import java.time.Clock;
import java.util.Map;

/**
 * What History's screens are given: the window's screens and background work, what has been
 * recorded, the decks (to name what was said), the clock (to name the day) and who uses Attune (to
 * delete one of them).
 */
public record HistoryArea(
    Screens screens,
    Background background,
    HistorySource source,
    Map<String, Deck> decks,
    Clock clock,
    PeopleBook people) {
  public HistoryArea {
    decks = Map.copyOf(decks);
  }
}
