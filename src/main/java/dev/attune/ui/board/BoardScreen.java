package dev.attune.ui.board;

import dev.attune.deck.Deck;
import dev.attune.deck.Option;
import dev.attune.session.Journal;
import dev.attune.speech.Utterance;
import dev.attune.ui.kit.Messages;
import dev.attune.ui.kit.Screen;
import dev.attune.ui.kit.ScreenModel;
import dev.attune.ui.kit.Screens;
import java.time.Clock;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The pause board: each tap says a phrase out loud, clearly and loudly, and saves it with its time.
 * Digits 1 to 9 are the signals; the last button and Backspace go back.
 */
public final class BoardScreen implements Screen {
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);

  private final Screens screens;
  private final Journal journal;
  private final Clock clock;
  private final Deck board;
  private final Screen resume;
  private String said = "";

  /**
   * @param resume the screen to go back to, where the person left it
   */
  public BoardScreen(Screens screens, Journal journal, Clock clock, Deck board, Screen resume) {
    this.screens = screens;
    this.journal = journal;
    this.clock = clock;
    this.board = board;
    this.resume = resume;
  }

  @Override
  public boolean keepsUnlocked() {
    return true;
  }

  @Override
  public ScreenModel model() {
    List<Option> signals = board.signals();
    List<ScreenModel.Button> buttons = new ArrayList<>();
    for (int i = 0; i < signals.size(); i++) {
      buttons.add(
          new ScreenModel.Button(
              signals.get(i).label(),
              Messages.format("board.signal", signals.get(i).say())
                  + " "
                  + Messages.format("checkin.option", i + 1, signals.size()),
              false));
    }
    buttons.add(
        new ScreenModel.Button(
            Messages.get("board.close"), Messages.get("board.close.description"), false));
    return new ScreenModel(
        "board",
        Messages.get("board.title"),
        said.isEmpty() ? Messages.get("board.text") : said,
        buttons,
        "",
        false,
        0,
        1);
  }

  @Override
  public Utterance enter() {
    Utterance.Builder b = Utterance.builder().say(board.intro()).pause(200);
    if (screens.scanning()) {
      // Stop is already live: a press while this is heard says it.
      return b.say(Messages.get("board.holdHint")).pause(200).build();
    }
    for (int i = 0; i < board.signals().size(); i++) {
      b.option(i + 1, board.signals().get(i).label());
    }
    return b.say(Messages.get("board.closeHint"), Utterance.Style.CUE).build();
  }

  /**
   * Scanning has to be quick where it matters: Stop first, then Pause, then the rest, then close.
   */
  @Override
  public List<Integer> scanOrder() {
    List<Integer> order = new ArrayList<>();
    List<String> first = List.of("red", "stop", "pause");
    for (String id : first) {
      for (int i = 0; i < board.signals().size(); i++) {
        if (board.signals().get(i).id().equals(id) && !order.contains(i)) {
          order.add(i);
        }
      }
    }
    for (int i = 0; i <= board.signals().size(); i++) {
      if (!order.contains(i)) {
        order.add(i);
      }
    }
    return order;
  }

  @Override
  public boolean urgent() {
    return true;
  }

  /** A long press says Pause, wherever the scan is. */
  @Override
  public int heldChoice() {
    for (int i = 0; i < board.signals().size(); i++) {
      if (board.signals().get(i).id().equals("pause")) {
        return i;
      }
    }
    return -1;
  }

  @Override
  public void choose(int index) {
    if (index >= board.signals().size()) {
      back();
      return;
    }
    Option signal = board.signals().get(index);
    var now = clock.instant();
    journal.signal(signal.id(), now);
    LocalTime at = LocalTime.ofInstant(now, clock.getZone());
    said = Messages.format("board.said", signal.label(), TIME.format(at));
    screens.refresh(
        Utterance.builder()
            .tone(Utterance.Earcon.ATTENTION)
            .say(signal.say(), Utterance.Style.LOUD)
            .build());
  }

  @Override
  public void back() {
    screens.show(resume, Utterance.of(board.closing()));
  }
}
