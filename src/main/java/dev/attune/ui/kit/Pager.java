package dev.attune.ui.kit;

import dev.attune.session.Choice;
import java.util.ArrayList;
import java.util.List;

/**
 * Lays a step's choices out as at most {@link #PER_PAGE} answers a screen, followed by a fixed row
 * of controls: More options (when there are more pages), Skip or Done, and Not today. So no screen
 * has more than nine buttons and every one has a digit. In a multi-select prompt one button reads
 * "Skip" until something is chosen and "Done" after: Done with nothing chosen is a skip.
 */
public final class Pager {
  public static final int PER_PAGE = 6;

  /** One button on screen: a choice of the step (by index), or the More options control. */
  public record Slot(String label, int choice, boolean control) {
    public boolean more() {
      return choice < 0;
    }
  }

  private Pager() {}

  public static int pages(List<Choice> choices) {
    int answers = answers(choices).size();
    return Math.max(1, (answers + PER_PAGE - 1) / PER_PAGE);
  }

  /**
   * @param page 0-based; wraps around
   * @param anySelected whether a multi-select has something chosen
   */
  public static List<Slot> layout(List<Choice> choices, int page, boolean anySelected) {
    List<Integer> answers = answers(choices);
    int pages = pages(choices);
    int from = Math.floorMod(page, pages) * PER_PAGE;
    List<Slot> slots = new ArrayList<>();
    for (int i = from; i < Math.min(from + PER_PAGE, answers.size()); i++) {
      int index = answers.get(i);
      slots.add(new Slot(choices.get(index).label(), index, false));
    }
    if (pages > 1) {
      slots.add(new Slot(Messages.get("checkin.more"), -1, true));
    }
    int done = find(choices, Choice.Kind.DONE);
    int skip = find(choices, Choice.Kind.SKIP);
    if (done >= 0 && anySelected) {
      slots.add(new Slot(choices.get(done).label(), done, true));
    } else if (skip >= 0) {
      slots.add(new Slot(choices.get(skip).label(), skip, true));
    }
    int notToday = find(choices, Choice.Kind.NOT_TODAY);
    if (notToday >= 0) {
      slots.add(new Slot(choices.get(notToday).label(), notToday, true));
    }
    return slots;
  }

  private static List<Integer> answers(List<Choice> choices) {
    List<Integer> answers = new ArrayList<>();
    for (int i = 0; i < choices.size(); i++) {
      Choice.Kind kind = choices.get(i).kind();
      if (kind != Choice.Kind.DONE && kind != Choice.Kind.SKIP && kind != Choice.Kind.NOT_TODAY) {
        answers.add(i);
      }
    }
    return answers;
  }

  private static int find(List<Choice> choices, Choice.Kind kind) {
    for (int i = 0; i < choices.size(); i++) {
      if (choices.get(i).kind() == kind) {
        return i;
      }
    }
    return -1;
  }
}
