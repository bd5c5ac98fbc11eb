package dev.attune.deck;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A check-in: an ordered list of prompts, or, for a board, a set of signals.
 *
 * @param source where it was loaded from, for messages
 */
public record Deck(
    String id,
    String title,
    String intro,
    String closing,
    boolean board,
    List<Prompt> prompts,
    List<Option> signals,
    String source) {

  public Deck {
    Ids.require(id, "deck id");
    Objects.requireNonNull(title, "title");
    intro = intro == null ? "" : intro;
    closing = closing == null ? "" : closing;
    prompts = List.copyOf(prompts);
    signals = List.copyOf(signals);
    source = source == null ? id : source;
  }

  public Optional<Prompt> prompt(String promptId) {
    return prompts.stream().filter(p -> p.id().equals(promptId)).findFirst();
  }
}
