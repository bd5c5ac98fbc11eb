package dev.attune.session;

import java.time.Instant;
import java.util.Objects;

/**
 * One chosen option as stored, for export. Rows of private-round prompts are never made.
 *
 * @param personId a person's id or {@link Journal#TOGETHER}
 */
public record AnswerRow(
    Instant answeredAt,
    long nightId,
    String checkInId,
    String deckId,
    long personId,
    String promptId,
    String optionId) {

  public AnswerRow {
    Objects.requireNonNull(answeredAt, "answeredAt");
    Objects.requireNonNull(checkInId, "checkInId");
    Objects.requireNonNull(deckId, "deckId");
    Objects.requireNonNull(promptId, "promptId");
    Objects.requireNonNull(optionId, "optionId");
  }
}
