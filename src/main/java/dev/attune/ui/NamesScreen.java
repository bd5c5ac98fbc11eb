package dev.attune.ui;

import dev.attune.session.Person;
import dev.attune.speech.Utterance;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Names are optional: give each person one, change it, or clear it. Typing happens only here. */
final class NamesScreen implements Screen {
  private final Controller controller;
  private final Screen back;

  NamesScreen(Controller controller, Screen back) {
    this.controller = controller;
    this.back = back;
  }

  private List<String> labels() {
    List<String> labels = new ArrayList<>();
    List<Person> people = controller.services().people().all();
    for (int i = 0; i < people.size() && i < 6; i++) {
      Person p = people.get(i);
      String who = i == 0 ? "Partner one" : i == 1 ? "Partner two" : "Person " + (i + 1);
      labels.add(p.named() ? who + ": " + p.name() : who + ": no name");
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
    List<Person> people = controller.services().people().all();
    if (index >= Math.min(6, people.size())) {
      back();
      return;
    }
    Optional<char[]> typed = controller.ask(Messages.get("names.ask"), false);
    if (typed.isPresent()) {
      String name = new String(typed.get()).strip();
      controller.services().people().rename(people.get(index).id(), name);
      controller.refresh(
          Utterance.of(
              name.isEmpty() ? Messages.get("names.cleared") : Messages.format("names.set", name)));
    }
  }

  @Override
  public void back() {
    controller.show(back, Utterance.builder().build());
  }
}
