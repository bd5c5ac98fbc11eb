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
    return Menu.model(
        "followup-offer", Messages.get("app.title"), Messages.get("followup.text"), labels(), 0);
  }

  private static List<String> labels() {
    return List.of(Messages.get("followup.yes"), Messages.get("followup.no"));
  }

  @Override
  public Utterance enter() {
    return Menu.spoken(Messages.get("followup.text"), labels());
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
