package dev.attune.ui;

import dev.attune.session.CheckIn;
import dev.attune.session.Step;
import dev.attune.speech.Utterance;
import java.util.List;

/** The end of a check-in: the summary in huge text, spoken. */
final class SummaryScreen implements Screen {
  private final Controller controller;
  private final CheckIn checkIn;
  private final Step.Finished finished;

  SummaryScreen(Controller controller, CheckIn checkIn, Step.Finished finished) {
    this.controller = controller;
    this.checkIn = checkIn;
    this.finished = finished;
  }

  @Override
  public ScreenModel model() {
    return new ScreenModel(
        "summary",
        checkIn.deck().title() + ": " + Messages.get("summary.title"),
        finished.summary().text(),
        List.of(
            new ScreenModel.Button(
                Messages.get("summary.again"),
                Messages.get("summary.again.description")
                    + " "
                    + Messages.format("checkin.option", 1, 2),
                false),
            new ScreenModel.Button(
                Messages.get("summary.home"),
                Messages.get("summary.home.description")
                    + " "
                    + Messages.format("checkin.option", 2, 2),
                false)),
        "",
        false,
        0,
        0);
  }

  @Override
  public Utterance enter() {
    Utterance.Builder b = Utterance.builder();
    finished.summary().sentences().forEach(s -> b.say(s).pause(200));
    return b.build();
  }

  @Override
  public void choose(int index) {
    if (index == 0) {
      controller.say(enter());
    } else {
      controller.home();
    }
  }
}
