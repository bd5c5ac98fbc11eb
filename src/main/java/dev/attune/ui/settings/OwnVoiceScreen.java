package dev.attune.ui.settings;

import dev.attune.deck.Deck;
import dev.attune.deck.DeckLoader;
import dev.attune.deck.Option;
import dev.attune.deck.Prompt;
import dev.attune.speech.Utterance;
import dev.attune.ui.kit.Menu;
import dev.attune.ui.kit.Messages;
import dev.attune.ui.kit.Screen;
import dev.attune.ui.kit.ScreenModel;
import java.util.ArrayList;
import java.util.List;

/**
 * Settings, Your own voice: choose a check-in, then one of its questions (or a pause-board signal)
 * to record. Recordings belong to the voice chosen in Settings; those already recorded say so.
 */
final class OwnVoiceScreen implements Screen {
  private final SettingsArea area;

  private static final int PER_PAGE = 6;

  /** Something that can be recorded: its file name and the exact words Attune says. */
  record Line(String name, String text) {}

  private final Screen back;
  private Deck deck;
  private int page;

  OwnVoiceScreen(SettingsArea area, Screen back) {
    this.area = area;
    this.back = back;
  }

  void open() {
    List<String> problems = own().problems(voice());
    area.screens().show(this, Utterance.builder().build());
    if (!problems.isEmpty()) {
      // Told as one, so a second problem does not cut off the first.
      area.screens().tell(String.join(" ", problems));
    }
  }

  private OwnVoice own() {
    return area.ownVoice();
  }

  private String voice() {
    return area.tuning().preferences().voice();
  }

  private List<Deck> decks() {
    // In the order Attune offers them on Home: before, during, after, then the follow-up.
    return area.decks().values().stream()
        .filter(d -> !d.prompts().isEmpty() || !d.signals().isEmpty())
        .sorted(
            java.util.Comparator.comparingInt(
                    (Deck d) -> {
                      int at = DeckLoader.BUNDLED.indexOf(d.id());
                      return at < 0 ? Integer.MAX_VALUE : at;
                    })
                .thenComparing(Deck::id))
        .toList();
  }

  /** What a deck lets a person record: its questions, or a board's signals. */
  static List<Line> lines(Deck deck) {
    List<Line> lines = new ArrayList<>();
    for (Prompt p : deck.prompts()) {
      lines.add(new Line(deck.id() + "." + p.id(), p.text()));
    }
    for (Option s : deck.signals()) {
      String words = s.say() == null || s.say().isBlank() ? s.label() : s.say();
      lines.add(new Line(deck.id() + "." + s.id(), words));
    }
    return lines;
  }

  private List<Line> pageOfLines() {
    List<Line> all = lines(deck);
    int pages = Math.max(1, (all.size() + PER_PAGE - 1) / PER_PAGE);
    int from = Math.floorMod(page, pages) * PER_PAGE;
    return all.subList(from, Math.min(all.size(), from + PER_PAGE));
  }

  private boolean paged() {
    return lines(deck).size() > PER_PAGE;
  }

  private List<String> labels() {
    List<String> labels = new ArrayList<>();
    if (deck == null) {
      decks().forEach(d -> labels.add(d.title()));
    } else {
      for (Line line : pageOfLines()) {
        labels.add(
            own().has(voice(), line.text())
                ? Messages.format("own.recorded", line.text())
                : line.text());
      }
      if (paged()) {
        labels.add(Messages.get("own.more"));
      }
    }
    labels.add(Messages.get("delete.back"));
    return labels;
  }

  private String text() {
    return deck == null
        ? Messages.format("own.text", voice())
        : Messages.format("own.deck", deck.title());
  }

  @Override
  public ScreenModel model() {
    return Menu.model(
        "own-voice" + (deck == null ? "" : ":" + deck.id()),
        Messages.get("own.title"),
        text(),
        labels(),
        deck != null && paged() ? 2 : 1);
  }

  @Override
  public Utterance enter() {
    return Menu.spoken(text(), labels());
  }

  @Override
  public void choose(int index) {
    if (deck == null) {
      List<Deck> decks = decks();
      if (index < decks.size()) {
        deck = decks.get(index);
        page = 0;
        area.screens().show(this, Utterance.builder().build());
      } else {
        back();
      }
      return;
    }
    List<Line> lines = pageOfLines();
    if (index < lines.size()) {
      Line line = lines.get(index);
      area.screens()
          .show(
              new RecordScreen(area, this, line.name(), line.text()), Utterance.builder().build());
    } else if (index == lines.size() && paged()) {
      page++;
      area.screens().show(this, Utterance.builder().build());
    } else {
      back();
    }
  }

  @Override
  public void back() {
    if (deck != null) {
      deck = null;
      area.screens().show(this, Utterance.builder().build());
    } else {
      area.screens().show(back, Utterance.builder().build());
    }
  }
}
