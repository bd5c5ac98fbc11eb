package dev.attune.ui.checkin;

import dev.attune.speech.Utterance;
import dev.attune.ui.kit.Menu;
import dev.attune.ui.kit.Messages;
import dev.attune.ui.kit.Screen;
import dev.attune.ui.kit.ScreenModel;
import java.util.List;

/** First run: who uses Attune, in one tap. Names are optional and can come later. */
record SetupScreen(CheckIns area, String deckId) implements Screen {
  /** One way to start: a label and, for each person, whether they have pelvic pain. */
  record Start(String label, List<Boolean> pain) {}

  static final List<Start> STARTS =
      List.of(
          new Start(Messages.get("setup.me.pain"), List.of(true)),
          new Start(Messages.get("setup.me"), List.of(false)),
          new Start(Messages.get("setup.two.onePain"), List.of(true, false)),
          new Start(Messages.get("setup.two.bothPain"), List.of(true, true)),
          new Start(Messages.get("setup.two"), List.of(false, false)));

  @Override
  public ScreenModel model() {
    return Menu.model(
        "setup", Messages.get("setup.title"), Messages.get("setup.text"), labels(), 0);
  }

  private static List<String> labels() {
    return STARTS.stream().map(Start::label).toList();
  }

  @Override
  public Utterance enter() {
    return Menu.spoken(Messages.get("setup.text"), labels());
  }

  @Override
  public void choose(int index) {
    for (boolean pain : STARTS.get(index).pain()) {
      area.people().add("", pain);
    }
    area.start(deckId, area.people().all());
  }
}
