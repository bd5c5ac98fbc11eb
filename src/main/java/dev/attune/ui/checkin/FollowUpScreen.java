package dev.attune.ui.checkin;

import dev.attune.session.LastAfter;
import dev.attune.speech.Utterance;
import dev.attune.ui.kit.Menu;
import dev.attune.ui.kit.Messages;
import dev.attune.ui.kit.Screen;
import dev.attune.ui.kit.ScreenModel;
import java.util.List;

/** The next day: a gentle offer of the short follow-up about last time. Asked once. */
record FollowUpScreen(CheckIns area, LastAfter after) implements Screen {
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
    if (index == 0) {
      area.followUp(after.checkInId());
    } else {
      area.followUpDeclined(after.checkInId());
      area.screens().home();
    }
  }

  @Override
  public void back() {
    choose(1);
  }
}
