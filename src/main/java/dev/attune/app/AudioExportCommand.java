package dev.attune.app;

import dev.attune.deck.Deck;
import dev.attune.deck.Option;
import dev.attune.deck.Prompt;
import dev.attune.speech.AudioExport;
import java.util.ArrayList;
import java.util.List;

/**
 * What {@code --export-audio NAME DIR} speaks: every prompt and option of a deck, named by id, so a
 * deck can be listened to on a phone and its audio checked.
 */
final class AudioExportCommand {
  private AudioExportCommand() {}

  /** One item per spoken text, in deck order; ids are the file names without ".wav". */
  static List<AudioExport.Item> items(Deck deck) {
    List<AudioExport.Item> items = new ArrayList<>();
    add(items, "intro", deck.intro());
    if (deck.board()) {
      for (Option signal : deck.signals()) {
        add(items, signal.id(), signal.say());
      }
    }
    for (Prompt prompt : deck.prompts()) {
      add(items, prompt.id(), prompt.text());
      for (Option option : prompt.options()) {
        add(items, prompt.id() + "." + option.id(), option.label());
      }
      switch (prompt.kind()) {
        case PRIVATE:
          add(items, prompt.id() + ".yes", "Yes");
          add(items, prompt.id() + ".maybe", "Maybe");
          add(items, prompt.id() + ".no", "No");
          break;
        case EXERCISE:
          add(items, prompt.id() + ".start", "Start");
          break;
        default:
          if (prompt.multi()) {
            add(items, prompt.id() + ".done", "Done");
          }
          break;
      }
    }
    if (!deck.board()) {
      add(items, "skip", "Skip");
      add(items, "not_today", "Not today");
    }
    add(items, "closing", deck.closing());
    return items;
  }

  private static void add(List<AudioExport.Item> items, String id, String text) {
    if (!text.isBlank()) {
      items.add(new AudioExport.Item(id, text));
    }
  }
}
