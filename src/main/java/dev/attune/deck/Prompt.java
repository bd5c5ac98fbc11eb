package dev.attune.deck;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One question of a deck.
 *
 * @param summary sentence template for the summary, empty when the prompt is left out of it
 * @param phrase for private prompts, what the thing asked about is called in the summary
 * @param exercise present for a spoken exercise, which has no options of its own
 * @param help an extra sentence spoken on request, possibly empty
 * @param daily changes from day to day (pain now, mood): asked even when the rest is "same as last
 *     time"
 */
public record Prompt(
    String id,
    String text,
    Audience audience,
    Kind kind,
    List<Option> options,
    boolean multi,
    String summary,
    Optional<Condition> when,
    String phrase,
    Optional<Exercise> exercise,
    String help,
    boolean daily) {

  /** What sort of answer a prompt takes. */
  public enum Kind {
    /** Options from the deck, one or several. */
    CHOICE,
    /** Yes, maybe or no, answered alone; only mutual yes is told. */
    PRIVATE,
    /** A spoken exercise, started or skipped. */
    EXERCISE
  }

  public Prompt {
    Ids.require(id, "prompt id");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(audience, "audience");
    Objects.requireNonNull(kind, "kind");
    options = List.copyOf(options);
    summary = summary == null ? "" : summary;
    Objects.requireNonNull(when, "when");
    phrase = phrase == null ? "" : phrase;
    Objects.requireNonNull(exercise, "exercise");
    help = help == null ? "" : help;
    if (kind == Kind.CHOICE && options.isEmpty()) {
      throw new IllegalArgumentException("prompt " + id + " needs options");
    }
    if (kind == Kind.EXERCISE && exercise.isEmpty()) {
      throw new IllegalArgumentException("prompt " + id + " needs an exercise");
    }
  }

  public Optional<Option> option(String optionId) {
    return options.stream().filter(o -> o.id().equals(optionId)).findFirst();
  }
}
