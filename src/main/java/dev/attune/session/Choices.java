package dev.attune.session;

import dev.attune.deck.Prompt;
import java.util.ArrayList;
import java.util.List;

/** The buttons a prompt offers: its own options plus the ones Attune always adds. */
final class Choices {
  private Choices() {}

  static List<Choice> forPrompt(Prompt prompt) {
    List<Choice> choices = new ArrayList<>();
    switch (prompt.kind()) {
      case PRIVATE:
        choices.add(new Choice("yes", "Yes", Choice.Kind.YES));
        choices.add(new Choice("maybe", "Maybe", Choice.Kind.MAYBE));
        choices.add(new Choice("no", "No", Choice.Kind.NO));
        break;
      case EXERCISE:
        choices.add(new Choice("start", "Start", Choice.Kind.START));
        break;
      default:
        prompt.options().forEach(o -> choices.add(Choice.of(o)));
        if (prompt.multi()) {
          choices.add(new Choice(Choice.DONE_ID, "Done", Choice.Kind.DONE));
        }
        break;
    }
    choices.add(new Choice(Choice.SKIP_ID, "Skip", Choice.Kind.SKIP));
    choices.add(new Choice(Choice.NOT_TODAY_ID, "Not today", Choice.Kind.NOT_TODAY));
    return choices;
  }
}
