package dev.attune.session;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Where check-ins are written down the moment something is said. Implementations may block on disk,
 * so callers outside tests run them off the Event Dispatch Thread. Implementations never lose a
 * call: each one is committed before the next is taken.
 */
public interface Journal {

  /** Person id used for answers given together, for the couple. */
  long TOGETHER = 0;

  /** Saves a setting (how Attune looks and sounds); never an answer. */
  void setting(String key, String value);

  /** Saves a person, new or changed. */
  void person(Person person, Instant at);

  /** A check-in has started; it belongs to the night of {@code at}. */
  void begin(String checkInId, String deckId, List<Person> people, Instant at);

  /**
   * Records an answer, replacing an earlier answer of the same person to the same prompt.
   *
   * @param personId a person's id, or {@link #TOGETHER}
   * @param optionIds the chosen option ids, possibly {@code skip}, {@code not_today}, {@code
   *     start}, {@code yes}, {@code maybe} or {@code no}; empty while a multi-select has nothing
   *     chosen yet
   */
  void answer(String checkInId, long personId, String promptId, List<String> optionIds, Instant at);

  /**
   * Keeps what a private round came to, and nothing of what anyone answered in it: for each private
   * prompt asked, one of {@link PrivateRound#BOTH_YES}, {@link PrivateRound#TALK} or {@link
   * PrivateRound#NO_MATCH}, saved together in one go as answers of {@link #TOGETHER}. Individual
   * private answers are never given to a journal.
   */
  default void settle(String checkInId, Map<String, String> outcomes, Instant at) {
    outcomes.forEach(
        (prompt, outcome) -> answer(checkInId, TOGETHER, prompt, List.of(outcome), at));
  }

  /** Removes an answer that was undone with Back. */
  void withdraw(String checkInId, long personId, String promptId);

  /** The check-in ended. */
  void finish(String checkInId, Outcome outcome, Instant at);

  /** A pause-board signal was given; it belongs to the night of {@code at}. */
  void signal(String signalId, Instant at);

  /** A next-day follow-up belongs to the night of the After check-in it follows. */
  void follows(String checkInId, String afterCheckInId);

  /** Writes nothing: for summaries of answers that are already saved. */
  final class Null implements Journal {
    @Override
    public void setting(String key, String value) {}

    @Override
    public void person(Person person, Instant at) {}

    @Override
    public void begin(String checkInId, String deckId, List<Person> people, Instant at) {}

    @Override
    public void answer(
        String checkInId, long personId, String promptId, List<String> optionIds, Instant at) {}

    @Override
    public void withdraw(String checkInId, long personId, String promptId) {}

    @Override
    public void finish(String checkInId, Outcome outcome, Instant at) {}

    @Override
    public void signal(String signalId, Instant at) {}

    @Override
    public void follows(String checkInId, String afterCheckInId) {}
  }
}
