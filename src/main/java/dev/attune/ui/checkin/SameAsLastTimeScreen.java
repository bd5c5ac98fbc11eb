package dev.attune.ui.checkin;

import dev.attune.deck.Deck;
import dev.attune.session.CheckIn;
import dev.attune.session.LastAnswers;
import dev.attune.session.Person;
import dev.attune.speech.Utterance;
import dev.attune.ui.kit.Menu;
import dev.attune.ui.kit.Messages;
import dev.attune.ui.kit.Screen;
import dev.attune.ui.kit.ScreenModel;
import java.util.List;

/**
 * "Same as last time?": last time's answers in one short summary. One tap keeps them, and only what
 * changes from day to day is asked; the other goes through everything.
 */
record SameAsLastTimeScreen(
    CheckIns area, Deck deck, List<Person> people, LastAnswers last, List<String> carried)
    implements Screen {
  SameAsLastTimeScreen {
    people = List.copyOf(people);
    carried = List.copyOf(carried);
  }

  private String text() {
    String summary = CheckIn.summaryOf(deck, people, last).text();
    return Messages.format("same.text", summary);
  }

  @Override
  public ScreenModel model() {
    return Menu.model("same", deck.title(), text(), labels(), 0);
  }

  private static List<String> labels() {
    return List.of(Messages.get("same.keep"), Messages.get("same.all"));
  }

  @Override
  public Utterance enter() {
    Utterance.Builder b = Utterance.builder();
    carried.forEach(b::say);
    return Menu.spoken(b.pause(300), text(), labels());
  }

  @Override
  public void choose(int index) {
    area.begin(deck, people, index == 0 ? last : null, List.of(), null);
  }

  @Override
  public void back() {
    area.screens().home();
  }
}
