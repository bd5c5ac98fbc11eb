package dev.attune.ui.kit;

import dev.attune.speech.Utterance;
import java.util.ArrayList;
import java.util.List;

/**
 * A screen of plain choices, drawn and spoken the same way everywhere: the words, then the labels
 * as numbered buttons ("Option 2 of 3. Press 2.") and read out with their numbers.
 */
public final class Menu {
  private Menu() {}

  /**
   * @param controls how many of the last labels are controls (Back, Home), drawn in their own row
   */
  public static ScreenModel model(
      String name, String title, String text, List<String> labels, int controls) {
    List<ScreenModel.Button> buttons = new ArrayList<>();
    for (int i = 0; i < labels.size(); i++) {
      buttons.add(
          new ScreenModel.Button(
              labels.get(i), Messages.format("checkin.option", i + 1, labels.size()), false));
    }
    return new ScreenModel(name, title, text, buttons, "", false, 0, controls);
  }

  /** The words, then each label with its number, in the cue voice. */
  public static Utterance spoken(Utterance.Builder before, String text, List<String> labels) {
    before.say(text).pause(200);
    for (int i = 0; i < labels.size(); i++) {
      before.option(i + 1, labels.get(i));
    }
    return before.build();
  }

  public static Utterance spoken(String text, List<String> labels) {
    return spoken(Utterance.builder(), text, labels);
  }
}
