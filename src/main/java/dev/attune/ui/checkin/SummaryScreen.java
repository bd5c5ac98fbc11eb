package dev.attune.ui.checkin;

import dev.attune.session.CheckIn;
import dev.attune.session.Step;
import dev.attune.speech.Utterance;
import dev.attune.ui.kit.Messages;
import dev.attune.ui.kit.Screen;
import dev.attune.ui.kit.ScreenModel;
import dev.attune.ui.kit.Screens;
import java.util.List;

/** The end of a check-in: the summary in huge text, spoken. */
record SummaryScreen(Screens screens, CheckIn checkIn, Step.Finished finished) implements Screen {
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
      screens.say(enter());
    } else {
      screens.home();
    }
  }
}
