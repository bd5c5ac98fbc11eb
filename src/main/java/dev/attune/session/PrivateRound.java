package dev.attune.session;

import dev.attune.deck.Deck;
import dev.attune.deck.Prompt;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a private round comes to. Each person answers the private prompts alone; only the match is
 * ever kept or told: a yes from everyone asked, or (for a couple) nothing but yes and maybe, which
 * is something to talk about. A no, a skip, or who said what, is never kept.
 */
public final class PrivateRound {
  /** Everyone asked said yes. */
  public static final String BOTH_YES = "both_yes";

  /** A couple said only yes and maybe: something to talk about. */
  public static final String TALK = "talk";

  /** Anything else. Says nothing about who answered what. */
  public static final String NO_MATCH = "no_match";

  private PrivateRound() {}

  /**
   * The outcome of each private prompt of {@code deck} that was asked of someone here, from their
   * individual answers, in deck order.
   */
  static Map<String, String> outcomes(
      Deck deck, List<Person> people, Map<AnswerKey, List<String>> answers) {
    Map<String, String> outcomes = new LinkedHashMap<>();
    for (Prompt prompt : deck.prompts()) {
      if (prompt.kind() != Prompt.Kind.PRIVATE) {
        continue;
      }
      int yeses = 0;
      int maybes = 0;
      int asked = 0;
      for (Person person : people) {
        if (!prompt.audience().asks(person.hasPelvicPain())) {
          continue;
        }
        asked++;
        List<String> answer =
            answers.getOrDefault(new AnswerKey(person.id(), prompt.id()), List.of());
        if (answer.contains("yes")) {
          yeses++;
        } else if (answer.contains("maybe")) {
          maybes++;
        }
      }
      if (asked == 0) {
        continue;
      }
      if (yeses == asked) {
        outcomes.put(prompt.id(), BOTH_YES);
      } else if (asked > 1 && yeses + maybes == asked) {
        outcomes.put(prompt.id(), TALK);
      } else {
        outcomes.put(prompt.id(), NO_MATCH);
      }
    }
    return outcomes;
  }
}
