package dev.attune.app;

import dev.attune.deck.Audience;
import dev.attune.deck.Deck;
import dev.attune.deck.Option;
import dev.attune.deck.Prompt;
import java.util.List;

/** A deck as plain text, to read or print as a paper guide. */
final class DeckPrinter {
  private DeckPrinter() {}

  static String print(Deck deck) {
    StringBuilder out = new StringBuilder();
    out.append(deck.title().toUpperCase(java.util.Locale.ROOT)).append("\n\n");
    if (!deck.intro().isEmpty()) {
      out.append(deck.intro()).append("\n\n");
    }
    if (deck.board()) {
      out.append("Tap a phrase and it is said out loud:\n\n");
      list(out, deck.signals(), "  ");
      return out.toString();
    }
    int number = 1;
    for (Prompt prompt : deck.prompts()) {
      out.append(number++).append(". ").append(prompt.text());
      String who = who(prompt);
      if (!who.isEmpty()) {
        out.append("  (").append(who).append(")");
      }
      out.append("\n");
      prompt
          .when()
          .ifPresent(
              c ->
                  out.append("   Only if \"")
                      .append(deck.prompt(c.promptId()).map(Prompt::text).orElse(c.promptId()))
                      .append("\" was ")
                      .append(c.negated() ? "not " : "")
                      .append(String.join(" or ", labels(deck, c.promptId(), c.optionIds())))
                      .append(".\n"));
      switch (prompt.kind()) {
        case PRIVATE:
          out.append("   Each of you answers alone: Yes, Maybe or No.\n");
          break;
        case EXERCISE:
          int seconds = prompt.exercise().orElseThrow().totalSeconds();
          out.append("   A spoken breathing exercise of about ")
              .append(Math.round(seconds / 60.0))
              .append(" minutes, or skip it.\n");
          break;
        default:
          if (prompt.multi()) {
            out.append("   Choose as many as you like.\n");
          }
          list(out, prompt.options(), "   ");
          break;
      }
      out.append("   Or: Skip, or Not today.\n\n");
    }
    if (!deck.closing().isEmpty()) {
      out.append(deck.closing()).append("\n");
    }
    return out.toString();
  }

  private static void list(StringBuilder out, List<Option> options, String indent) {
    for (Option option : options) {
      out.append(indent).append("[ ] ").append(option.label()).append("\n");
    }
  }

  private static List<String> labels(Deck deck, String promptId, java.util.Set<String> ids) {
    return ids.stream()
        .sorted()
        .map(
            id ->
                deck.prompt(promptId)
                    .flatMap(p -> p.option(id))
                    .map(o -> "\"" + o.label() + "\"")
                    .orElse(id))
        .toList();
  }

  private static String who(Prompt prompt) {
    if (prompt.audience() == Audience.PAIN) {
      return "for the one with pain";
    }
    if (prompt.audience() == Audience.PARTNER) {
      return "for the partner";
    }
    if (prompt.audience() == Audience.TOGETHER) {
      return "together";
    }
    return prompt.kind() == Prompt.Kind.PRIVATE ? "private" : "";
  }
}
