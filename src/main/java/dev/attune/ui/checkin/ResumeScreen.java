package dev.attune.ui.checkin;

import dev.attune.deck.Deck;
import dev.attune.session.Unfinished;
import dev.attune.speech.Utterance;
import dev.attune.ui.kit.Menu;
import dev.attune.ui.kit.Messages;
import dev.attune.ui.kit.Screen;
import dev.attune.ui.kit.ScreenModel;
import java.util.List;

/** After a crash: carry on the check-in where it stopped, or start fresh. Nothing was lost. */
record ResumeScreen(CheckIns area, Unfinished unfinished) implements Screen {
  private String text() {
    Deck deck = area.deck(unfinished.deckId());
    return Messages.format("resume.text", deck.title());
  }

  @Override
  public ScreenModel model() {
    return Menu.model("resume", Messages.get("app.title"), text(), labels(), 0);
  }

  private static List<String> labels() {
    return List.of(Messages.get("resume.carryOn"), Messages.get("resume.fresh"));
  }

  @Override
  public Utterance enter() {
    return Menu.spoken(text(), labels());
  }

  @Override
  public void choose(int index) {
    if (index == 0) {
      area.carryOn(unfinished);
    } else {
      area.leave(unfinished);
    }
  }
}
