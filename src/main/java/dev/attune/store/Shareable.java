package dev.attune.store;

import dev.attune.deck.Deck;
import dev.attune.deck.Option;
import dev.attune.deck.Prompt;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Which stored answers may ever leave the check-in: everything except the private round. A prompt
 * is private when a loaded deck says so; the private round's own option ids (yes, maybe, no) are
 * left out as well, so answers to a private prompt that a changed deck no longer lists stay hidden.
 */
final class Shareable {
  /** The option ids only the private round gives. */
  static final Set<String> PRIVATE_OPTIONS = Set.of("yes", "maybe", "no");

  /** Option ids the engine adds that are not a wish to offer back. */
  static final Set<String> BUILT_IN = Set.of("skip", "not_today", "start", "done", "ready");

  private final Set<String> privatePrompts;
  private final Map<String, Deck> decks = new HashMap<>();

  Shareable(Collection<Deck> decks) {
    Set<String> hidden = new TreeSet<>();
    for (Deck deck : decks) {
      this.decks.put(deck.id(), deck);
      for (Prompt prompt : deck.prompts()) {
        if (prompt.kind() == Prompt.Kind.PRIVATE) {
          hidden.add(prompt.id());
        }
      }
    }
    this.privatePrompts = Set.copyOf(hidden);
  }

  /**
   * A SQL condition on the answer table under {@code alias}. Ids come from validated deck files
   * (letters, digits and underscores), so writing them into the SQL is safe.
   */
  String where(String alias) {
    return "("
        + alias
        + ".option_id NOT IN "
        + list(PRIVATE_OPTIONS)
        + (privatePrompts.isEmpty()
            ? ""
            : " AND " + alias + ".prompt_id NOT IN " + list(privatePrompts))
        + ")";
  }

  /**
   * A SQL condition on the answer table under {@code alias}: the answer is to a private prompt.
   * Uses the index on prompt ids, so it costs nothing on years of answers.
   */
  String privatePrompt(String alias) {
    return privatePrompts.isEmpty() ? "0" : alias + ".prompt_id IN " + list(privatePrompts);
  }

  boolean shareable(String promptId, String optionId) {
    return !privatePrompts.contains(promptId) && !PRIVATE_OPTIONS.contains(optionId);
  }

  Optional<Prompt> prompt(String deckId, String promptId) {
    return Optional.ofNullable(decks.get(deckId)).flatMap(d -> d.prompt(promptId));
  }

  /** Option ids in the order the deck lists them; unknown ones last, as given. */
  List<String> inDeckOrder(String deckId, String promptId, Collection<String> optionIds) {
    List<String> order =
        prompt(deckId, promptId)
            .map(p -> p.options().stream().map(Option::id).toList())
            .orElse(List.of());
    return optionIds.stream()
        .distinct()
        .sorted((a, b) -> Integer.compare(rank(order, a), rank(order, b)))
        .collect(Collectors.toList());
  }

  private static int rank(List<String> order, String id) {
    int i = order.indexOf(id);
    return i < 0 ? Integer.MAX_VALUE : i;
  }

  private static String list(Set<String> ids) {
    return ids.stream()
        .sorted()
        .map(id -> "'" + id.replace("'", "''") + "'")
        .collect(Collectors.joining(", ", "(", ")"));
  }
}
