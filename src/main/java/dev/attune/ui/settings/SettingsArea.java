package dev.attune.ui.settings;

import dev.attune.deck.Deck;
import dev.attune.session.PeopleBook;
import dev.attune.ui.history.HistorySource;
import dev.attune.ui.kit.Background;
import dev.attune.ui.kit.Screens;
import dev.attune.ui.lock.Locking;
import dev.attune.ui.lock.Passphrases;
import java.util.Map;

/**
 * What Settings and the screens behind it are given: the window's screens and background work, the
 * preferences, the passphrase, who uses Attune (names), the backups and the export (restore, export
 * first), recordings of a person's own voice, and the decks (what can be recorded).
 */
public record SettingsArea(
    Screens screens,
    Background background,
    Tuning tuning,
    Locking locking,
    PeopleBook people,
    Passphrases passphrases,
    HistorySource history,
    OwnVoice ownVoice,
    Map<String, Deck> decks) {
  public SettingsArea {
    decks = Map.copyOf(decks);
  }
}
