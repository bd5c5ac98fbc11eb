package dev.attune.ui;

import dev.attune.session.LastAfter;
import dev.attune.speech.Utterance;
import java.util.List;

/** The next day: a gentle offer of the short follow-up about last time. Asked once. */
final class FollowUpScreen implements Screen {
  private final Controller controller;
  private final LastAfter after;

  FollowUpScreen(Controller controller, LastAfter after) {
    this.controller = controller;
    this.after = after;
  }

  @Override
  public ScreenModel model() {
    return new ScreenModel(
        "followup-offer",
        Messages.get("app.title"),
        Messages.get("followup.text"),
        List.of(
            new ScreenModel.Button(
                Messages.get("followup.yes"), Messages.format("checkin.option", 1, 2), false),
            new ScreenModel.Button(
                Messages.get("followup.no"), Messages.format("checkin.option", 2, 2), false)),
        "",
        false,
        0,
        0);
  }

  @Override
  public Utterance enter() {
    return Utterance.builder()
        .say(Messages.get("followup.text"))
        .say("1, " + Messages.get("followup.yes") + ".", Utterance.Style.CUE)
        .say("2, " + Messages.get("followup.no") + ".", Utterance.Style.CUE)
        .build();
  }

  @Override
  public void choose(int index) {
    controller.services().history().followUpOffered(after.checkInId());
    if (index == 0) {
      controller.followUp(after.checkInId());
    } else {
      controller.home();
    }
  }

  @Override
  public void back() {
    choose(1);
  }
}
