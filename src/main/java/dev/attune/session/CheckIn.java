package dev.attune.session;

import dev.attune.deck.Audience;
import dev.attune.deck.Deck;
import dev.attune.deck.Option;
import dev.attune.deck.Prompt;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One check-in as a state machine: who answers what, in which order, and what the answers mean.
 *
 * <p>Every answer goes to the {@link Journal} the moment it is given, before the next step is
 * returned. Not thread-safe: one thread (the UI's) drives it.
 */
public final class CheckIn {
  private final String id;
  private final Deck deck;
  private final List<Person> people;
  private final Journal journal;
  private final Clock clock;
  private final List<Slot> slots;
  private final Map<AnswerKey, List<String>> answers = new HashMap<>();
  private final Deque<Integer> history = new ArrayDeque<>();
  private final Set<String> selected = new LinkedHashSet<>();
  private final Set<AnswerKey> kept = new java.util.HashSet<>();
  private int index = -1;
  private Step.Finished finished;

  /**
   * The private round has been settled: its outcomes are kept and every individual answer in it is
   * forgotten. Until then those answers live only here, in memory, and never reach the journal.
   */
  private boolean settled;

  /** Carrying on: the choice of several to go back to once its handoff is done, or -1. */
  private int resumeAfterHandoff = -1;

  /** A place in the running order: a prompt for someone, or a handoff. */
  private sealed interface Slot permits AskSlot, HandoffSlot {}

  private record AskSlot(Prompt prompt, Person who) implements Slot {}

  private record HandoffSlot(Person to, boolean privateRound) implements Slot {}

  public CheckIn(String id, Deck deck, List<Person> people, Journal journal, Clock clock) {
    this.id = Objects.requireNonNull(id, "id");
    this.deck = Objects.requireNonNull(deck, "deck");
    this.people = List.copyOf(people);
    this.journal = Objects.requireNonNull(journal, "journal");
    this.clock = Objects.requireNonNull(clock, "clock");
    if (this.people.isEmpty()) {
      throw new IllegalArgumentException("a check-in needs at least one person");
    }
    if (deck.board()) {
      throw new IllegalArgumentException("a board is not a check-in: " + deck.id());
    }
    this.slots = plan(deck, this.people);
  }

  public String id() {
    return id;
  }

  public Deck deck() {
    return deck;
  }

  public List<Person> people() {
    return people;
  }

  /**
   * Carries on a check-in that stopped part way: the saved answers are taken back in, and it stands
   * at the first prompt without one (or at the handoff before it, when a new turn starts there, so
   * the device goes to the right person first). Nothing is written again.
   */
  public Step resume(List<Unfinished.Answer> saved) {
    if (index >= 0) {
      throw new IllegalStateException("already started");
    }
    saved.forEach(a -> answers.put(new AnswerKey(a.personId(), a.promptId()), a.optionIds()));
    settled = deck.prompts().stream().anyMatch(this::settledPrompt);
    int lastHandoff = -1;
    for (index = 0; index < slots.size(); index++) {
      Slot slot = slots.get(index);
      if (slot instanceof HandoffSlot) {
        lastHandoff = index;
        continue;
      }
      if (!applies(index)) {
        continue;
      }
      List<String> answer = answers.get(key((AskSlot) slot));
      if (answer == null) {
        break;
      }
      if (((AskSlot) slot).prompt().multi()
          && (laterAnswered(index) || answer.contains(Choice.SKIP_ID))) {
        // Answered after it, or skipped (Skip moves on at once): this choice was finished.
        history.push(index);
      } else if (((AskSlot) slot).prompt().multi()) {
        // The last thing said was part of a choice of several: carry on choosing there. When it
        // closes a turn, the device may already have been passed on: the handoff comes first,
        // so it goes back to the person who was choosing before anything of theirs is shown.
        selected.addAll(answer);
        if (lastHandoff >= 0 && endsTurn(index)) {
          resumeAfterHandoff = index;
          index = lastHandoff;
        }
        return current();
      } else {
        history.push(index);
      }
    }
    if (index >= slots.size()) {
      return finish(Outcome.COMPLETED);
    }
    if (lastHandoff >= 0 && (history.isEmpty() || history.peek() < lastHandoff)) {
      index = lastHandoff;
    }
    return current();
  }

  /** Whether nothing more of this turn is asked after {@code slotIndex}, as things stand. */
  private boolean endsTurn(int slotIndex) {
    for (int i = slotIndex + 1; i < slots.size(); i++) {
      if (slots.get(i) instanceof HandoffSlot) {
        return true;
      }
      if (applies(i)) {
        return false;
      }
    }
    return true;
  }

  private boolean laterAnswered(int slotIndex) {
    for (int i = slotIndex + 1; i < slots.size(); i++) {
      if (slots.get(i) instanceof AskSlot && answers.containsKey(key((AskSlot) slots.get(i)))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Starts "same as last time": last time's answers to everything that does not change from day to
   * day are saved as today's, and only the daily prompts (pain now, mood) and the private round are
   * asked. Skips and "not today" from last time are not carried over.
   */
  public Step startKeeping(LastAnswers last) {
    if (index >= 0) {
      throw new IllegalStateException("already started");
    }
    journal.begin(id, deck.id(), people, clock.instant());
    for (Slot slot : slots) {
      if (!(slot instanceof AskSlot)) {
        continue;
      }
      AskSlot ask = (AskSlot) slot;
      Prompt prompt = ask.prompt();
      if (prompt.daily() || prompt.kind() != Prompt.Kind.CHOICE) {
        continue;
      }
      List<String> before = last.options(personId(ask), prompt.id());
      if (!before.isEmpty()
          && !before.contains(Choice.SKIP_ID)
          && !before.contains(Choice.NOT_TODAY_ID)
          && before.stream().allMatch(o -> prompt.option(o).isPresent())) {
        record(ask, before);
        kept.add(key(ask));
      }
    }
    return advance();
  }

  /** The summary of answers given some other time, e.g. "last time", for these people. */
  public static Summary summaryOf(Deck deck, List<Person> people, LastAnswers answers) {
    CheckIn view = new CheckIn("summary", deck, people, new Journal.Null(), Clock.systemUTC());
    Map<AnswerKey, List<String>> all = new HashMap<>();
    for (Person person : people) {
      answers
          .of(person.id())
          .forEach((prompt, options) -> all.put(new AnswerKey(person.id(), prompt), options));
    }
    answers
        .of(Journal.TOGETHER)
        .forEach((prompt, options) -> all.put(new AnswerKey(Journal.TOGETHER, prompt), options));
    return new Summarizer(deck, people, view::nameOf).summarize(all, Outcome.LEFT, false);
  }

  /** Records the start and returns the first step. */
  public Step start() {
    if (index >= 0) {
      throw new IllegalStateException("already started");
    }
    journal.begin(id, deck.id(), people, clock.instant());
    return advance();
  }

  public Step current() {
    if (finished != null) {
      return finished;
    }
    if (index < 0) {
      throw new IllegalStateException("not started");
    }
    return stepAt(index);
  }

  public boolean isFinished() {
    return finished != null;
  }

  /**
   * Chooses the button at {@code position} (0-based) of the current step.
   *
   * @return the step to show next; the same prompt again while a multi-select is being filled
   */
  public Step choose(int position) {
    Step step = current();
    if (finished != null) {
      return finished;
    }
    List<Choice> choices = step.choices();
    if (position < 0 || position >= choices.size()) {
      throw new IllegalArgumentException(
          "there is no option " + (position + 1) + "; there are " + choices.size());
    }
    Choice choice = choices.get(position);
    if (step instanceof Step.Handoff) {
      if (resumeAfterHandoff >= 0) {
        index = resumeAfterHandoff;
        resumeAfterHandoff = -1;
        return current();
      }
      return advance();
    }
    AskSlot slot = (AskSlot) slots.get(index);
    switch (choice.kind()) {
      case NOT_TODAY:
        record(slot, List.of(Choice.NOT_TODAY_ID));
        return finish(Outcome.NOT_TODAY);
      case SKIP:
        selected.clear();
        record(slot, List.of(Choice.SKIP_ID));
        return next();
      case DONE:
        record(slot, selected.isEmpty() ? List.of(Choice.SKIP_ID) : List.copyOf(selected));
        return next();
      case OPTION:
        if (slot.prompt().multi()) {
          toggle(slot.prompt(), choice.id());
          record(slot, List.copyOf(selected));
          return current();
        }
        record(slot, List.of(choice.id()));
        return next();
      default:
        record(slot, List.of(choice.id()));
        return next();
    }
  }

  /**
   * Goes back one prompt and undoes its answer. Back never crosses a handoff, so nobody hears
   * another person's answers.
   *
   * @return the previous prompt, or empty when this is the start of a turn
   */
  public Optional<Step> back() {
    if (finished != null || index < 0) {
      return Optional.empty();
    }
    if (history.isEmpty()
        || crossesHandoff(history.peek(), index)
        || (settled && isPrivate(history.peek()))) {
      return Optional.empty();
    }
    if (slots.get(index) instanceof AskSlot && !selected.isEmpty()) {
      unrecord((AskSlot) slots.get(index));
    }
    selected.clear();
    index = history.pop();
    unrecord((AskSlot) slots.get(index));
    return Optional.of(current());
  }

  /**
   * The prompt most likely to come next, as things stand, so its words can be synthesised while the
   * current one is answered. A guess: the current answer may still change what applies.
   */
  public Optional<Step.Ask> upcoming() {
    if (finished != null || index < 0) {
      return Optional.empty();
    }
    for (int i = index + 1; i < slots.size(); i++) {
      if (slots.get(i) instanceof AskSlot && applies(i)) {
        AskSlot ask = (AskSlot) slots.get(i);
        return Optional.of(
            new Step.Ask(
                ask.prompt(),
                ask.who(),
                nameOf(ask.who()),
                Choices.forPrompt(ask.prompt()),
                Set.of(),
                i + 1,
                slots.size()));
      }
    }
    return Optional.empty();
  }

  /** Leaves the check-in before its end; the answers given are kept. */
  public Step.Finished leave() {
    if (finished == null) {
      finish(Outcome.LEFT);
    }
    return finished;
  }

  /** How a person is called aloud in this check-in. */
  public String nameOf(Person person) {
    if (person == null || (people.size() == 1 && !person.named())) {
      return "you";
    }
    if (person.named()) {
      return person.name();
    }
    return people.indexOf(person) == 0 ? "partner one" : "partner two";
  }

  private void toggle(Prompt prompt, String optionId) {
    if (selected.remove(optionId)) {
      return;
    }
    boolean exclusive = prompt.option(optionId).map(Option::exclusive).orElse(false);
    if (exclusive) {
      selected.clear();
    } else {
      selected.removeIf(id -> prompt.option(id).map(Option::exclusive).orElse(false));
    }
    selected.add(optionId);
  }

  /** Keeps an answer; a private one stays in memory until the round is settled. */
  private void record(AskSlot slot, List<String> optionIds) {
    answers.put(key(slot), optionIds);
    if (slot.prompt().kind() != Prompt.Kind.PRIVATE) {
      journal.answer(id, personId(slot), slot.prompt().id(), optionIds, clock.instant());
    }
  }

  private void unrecord(AskSlot slot) {
    answers.remove(key(slot));
    if (slot.prompt().kind() != Prompt.Kind.PRIVATE) {
      journal.withdraw(id, personId(slot), slot.prompt().id());
    }
  }

  /**
   * Ends the private round: what it came to is saved, in one go, and every individual answer in it
   * is forgotten. Only prompts someone answered are settled.
   */
  private void settle() {
    if (settled) {
      return;
    }
    settled = true;
    Map<String, String> outcomes = new java.util.LinkedHashMap<>();
    PrivateRound.outcomes(deck, people, answers)
        .forEach(
            (prompt, outcome) -> {
              boolean answered =
                  people.stream().anyMatch(p -> answers.containsKey(new AnswerKey(p.id(), prompt)));
              if (answered) {
                outcomes.put(prompt, outcome);
              }
            });
    for (Prompt prompt : deck.prompts()) {
      if (prompt.kind() == Prompt.Kind.PRIVATE) {
        people.forEach(p -> answers.remove(new AnswerKey(p.id(), prompt.id())));
      }
    }
    if (outcomes.isEmpty()) {
      return;
    }
    outcomes.forEach(
        (prompt, outcome) ->
            answers.put(new AnswerKey(Journal.TOGETHER, prompt), List.of(outcome)));
    journal.settle(id, outcomes, clock.instant());
  }

  /** Whether the private round has kept an outcome for {@code prompt}. */
  private boolean settledPrompt(Prompt prompt) {
    return prompt.kind() == Prompt.Kind.PRIVATE
        && answers.containsKey(new AnswerKey(Journal.TOGETHER, prompt.id()));
  }

  private boolean isPrivate(int slotIndex) {
    return slots.get(slotIndex) instanceof AskSlot
        && promptOf(slotIndex).kind() == Prompt.Kind.PRIVATE;
  }

  /** Whether the round is over at {@code slotIndex}: no private prompt is left after it. */
  private boolean pastPrivateRound(int slotIndex) {
    for (int i = slotIndex; i < slots.size(); i++) {
      if (isPrivate(i)) {
        return false;
      }
    }
    return true;
  }

  private Step next() {
    history.push(index);
    selected.clear();
    return advance();
  }

  private Step advance() {
    do {
      index++;
    } while (index < slots.size() && !applies(index));
    if (!settled && pastPrivateRound(index)) {
      settle();
    }
    if (index >= slots.size()) {
      return finish(Outcome.COMPLETED);
    }
    return current();
  }

  /**
   * Whether the slot at {@code slotIndex} is to be asked, as things stand. A handoff is, when its
   * turn has a question left to ask: "same as last time" can keep every question of a turn, and
   * conditions can skip them all, and then nobody is handed the device for nothing. A handoff to
   * both together also stands when nothing is left to ask at all: the summary is for both to hear.
   */
  private boolean applies(int slotIndex) {
    Slot slot = slots.get(slotIndex);
    if (slot instanceof HandoffSlot) {
      return turnAsks(slotIndex) || (((HandoffSlot) slot).to() == null && nothingLeft(slotIndex));
    }
    AskSlot ask = (AskSlot) slot;
    if (kept.contains(key(ask)) || settledPrompt(ask.prompt())) {
      return false;
    }
    return ask.prompt()
        .when()
        .map(
            c ->
                c.holds(
                    answers.getOrDefault(new AnswerKey(personId(ask), c.promptId()), List.of())))
        .orElse(true);
  }

  /**
   * Whether the turn after the handoff at {@code handoff} asks anything. Exact, not a guess: the
   * answers a condition in the turn could depend on are given only after the handoff, in order, so
   * the first question that applies now is the first one asked.
   */
  private boolean turnAsks(int handoff) {
    for (int i = handoff + 1; i < slots.size() && slots.get(i) instanceof AskSlot; i++) {
      if (applies(i)) {
        return true;
      }
    }
    return false;
  }

  /** Whether no question after {@code slotIndex} applies, as things stand. */
  private boolean nothingLeft(int slotIndex) {
    for (int i = slotIndex + 1; i < slots.size(); i++) {
      if (slots.get(i) instanceof AskSlot && applies(i)) {
        return false;
      }
    }
    return true;
  }

  private Step finish(Outcome outcome) {
    selected.clear();
    settle();
    journal.finish(id, outcome, clock.instant());
    finished =
        new Step.Finished(
            outcome, new Summarizer(deck, people, this::nameOf).summarize(answers, outcome, true));
    return finished;
  }

  private boolean crossesHandoff(int from, int to) {
    for (int i = from + 1; i < to; i++) {
      if (slots.get(i) instanceof HandoffSlot) {
        return true;
      }
    }
    return slots.get(to) instanceof HandoffSlot;
  }

  private Prompt promptOf(int slotIndex) {
    return ((AskSlot) slots.get(slotIndex)).prompt();
  }

  private Step stepAt(int slotIndex) {
    Slot slot = slots.get(slotIndex);
    if (slot instanceof HandoffSlot) {
      HandoffSlot handoff = (HandoffSlot) slot;
      String label = handoff.to() == null ? "We're both here" : "I'm ready";
      return new Step.Handoff(
          handoff.to(),
          nameOf(handoff.to()),
          handoff.privateRound(),
          List.of(new Choice("ready", label, Choice.Kind.READY)));
    }
    AskSlot ask = (AskSlot) slot;
    return new Step.Ask(
        ask.prompt(),
        ask.who(),
        nameOf(ask.who()),
        Choices.forPrompt(ask.prompt()),
        selected,
        slotIndex + 1,
        slots.size());
  }

  private static long personId(AskSlot slot) {
    return slot.who() == null ? Journal.TOGETHER : slot.who().id();
  }

  private static AnswerKey key(AskSlot slot) {
    return new AnswerKey(personId(slot), slot.prompt().id());
  }

  /**
   * The running order follows the deck. Each run of consecutive personal prompts is answered by
   * each person in turn; a run of private prompts likewise, each person alone; a run of prompts for
   * the couple is asked once. Handoffs sit between turns when more than one person is here.
   */
  private static List<Slot> plan(Deck deck, List<Person> people) {
    boolean couple = people.size() > 1;
    List<Slot> plan = new ArrayList<>();
    List<Prompt> prompts = deck.prompts();
    int i = 0;
    while (i < prompts.size()) {
      Group group = Group.of(prompts.get(i));
      int end = i;
      while (end < prompts.size() && Group.of(prompts.get(end)) == group) {
        end++;
      }
      List<Prompt> run = prompts.subList(i, end);
      if (group == Group.TOGETHER) {
        List<Slot> turn = new ArrayList<>();
        run.forEach(p -> turn.add(new AskSlot(p, null)));
        addTurn(plan, turn, couple ? new HandoffSlot(null, false) : null);
      } else {
        for (Person person : people) {
          List<Slot> turn = new ArrayList<>();
          for (Prompt prompt : run) {
            if (prompt.audience().asks(person.hasPelvicPain())) {
              turn.add(new AskSlot(prompt, person));
            }
          }
          addTurn(plan, turn, couple ? new HandoffSlot(person, group == Group.PRIVATE) : null);
        }
      }
      i = end;
    }
    return List.copyOf(plan);
  }

  /** Consecutive prompts of one group are asked as one turn per person (or once, together). */
  private enum Group {
    PERSONAL,
    PRIVATE,
    TOGETHER;

    static Group of(Prompt prompt) {
      if (prompt.audience() == Audience.TOGETHER) {
        return TOGETHER;
      }
      return prompt.kind() == Prompt.Kind.PRIVATE ? PRIVATE : PERSONAL;
    }
  }

  private static void addTurn(List<Slot> plan, List<Slot> turn, HandoffSlot handoff) {
    if (turn.isEmpty()) {
      return;
    }
    if (handoff != null) {
      plan.add(handoff);
    }
    plan.addAll(turn);
  }
}
