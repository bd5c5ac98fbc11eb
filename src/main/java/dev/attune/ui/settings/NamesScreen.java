package dev.attune.ui.settings;

import dev.attune.session.Person;
import dev.attune.speech.Utterance;
import dev.attune.ui.kit.Menu;
import dev.attune.ui.kit.Messages;
import dev.attune.ui.kit.Screen;
import dev.attune.ui.kit.ScreenModel;
import java.util.ArrayList;
import java.util.List;

/** Names are optional: give each person one, change it, or clear it. Typing happens only here. */
record NamesScreen(SettingsArea area, Screen previous) implements Screen {
  private List<String> labels() {
    List<String> labels = new ArrayList<>();
    List<Person> people = area.people().all();
    for (int i = 0; i < people.size() && i < 6; i++) {
      Person p = people.get(i);
      labels.add(
          Messages.format(
              "names.label", i, i + 1, p.named() ? p.name() : Messages.get("names.none")));
    }
    labels.add(Messages.get("delete.back"));
    return labels;
  }

  @Override
  public ScreenModel model() {
    return Menu.model(
        "names", Messages.get("names.title"), Messages.get("names.text"), labels(), 1);
  }

  @Override
  public Utterance enter() {
    return Menu.spoken(Messages.get("names.text"), labels());
  }

  @Override
  public void choose(int index) {
    List<Person> people = area.people().all();
    if (index >= Math.min(6, people.size())) {
      back();
      return;
    }
    area.screens()
        .ask(
            Messages.get("names.ask"),
            false,
            typed -> {
              if (typed.isPresent()) {
                String name = new String(typed.get()).strip();
                area.people().rename(people.get(index).id(), name);
                area.screens()
                    .refresh(
                        Utterance.of(
                            name.isEmpty()
                                ? Messages.get("names.cleared")
                                : Messages.format("names.set", name)));
              }
            });
  }

  @Override
  public void back() {
    area.screens().show(previous, Utterance.builder().build());
  }
}
