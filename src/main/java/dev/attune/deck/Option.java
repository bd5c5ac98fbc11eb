package dev.attune.deck;

import java.util.Objects;

/**
 * One answer to a prompt.
 *
 * @param id stable id, unique within its prompt
 * @param label what the button shows and the voice reads
 * @param phrase what the summary says for it; empty to say nothing
 * @param say what is spoken when it is chosen; defaults to the label
 * @param exclusive in a multi-select prompt, choosing it clears the others
 */
public record Option(String id, String label, String phrase, String say, boolean exclusive) {

  public Option {
    Ids.require(id, "option id");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(phrase, "phrase");
    say = say == null || say.isBlank() ? label : say;
    if (label.isBlank()) {
      throw new IllegalArgumentException("option " + id + " needs a label");
    }
  }
}
