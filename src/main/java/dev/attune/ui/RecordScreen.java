package dev.attune.ui;

import dev.attune.speech.Utterance;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionException;

/**
 * Records one question in a person's own voice. Press 1, wait for the tone, say the words, press 1
 * again: the take is tidied, kept and played back at once, through the same voice that will say it
 * in a check-in. Nothing is spoken while the microphone listens, so Attune never records itself.
 */
final class RecordScreen implements Screen {

  private enum State {
    READY,
    STARTING,
    LISTENING,
    KEEPING
  }

  private final Controller controller;
  private final Screen back;
  private final String name;
  private final String text;
  private State state = State.READY;

  /** Counts takes, so a take that ends late is never mistaken for a newer one. */
  private int takes;

  /** The last thing that went wrong, shown under the words until the next try. */
  private String problem = "";

  RecordScreen(Controller controller, Screen back, String name, String text) {
    this.controller = controller;
    this.back = back;
    this.name = name;
    this.text = text;
  }

  private OwnVoice own() {
    return controller.services().ownVoice();
  }

  private String voice() {
    return controller.preferences().voice();
  }

  private boolean recorded() {
    return own().has(voice(), text);
  }

  private List<String> labels() {
    List<String> labels = new ArrayList<>();
    switch (state) {
      case STARTING, LISTENING -> labels.add(Messages.get("record.stop"));
      case KEEPING -> labels.add(Messages.get("wait.text"));
      case READY -> {
        if (recorded()) {
          labels.add(Messages.get("record.again"));
          labels.add(Messages.get("record.listen"));
          labels.add(Messages.get("record.remove"));
        } else {
          labels.add(Messages.get("record.record"));
        }
        labels.add(Messages.get("delete.back"));
      }
    }
    return labels;
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
      case READY -> chooseReady(labels().get(index));
    }
  }

  private void chooseReady(String label) {
    if (label.equals(Messages.get("record.record")) || label.equals(Messages.get("record.again"))) {
      start();
    } else if (label.equals(Messages.get("record.listen"))) {
      controller.refresh(Utterance.of(text));
    } else if (label.equals(Messages.get("record.remove"))) {
      confirmRemove();
    } else {
      back();
    }
  }

  /** A tone, then the microphone opens: the tone ends before listening starts. */
  private void start() {
    state = State.STARTING;
    problem = "";
    controller.refresh(Utterance.builder().build());
    controller
        .say(Utterance.builder().tone(Utterance.Earcon.ATTENTION).build())
        .thenRunAsync(controller.guard(this::listen), controller.services().ui());
  }

  private void listen() {
    if (state != State.STARTING || controller.current() != this) {
      return;
    }
    int take = ++takes;
    own()
        .listen(
            () -> controller.services().ui().execute(controller.guard(() -> endedByItself(take))))
        .whenCompleteAsync(
            controller.guard(
                (Void ok, Throwable error) -> {
                  if (state != State.STARTING) {
                    // Stopped or left while the microphone opened.
                    own().discard();
                    return;
                  }
                  if (error != null) {
                    state = State.READY;
                    problem = Messages.get("record.noMicrophone");
                    controller.refresh(Utterance.builder().build());
                    controller.tell(problem);
                    return;
                  }
                  state = State.LISTENING;
                  controller.refresh(Utterance.builder().build());
                }),
            controller.services().ui());
  }

  /** At the time limit the microphone stops by itself: what it heard is kept, as on a press. */
  private void endedByItself(int take) {
    if (take == takes && state == State.LISTENING && controller.current() == this) {
      keep();
    }
  }

  private void keep() {
    state = State.KEEPING;
    // Nothing is said yet, not even the tap's earcon, so the take ends in quiet.
    controller.refresh(Utterance.builder().build());
    own()
        .keep(voice(), name, text)
        .whenCompleteAsync(
            controller.guard(
                (OwnVoice.Kept kept, Throwable error) -> {
                  state = State.READY;
                  if (error != null) {
                    Throwable cause =
                        error instanceof CompletionException ? error.getCause() : error;
                    problem = Messages.format("record.failed", cause.getMessage());
                  } else if (kept == OwnVoice.Kept.HEARD_NOTHING) {
                    problem = Messages.get("record.nothing");
                  } else {
                    problem = "";
                  }
                  if (controller.current() != this) {
                    return;
                  }
                  if (problem.isEmpty()) {
                    controller.refresh(
                        Utterance.builder()
                            .tone(Utterance.Earcon.CHOSEN)
                            .say(Messages.get("record.kept"))
                            .pause(300)
                            .say(text)
                            .build());
                  } else {
                    controller.refresh(Utterance.builder().build());
                    controller.tell(problem);
                  }
                }),
            controller.services().ui());
  }

  private void discard(String said) {
    own().discard();
    state = State.READY;
    controller.refresh(Utterance.builder().tone(Utterance.Earcon.BACK).say(said).build());
  }

  private void confirmRemove() {
    controller.show(
        new ConfirmScreen(
            controller,
            Messages.get("record.removeConfirm"),
            () -> own().remove(voice(), text),
            () -> controller.show(this, Utterance.builder().build()),
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
      controller.show(back, Utterance.builder().build());
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
