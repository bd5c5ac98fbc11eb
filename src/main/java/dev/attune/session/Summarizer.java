package dev.attune.session;

import dev.attune.deck.Audience;
import dev.attune.deck.Deck;
import dev.attune.deck.Option;
import dev.attune.deck.Prompt;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Turns answers into a few natural sentences from the options' phrases. The private round only ever
 * tells mutual yes answers, and shared maybes as something to talk about: a no is never told.
 */
final class Summarizer {
  private final Deck deck;
  private final List<Person> people;
  private final Function<Person, String> names;

  Summarizer(Deck deck, List<Person> people, Function<Person, String> names) {
    this.deck = deck;
    this.people = people;
    this.names = names;
  }

  /**
   * @param privateRound whether to tell the private round's mutual answers (never for a look back
   *     at last time: each private round starts fresh)
   */
  Summary summarize(Map<AnswerKey, List<String>> answers, Outcome outcome, boolean privateRound) {
    List<String> sentences = new ArrayList<>();
    if (outcome == Outcome.NOT_TODAY) {
      sentences.add("Not today, and that is completely okay.");
    }
    for (Person person : people) {
      for (Prompt prompt : deck.prompts()) {
        if (prompt.kind() == Prompt.Kind.CHOICE && prompt.audience() != Audience.TOGETHER) {
          addSentence(sentences, prompt, person, answers.get(key(person, prompt)));
        }
      }
    }
    if (privateRound) {
      sentences.addAll(privateRound(answers));
    }
    for (Prompt prompt : deck.prompts()) {
      if (prompt.audience() == Audience.TOGETHER) {
        addSentence(
            sentences, prompt, null, answers.get(new AnswerKey(Journal.TOGETHER, prompt.id())));
      }
    }
    if (sentences.isEmpty() && outcome != Outcome.LEFT) {
      sentences.add("Nothing to sum up this time, and that is fine.");
    }
    if (outcome == Outcome.COMPLETED && !deck.closing().isEmpty()) {
      sentences.add(Wording.sentence(deck.closing()));
    }
    return new Summary(sentences);
  }

  private void addSentence(List<String> out, Prompt prompt, Person person, List<String> chosen) {
    if (prompt.summary().isEmpty() || chosen == null) {
      return;
    }
    List<String> phrases = new ArrayList<>();
    for (String id : chosen) {
      prompt.option(id).map(Option::phrase).filter(p -> !p.isBlank()).ifPresent(phrases::add);
    }
    if (phrases.isEmpty()) {
      return;
    }
    out.add(Wording.sentence(fill(prompt.summary(), person, Wording.join(phrases))));
  }

  /** Fills {who}, {whose} and {choices}; capitalised forms start sentences. */
  String fill(String template, Person person, String choices) {
    String who = names.apply(person);
    String whose = "you".equals(who) ? "your" : who + "'s";
    return template
        .replace("{Who}", Wording.capitalise(who))
        .replace("{who}", who)
        .replace("{Whose}", Wording.capitalise(whose))
        .replace("{whose}", whose)
        .replace("{choices}", choices);
  }

  /** The round's outcomes, kept as answers given together: the individual answers are gone. */
  private List<String> privateRound(Map<AnswerKey, List<String>> answers) {
    List<String> yes = new ArrayList<>();
    List<String> talk = new ArrayList<>();
    for (Prompt prompt : deck.prompts()) {
      if (prompt.kind() != Prompt.Kind.PRIVATE) {
        continue;
      }
      List<String> outcome =
          answers.getOrDefault(new AnswerKey(Journal.TOGETHER, prompt.id()), List.of());
      if (outcome.contains(PrivateRound.BOTH_YES)) {
        yes.add(prompt.phrase());
      } else if (outcome.contains(PrivateRound.TALK)) {
        talk.add(prompt.phrase());
      }
    }
    List<String> sentences = new ArrayList<>();
    boolean alone = people.size() == 1;
    if (!yes.isEmpty()) {
      sentences.add(
          Wording.sentence(
              (alone ? "You said yes to " : "You both said yes to ") + Wording.join(yes)));
    }
    if (!talk.isEmpty()) {
      sentences.add(Wording.sentence("Something to talk about: " + Wording.join(talk)));
    }
    return sentences;
  }

  private static AnswerKey key(Person person, Prompt prompt) {
    return new AnswerKey(person.id(), prompt.id());
  }
}
