package dev.attune.session;

import dev.attune.deck.Option;
import java.util.Objects;

/**
 * One button of a step: a deck option or one the engine adds.
 *
 * @param id the option id saved as the answer
 * @param label shown and spoken
 */
public record Choice(String id, String label, Kind kind) {

  /** Where a choice comes from and what choosing it does. */
  public enum Kind {
    OPTION,
    DONE,
    SKIP,
    NOT_TODAY,
    YES,
    MAYBE,
    NO,
    START,
    READY
  }

  public static final String SKIP_ID = "skip";
  public static final String NOT_TODAY_ID = "not_today";
  public static final String DONE_ID = "done";

  public Choice {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(kind, "kind");
  }

  static Choice of(Option option) {
    return new Choice(option.id(), option.label(), Kind.OPTION);
  }
}
