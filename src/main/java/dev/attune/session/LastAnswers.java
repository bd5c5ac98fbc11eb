package dev.attune.session;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What was answered in one earlier check-in, for offering it back ("Same as last time?").
 * Private-round answers and the built-in skip, not today and start are never in here.
 *
 * @param answers person id (or {@link Journal#TOGETHER}) to prompt id to the chosen option ids, in
 *     the deck's order
 */
public record LastAnswers(
    String checkInId,
    String deckId,
    Instant startedAt,
    Map<Long, Map<String, List<String>>> answers) {

  public LastAnswers {
    Objects.requireNonNull(checkInId, "checkInId");
    Objects.requireNonNull(deckId, "deckId");
    Objects.requireNonNull(startedAt, "startedAt");
    Map<Long, Map<String, List<String>>> copy = new LinkedHashMap<>();
    answers.forEach((person, byPrompt) -> copy.put(person, copyOf(byPrompt)));
    answers = Map.copyOf(copy);
  }

  /** One person's answers, prompt id to option ids; empty when they gave none. */
  public Map<String, List<String>> of(long personId) {
    return answers.getOrDefault(personId, Map.of());
  }

  /** The options a person chose for one prompt; empty when they gave none. */
  public List<String> options(long personId, String promptId) {
    return of(personId).getOrDefault(promptId, List.of());
  }

  private static Map<String, List<String>> copyOf(Map<String, List<String>> byPrompt) {
    Map<String, List<String>> copy = new LinkedHashMap<>();
    byPrompt.forEach((prompt, options) -> copy.put(prompt, List.copyOf(options)));
    return Map.copyOf(copy);
  }
}
