package dev.attune.ui.home;

import dev.attune.speech.Utterance;
import dev.attune.ui.kit.Messages;
import dev.attune.ui.kit.Places;
import dev.attune.ui.kit.Screen;
import dev.attune.ui.kit.ScreenModel;
import dev.attune.ui.kit.Screens;
import java.util.ArrayList;
import java.util.List;

/** Home: Before, During, After, History, Settings as big buttons. */
public record HomeScreen(Screens screens, Places places) implements Screen {
  static final List<String> ENTRIES = List.of("before", "during", "after", "history", "settings");

  @Override
  public ScreenModel model() {
    List<ScreenModel.Button> buttons = new ArrayList<>();
    for (int i = 0; i < ENTRIES.size(); i++) {
      String key = "home." + ENTRIES.get(i);
      buttons.add(
          new ScreenModel.Button(
              Messages.get(key),
              Messages.get(key + ".description")
                  + " "
                  + Messages.format("checkin.option", i + 1, ENTRIES.size()),
              false));
    }
    return new ScreenModel(
        "home", Messages.get("app.title"), Messages.get("home.text"), buttons, "", false, 0, 0);
  }

  @Override
  public Utterance enter() {
    return words(screens.scanning());
  }

  /** What Home says with keys: the question, then each entry with its number, then a hint. */
  public static Utterance words() {
    return words(false);
  }

  /**
   * @param scanning the hint is for a switch: the entries are heard as scanning reaches them
   */
  private static Utterance words(boolean scanning) {
    Utterance.Builder b = Utterance.builder().say(Messages.get("home.text"));
    for (int i = 0; i < ENTRIES.size(); i++) {
      b.option(i + 1, Messages.get("home." + ENTRIES.get(i)));
    }
    return b.say(Messages.get(scanning ? "home.hint.switch" : "home.hint")).build();
  }

  @Override
  public void choose(int index) {
    String entry = ENTRIES.get(index);
    if ("before".equals(entry) || "after".equals(entry)) {
      places.checkIn(entry);
    } else if ("during".equals(entry)) {
      places.pauseBoard();
    } else if ("settings".equals(entry)) {
      places.settings();
    } else if ("history".equals(entry)) {
      places.history();
    } else {
      screens.say(Utterance.of(Messages.format("home.notYet", Messages.get("home." + entry))));
    }
  }

  @Override
  public void back() {
    screens.say(Utterance.of(Messages.get("home.hint")));
  }
}
