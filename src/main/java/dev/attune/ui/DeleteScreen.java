package dev.attune.ui;

import dev.attune.session.Person;
import dev.attune.speech.Utterance;
import java.util.ArrayList;
import java.util.List;

/** Delete one person, or everything; one evening is deleted from its line in History. */
final class DeleteScreen implements Screen {
  private final Controller controller;
  private final Runnable after;

  DeleteScreen(Controller controller, Runnable after) {
    this.controller = controller;
    this.after = after;
  }

  private List<String> labels() {
    List<String> labels = new ArrayList<>();
    List<Person> people = controller.services().people().all();
    for (int i = 0; i < people.size() && i < 4; i++) {
      labels.add(Messages.format("delete.person", name(people, i)));
    }
    labels.add(Messages.get("delete.everything"));
    labels.add(Messages.get("delete.back"));
    return labels;
  }

  private static String name(List<Person> people, int index) {
    Person p = people.get(index);
    if (p.named()) {
      return p.name();
    }
    return people.size() == 1 ? "you" : index == 0 ? "partner one" : "partner two";
  }

  @Override
  public ScreenModel model() {
    return Menu.model(
        "delete", Messages.get("history.delete"), Messages.get("delete.text"), labels(), 1);
  }

  @Override
  public Utterance enter() {
    return Menu.spoken(Messages.get("delete.text"), labels());
  }

  @Override
  public void choose(int index) {
    List<Person> people = controller.services().people().all();
    int persons = Math.min(4, people.size());
    if (index < persons) {
      Person person = people.get(index);
      controller.show(
          new ConfirmScreen(
              controller,
              Messages.format("delete.person.confirm", name(people, index)),
              () ->
                  controller
                      .services()
                      .history()
                      .deletePerson(person.id())
                      .thenRunAsync(
                          controller.guard(
                              () -> controller.services().people().forget(person.id())),
                          controller.services().ui()),
              after),
          Utterance.builder().build());
    } else if (index == persons) {
      controller.show(
          new ConfirmScreen(
              controller,
              Messages.get("delete.everything.confirm"),
              () ->
                  controller
                      .services()
                      .history()
                      .deleteEverything()
                      .thenRunAsync(
                          controller.guard(() -> controller.services().people().forgetEveryone()),
                          controller.services().ui()),
              after),
          Utterance.builder().build());
    } else {
      after.run();
    }
  }

  @Override
  public void back() {
    after.run();
  }
}
