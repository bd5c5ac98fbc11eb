package dev.attune.session;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A check-in that stopped part way (Attune was closed by a crash or a power cut): enough to carry
 * on where it stopped.
 *
 * @param personIds the people in turn order
 * @param answers what was already said, in the order it was said
 */
public record Unfinished(
    String checkInId,
    String deckId,
    Instant startedAt,
    List<Long> personIds,
    List<Answer> answers) {

  public Unfinished {
    Objects.requireNonNull(checkInId, "checkInId");
    Objects.requireNonNull(deckId, "deckId");
    Objects.requireNonNull(startedAt, "startedAt");
    personIds = List.copyOf(personIds);
    answers = List.copyOf(answers);
  }

  /**
   * One saved answer.
   *
   * @param personId a person's id or {@link Journal#TOGETHER}
   */
  public record Answer(long personId, String promptId, List<String> optionIds) {
    public Answer {
      optionIds = List.copyOf(optionIds);
    }
  }
}
