package dev.attune.report;

import dev.attune.deck.Deck;
import dev.attune.deck.Option;
import dev.attune.deck.Prompt;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The words of the decks: prompt texts and option labels, by id. */
final class Labels {
  /** The option ids the engine adds, and what they are called. */
  private static final Map<String, String> BUILT_IN =
      Map.of(
          "skip", "Skip",
          "not_today", "Not today",
          "start", "Start",
          "done", "Done",
          "ready", "Ready");

  /** Private-round answers: never written, whatever a deck says. */
  static final Set<String> PRIVATE_OPTIONS = Set.of("yes", "maybe", "no");

  private final Map<String, Deck> decks = new HashMap<>();

  Labels(Collection<Deck> decks) {
    for (Deck deck : decks) {
      this.decks.put(deck.id(), deck);
    }
  }

  Optional<Prompt> prompt(String deckId, String promptId) {
    return Optional.ofNullable(decks.get(deckId)).flatMap(d -> d.prompt(promptId));
  }

  /** Whether an answer may appear in an export: never one of the private round. */
  boolean shareable(String deckId, String promptId, String optionId) {
    if (PRIVATE_OPTIONS.contains(optionId)) {
      return false;
    }
    return prompt(deckId, promptId).map(p -> p.kind() != Prompt.Kind.PRIVATE).orElse(true);
  }

  String promptText(String deckId, String promptId) {
    return prompt(deckId, promptId).map(Prompt::text).orElse("");
  }

  /** The option's label; the id itself when no deck knows it. */
  String option(String deckId, String promptId, String optionId) {
    String builtIn = BUILT_IN.get(optionId);
    if (builtIn != null) {
      return builtIn;
    }
    return prompt(deckId, promptId)
        .flatMap(p -> p.option(optionId))
        .map(Option::label)
        .orElse(optionId);
  }

  /** Labels for several options, joined for one table cell. */
  String options(String deckId, String promptId, List<String> optionIds) {
    return String.join(", ", optionIds.stream().map(id -> option(deckId, promptId, id)).toList());
  }
}
