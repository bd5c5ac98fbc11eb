package dev.attune.session;

import dev.attune.deck.Prompt;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** Where a check-in stands: what to show and speak next. */
public sealed interface Step permits Step.Ask, Step.Handoff, Step.Finished {

  /** The buttons of this step, in order. */
  List<Choice> choices();

  /**
   * A prompt for one person, or for the couple together.
   *
   * @param who the person answering, or {@code null} for a prompt answered together
   * @param whoName how the person is called aloud ("you", a name, "partner two")
   * @param selected for a multi-select prompt, the options chosen so far
   * @param number 1-based position among the check-in's slots, for a progress caption
   * @param of the number of slots, an upper bound: conditions may skip some
   */
  record Ask(
      Prompt prompt,
      Person who,
      String whoName,
      List<Choice> choices,
      Set<String> selected,
      int number,
      int of)
      implements Step {
    public Ask {
      Objects.requireNonNull(prompt, "prompt");
      choices = List.copyOf(choices);
      selected = Set.copyOf(selected);
    }

    public boolean together() {
      return who == null;
    }
  }

  /**
   * The device passes to someone else; the screen is curtained until they are ready.
   *
   * @param to the next person, or {@code null} when both answer together next
   * @param toName how they are called aloud
   * @param privateRound the next turn is answered alone
   */
  record Handoff(Person to, String toName, boolean privateRound, List<Choice> choices)
      implements Step {
    public Handoff {
      choices = List.copyOf(choices);
    }
  }

  /** The check-in is over. */
  record Finished(Outcome outcome, Summary summary) implements Step {
    @Override
    public List<Choice> choices() {
      return List.of();
    }
  }
}
