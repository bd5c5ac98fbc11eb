package dev.attune.ui.history;

import dev.attune.deck.Deck;
import dev.attune.deck.Option;
import dev.attune.session.NightSummary;
import dev.attune.session.OptionCount;
import dev.attune.speech.Utterance;
import dev.attune.ui.kit.Background;
import dev.attune.ui.kit.ConfirmScreen;
import dev.attune.ui.kit.Messages;
import dev.attune.ui.kit.Screen;
import dev.attune.ui.kit.ScreenModel;
import dev.attune.ui.kit.Screens;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * History: the evenings so far, six a page, each spoken when focused; the pain chart; the aftercare
 * needs chosen most often. It counts evenings and never streaks or gaps.
 */
public final class HistoryScreen implements Screen {
  /** Four evenings a page: the chart and the words need the rest of the screen. */
  private static final int PER_PAGE = 4;

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);

  private final Screens screens;
  private final Background background;
  private final HistorySource source;
  private final HistoryArea area;
  private HistorySource.History history;

  /** The nights on screen now: the first page comes with the history, later ones on request. */
  private List<NightSummary> shown = List.of();

  private int page;

  public HistoryScreen(HistoryArea area) {
    this.area = area;
    this.screens = area.screens();
    this.background = area.background();
    this.source = area.source();
  }

  /** Shows "one moment", then the history once it has been read. */
  public void open() {
    screens.show(this, Utterance.builder().build());
    background.run(
        this,
        () -> source.load(PER_PAGE, 900, 170),
        loaded -> {
          history = loaded;
          shown = loaded.nights();
          if (screens.current() == this) {
            screens.show(this, Utterance.builder().build());
            screens.picture(loaded.chart(), chartWords());
          }
        });
  }

  @Override
  public ScreenModel model() {
    List<ScreenModel.Button> buttons = new ArrayList<>();
    List<NightSummary> shown = page();
    for (int i = 0; i < shown.size(); i++) {
      buttons.add(new ScreenModel.Button(label(shown.get(i)), "", false));
    }
    List<String> controls = new ArrayList<>();
    if (pages() > 1) {
      controls.add(Messages.get("history.more"));
    }
    controls.add(Messages.get("history.export"));
    controls.add(Messages.get("history.delete"));
    controls.add(Messages.get("summary.home"));
    controls.forEach(c -> buttons.add(new ScreenModel.Button(c, "", false)));
    List<ScreenModel.Button> numbered = new ArrayList<>();
    for (int i = 0; i < buttons.size(); i++) {
      numbered.add(
          new ScreenModel.Button(
              buttons.get(i).label(),
              Messages.format("checkin.option", i + 1, buttons.size()),
              false));
    }
    return new ScreenModel(
        "history", Messages.get("home.history"), text(), numbered, "", false, 0, controls.size());
  }

  @Override
  public Utterance enter() {
    Utterance.Builder b = Utterance.builder().say(text());
    if (history != null) {
      b.say(chartWords());
    }
    ScreenModel model = model();
    for (int i = 0; i < model.buttons().size(); i++) {
      b.option(i + 1, model.buttons().get(i).label());
    }
    return b.build();
  }

  @Override
  public void choose(int index) {
    if (history == null) {
      screens.say(Utterance.of(Messages.get("history.loading")));
      return;
    }
    List<NightSummary> shown = page();
    if (index < shown.size()) {
      NightSummary night = shown.get(index);
      screens.show(
          new ConfirmScreen(
              screens,
              background,
              label(night) + ". " + Messages.get("history.deleteNight.confirm"),
              () -> source.deleteNight(night.nightId()),
              this::reopen),
          Utterance.builder().build());
      return;
    }
    int control = index - shown.size() - (pages() > 1 ? 1 : 0);
    if (control < 0) {
      page = (page + 1) % pages();
      int wanted = page;
      background.run(
          this,
          () -> source.nights(wanted * PER_PAGE, PER_PAGE),
          next -> {
            this.shown = next;
            if (screens.current() == this) {
              screens.show(this, Utterance.builder().build());
              screens.picture(history.chart(), chartWords());
            }
          });
    } else if (control == 0) {
      screens.show(new ExportScreen(area, this), Utterance.builder().build());
    } else if (control == 1) {
      screens.show(new DeleteScreen(area, this::reopen), Utterance.builder().build());
    } else {
      screens.home();
    }
  }

  @Override
  public void back() {
    screens.home();
  }

  /** After a delete: read everything again. */
  void reopen() {
    history = null;
    shown = List.of();
    page = 0;
    open();
  }

  private String text() {
    if (history == null) {
      return Messages.get("history.loading");
    }
    if (history.count() == 0) {
      return Messages.get("history.empty");
    }
    String text = Messages.format("history.count", history.count());
    if (!history.needs().isEmpty()) {
      text += " " + Messages.format("history.needs", needs());
    }
    return text;
  }

  /** The chart in words: the pain of the last few evenings, newest last. */
  private String chartWords() {
    Deck before = area.decks().get("before");
    List<String> recent = new ArrayList<>();
    List<NightSummary> nights = history.nights();
    for (int i = Math.min(5, nights.size()) - 1; i >= 0; i--) {
      nights.get(i).pain().values().stream()
          .findFirst()
          .ifPresent(p -> recent.add(label(before, "pain_level", p).toLowerCase(Locale.ROOT)));
    }
    return recent.isEmpty()
        ? Messages.get("history.chartEmpty")
        : Messages.format("history.chart", String.join(", ", recent));
  }

  private String needs() {
    Deck after = area.decks().get("after");
    return dev.attune.session.Wording.join(
        history.needs().stream()
            .limit(3)
            .map(OptionCount::optionId)
            .map(id -> label(after, "needs_now", id).toLowerCase(Locale.ROOT))
            .toList());
  }

  /** The pain question's answer that there was none. */
  private static final String NO_PAIN = "none";

  /**
   * Short enough for a big button: "Tue 24 Nov: mild pain", or the check-ins when no pain was
   * given.
   */
  private String label(NightSummary night) {
    Deck before = area.decks().get("before");
    LocalDate day = LocalDate.ofInstant(night.startedAt(), area.clock().getZone());
    // "mild pain", or "no pain" for the answer that there was none (not "no pain pain").
    List<String> pain =
        night.pain().values().stream()
            .sorted()
            .map(
                p ->
                    p.equals(NO_PAIN)
                        ? Messages.get("history.noPain")
                        : Messages.format(
                            "history.pain",
                            label(before, "pain_level", p).toLowerCase(Locale.ROOT)))
            .distinct()
            .toList();
    String what =
        pain.isEmpty()
            ? night.decks().stream()
                .map(d -> area.decks().get(d))
                .filter(d -> d != null)
                .map(Deck::title)
                .distinct()
                .collect(Collectors.joining(", "))
            : pain.stream().reduce((a, b) -> Messages.format("history.and", a, b)).orElseThrow();
    if (what.isEmpty()) {
      what = night.signals() > 0 ? Messages.get("history.boardOnly") : Messages.get("home.during");
    }
    return DAY.format(day) + ": " + what;
  }

  private static String label(Deck deck, String promptId, String optionId) {
    return deck.prompt(promptId)
        .flatMap(p -> p.option(optionId))
        .map(Option::label)
        .orElse(optionId);
  }

  private int pages() {
    int count = history == null ? 0 : history.count();
    return Math.max(1, (count + PER_PAGE - 1) / PER_PAGE);
  }

  private List<NightSummary> page() {
    return shown;
  }
}
