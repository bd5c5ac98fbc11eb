package dev.attune.ui.settings;

import dev.attune.speech.Utterance;
import dev.attune.ui.kit.ConfirmScreen;
import dev.attune.ui.kit.Menu;
import dev.attune.ui.kit.Messages;
import dev.attune.ui.kit.Screen;
import dev.attune.ui.kit.ScreenModel;
import java.util.List;

/**
 * Records one question in a person's own voice. Press 1, wait for the tone, say the words, press 1
 * again: the take is tidied, kept and played back at once, through the same voice that will say it
 * in a check-in. Nothing is spoken while the microphone listens, so Attune never records itself.
 */
final class RecordScreen implements Screen {
  private final SettingsArea area;

  private enum State {
    READY,
    STARTING,
    LISTENING,
    KEEPING
  }

  private final Screen back;
  private final String name;
  private final String text;
  private State state = State.READY;

  /** Counts takes, so a take that ends late is never mistaken for a newer one. */
  private int takes;

  /** The last thing that went wrong, shown under the words until the next try. */
  private String problem = "";

  RecordScreen(SettingsArea area, Screen back, String name, String text) {
    this.area = area;
    this.back = back;
    this.name = name;
    this.text = text;
  }

  private OwnVoice own() {
    return area.ownVoice();
  }

  private String voice() {
    return area.tuning().preferences().voice();
  }

  private boolean recorded() {
    return own().has(voice(), text);
  }

  /** What a button does, each with the key of its label: choices never depend on the words. */
  private enum Action {
    STOP("record.stop"),
    WAIT("wait.text"),
    AGAIN("record.again"),
    LISTEN("record.listen"),
    REMOVE("record.remove"),
    RECORD("record.record"),
    BACK("delete.back");

    final String label;

    Action(String label) {
      this.label = label;
    }
  }

  private List<Action> actions() {
    return switch (state) {
      case STARTING, LISTENING -> List.of(Action.STOP);
      case KEEPING -> List.of(Action.WAIT);
      case READY ->
          recorded()
              ? List.of(Action.AGAIN, Action.LISTEN, Action.REMOVE, Action.BACK)
              : List.of(Action.RECORD, Action.BACK);
    };
  }

  private List<String> labels() {
    return actions().stream().map(a -> Messages.get(a.label)).toList();
  }

  private String words() {
    String how =
        switch (state) {
          case STARTING, LISTENING -> Messages.get("record.listening");
          case KEEPING -> Messages.get("record.keeping");
          case READY -> Messages.get(recorded() ? "record.howAgain" : "record.how");
        };
    String said = Messages.format("record.words", text);
    return problem.isEmpty() ? said + "\n" + how : said + "\n" + how + "\n" + problem;
  }

  @Override
  public ScreenModel model() {
    return Menu.model(
        "record:" + name,
        Messages.get("own.title"),
        words(),
        labels(),
        state == State.READY ? 1 : 0);
  }

  @Override
  public Utterance enter() {
    if (state != State.READY) {
      return Utterance.builder().build();
    }
    return Menu.spoken(words(), labels());
  }

  @Override
  public boolean scannable() {
    return state == State.READY;
  }

  @Override
  public void choose(int index) {
    switch (state) {
      case STARTING -> discard(Messages.get("record.stopped"));
      case LISTENING -> keep();
      case KEEPING -> {
        // Saving takes a moment; the press is not lost, just not needed.
      }
      case READY -> chooseReady(actions().get(index));
    }
  }

  private void chooseReady(Action action) {
    switch (action) {
      case RECORD, AGAIN -> start();
      case LISTEN -> area.screens().refresh(Utterance.of(text));
      case REMOVE -> confirmRemove();
      default -> back();
    }
  }

  /** A tone, then the microphone opens: the tone ends before listening starts. */
  private void start() {
    state = State.STARTING;
    problem = "";
    area.screens().refresh(Utterance.builder().build());
    area.background()
        .after(
            area.screens().say(Utterance.builder().tone(Utterance.Earcon.ATTENTION).build()),
            said -> listen());
  }

  private void listen() {
    if (state != State.STARTING || area.screens().current() != this) {
      return;
    }
    int take = ++takes;
    area.background()
        .run(
            this,
            () -> own().listen(() -> area.background().later(() -> endedByItself(take))),
            ok -> {
              if (state != State.STARTING) {
                // Stopped or left while the microphone opened.
                own().discard();
                return;
              }
              state = State.LISTENING;
              area.screens().refresh(Utterance.builder().build());
            },
            error -> {
              if (state != State.STARTING) {
                return;
              }
              notDone(Messages.get("record.noMicrophone"));
              area.screens().tell(problem);
            });
  }

  /** At the time limit the microphone stops by itself: what it heard is kept, as on a press. */
  private void endedByItself(int take) {
    if (take == takes && state == State.LISTENING && area.screens().current() == this) {
      keep();
    }
  }

  private void keep() {
    state = State.KEEPING;
    // Nothing is said yet, not even the tap's earcon, so the take ends in quiet.
    area.screens().refresh(Utterance.builder().build());
    area.background()
        .run(
            this,
            () -> own().keep(voice(), name, text),
            kept -> {
              state = State.READY;
              problem = kept == OwnVoice.Kept.HEARD_NOTHING ? Messages.get("record.nothing") : "";
              if (area.screens().current() != this) {
                return;
              }
              if (problem.isEmpty()) {
                area.screens()
                    .refresh(
                        Utterance.builder()
                            .tone(Utterance.Earcon.CHOSEN)
                            .say(Messages.get("record.kept"))
                            .pause(300)
                            .say(text)
                            .build());
              } else {
                area.screens().refresh(Utterance.builder().build());
                area.screens().tell(problem);
              }
            },
            error -> {
              // Not kept: told in the failure's own words (a full disk, a folder that cannot be
              // written), and Record again is the way on.
              notDone(Messages.get("record.failed"));
              area.background().tellFailure(error);
            });
  }

  /**
   * Nothing was recorded: Record is the way on again, with {@code why} under the words. Redrawn
   * only when this screen is shown; the caller tells it wherever the person is.
   */
  private void notDone(String why) {
    state = State.READY;
    problem = why;
    if (area.screens().current() == this) {
      area.screens().refresh(Utterance.builder().build());
    }
  }

  private void discard(String said) {
    own().discard();
    state = State.READY;
    area.screens().refresh(Utterance.builder().tone(Utterance.Earcon.BACK).say(said).build());
  }

  private void confirmRemove() {
    area.screens()
        .show(
            new ConfirmScreen(
                area.screens(),
                area.background(),
                Messages.get("record.removeConfirm"),
                () -> own().remove(voice(), text),
                () -> area.screens().show(this, Utterance.builder().build()),
                Messages.get("record.remove"),
                Messages.get("record.removed")),
            Utterance.builder().build());
  }

  @Override
  public void back() {
    if (state == State.STARTING || state == State.LISTENING) {
      discard(Messages.get("record.stopped"));
      return;
    }
    if (state == State.READY) {
      area.screens().show(back, Utterance.builder().build());
    }
  }

  @Override
  public void leave() {
    if (state == State.STARTING || state == State.LISTENING) {
      own().discard();
      state = State.READY;
    }
  }
}
