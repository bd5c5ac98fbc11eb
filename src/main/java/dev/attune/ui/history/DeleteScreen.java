package dev.attune.ui.history;

import dev.attune.session.Names;
import dev.attune.session.Person;
import dev.attune.speech.Utterance;
import dev.attune.ui.kit.ConfirmScreen;
import dev.attune.ui.kit.Menu;
import dev.attune.ui.kit.Messages;
import dev.attune.ui.kit.Screen;
import dev.attune.ui.kit.ScreenModel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Delete one person, or everything; one evening is deleted from its line in History. Deleting
 * everything names the exports it leaves.
 */
record DeleteScreen(HistoryArea area, Runnable after) implements Screen {
  private List<String> labels() {
    List<String> labels = new ArrayList<>();
    List<Person> people = area.people().all();
    for (int i = 0; i < people.size() && i < 4; i++) {
      labels.add(Messages.format("delete.person", name(people, i)));
    }
    labels.add(Messages.get("delete.everything"));
    labels.add(Messages.get("delete.back"));
    return labels;
  }

  private static String name(List<Person> people, int index) {
    Person p = people.get(index);
    if (!p.named() && people.size() == 1) {
      return Messages.get("delete.you");
    }
    return new Names(people).of(p.id());
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
    List<Person> people = area.people().all();
    int persons = Math.min(4, people.size());
    if (index < persons) {
      Person person = people.get(index);
      area.screens()
          .show(
              new ConfirmScreen(
                  area.screens(),
                  area.background(),
                  Messages.format("delete.person.confirm", name(people, index)),
                  () -> area.source().deletePerson(person.id()).thenRun(() -> forget(person.id())),
                  after));
    } else if (index == persons) {
      // First the exports still there: they are not deleted, so the question names them.
      area.background().run(this, () -> area.source().exportsLeft(), this::confirmEverything);
    } else {
      after.run();
    }
  }

  private void confirmEverything(List<Path> exports) {
    if (area.screens().current() != this) {
      return; // the person has moved on
    }
    String question = Messages.get("delete.everything.confirm");
    area.screens()
        .show(
            new ConfirmScreen(
                area.screens(),
                area.background(),
                question,
                ExportsLeft.shown(exports),
                ExportsLeft.heard(question, exports),
                () -> area.source().deleteEverything().thenRun(() -> forget(-1)),
                after));
  }

  /**
   * Once deleted, the names leave memory too, on the Event Dispatch Thread where they are read.
   *
   * @param personId the one deleted, or -1 for everyone
   */
  private void forget(long personId) {
    area.background()
        .later(
            () -> {
              if (personId < 0) {
                area.people().forgetEveryone();
              } else {
                area.people().forget(personId);
              }
            });
  }

  @Override
  public void back() {
    after.run();
  }
}
