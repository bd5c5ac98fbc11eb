package dev.attune.session;

import dev.attune.deck.Deck;
import dev.attune.deck.Option;
import dev.attune.deck.Prompt;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Last time's aftercare, brought to the start of the next Before, so things can be ready: "Last
 * time you wanted some water and a blanket. Are they nearby?"
 */
public final class CarriedForward {
  private CarriedForward() {}

  /**
   * @param after the after deck, for the options' phrases
   * @param last needs_now and next_time from the last After, by person
   */
  public static List<String> sentences(Deck after, List<Person> people, LastAnswers last) {
    List<String> sentences = new ArrayList<>();
    for (Person person : people) {
      String who = people.size() == 1 && !person.named() ? "you" : name(people, person);
      List<String> needs =
          phrases(after.prompt("needs_now"), last.options(person.id(), "needs_now"));
      if (!needs.isEmpty()) {
        sentences.add(
            Wording.sentence("Last time " + who + " wanted " + Wording.join(needs))
                + (needs.size() == 1 ? " Is it nearby?" : " Are they nearby?"));
      }
      List<String> next =
          phrases(after.prompt("next_time"), last.options(person.id(), "next_time"));
      if (!next.isEmpty()) {
        sentences.add(
            Wording.sentence("One thing " + who + " wished for this time: " + Wording.join(next)));
      }
    }
    return sentences;
  }

  private static String name(List<Person> people, Person person) {
    if (person.named()) {
      return person.name();
    }
    return people.indexOf(person) == 0 ? "partner one" : "partner two";
  }

  private static List<String> phrases(Optional<Prompt> prompt, List<String> optionIds) {
    List<String> phrases = new ArrayList<>();
    if (prompt.isEmpty()) {
      return phrases;
    }
    for (String id : optionIds) {
      prompt.get().option(id).map(Option::phrase).filter(p -> !p.isBlank()).ifPresent(phrases::add);
    }
    return phrases;
  }
}
