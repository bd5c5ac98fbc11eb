package dev.attune.ui.checkin;

import dev.attune.session.Names;
import dev.attune.session.Person;
import dev.attune.speech.Utterance;
import dev.attune.ui.kit.Menu;
import dev.attune.ui.kit.Messages;
import dev.attune.ui.kit.Screen;
import dev.attune.ui.kit.ScreenModel;
import java.util.ArrayList;
import java.util.List;

/** Who is checking in now: both of you, or one alone. */
record WhoScreen(CheckIns area, String deckId, List<Person> people) implements Screen {
  WhoScreen {
    people = List.copyOf(people);
  }

  private List<String> labels() {
    List<String> labels = new ArrayList<>();
    labels.add(Messages.get(people.size() == 2 ? "who.both" : "who.all"));
    for (int i = 0; i < people.size(); i++) {
      labels.add(Messages.format("who.only", name(i)));
    }
    return labels;
  }

  private String name(int index) {
    return new Names(people).of(people.get(index).id());
  }

  @Override
  public ScreenModel model() {
    return Menu.model("who", area.deck(deckId).title(), Messages.get("who.text"), labels(), 0);
  }

  @Override
  public Utterance enter() {
    return Menu.spoken(Messages.get("who.text"), labels());
  }

  @Override
  public void choose(int index) {
    area.start(deckId, index == 0 ? people : List.of(people.get(index - 1)));
  }
}
