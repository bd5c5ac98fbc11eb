package dev.attune.ui.history;

import dev.attune.session.Names;
import dev.attune.session.PeopleBook;
import dev.attune.session.Person;
import dev.attune.speech.Utterance;
import dev.attune.ui.kit.Background;
import dev.attune.ui.kit.ConfirmScreen;
import dev.attune.ui.kit.Menu;
import dev.attune.ui.kit.Messages;
import dev.attune.ui.kit.Screen;
import dev.attune.ui.kit.ScreenModel;
import dev.attune.ui.kit.Screens;
import java.util.ArrayList;
import java.util.List;

/** Delete one person, or everything; one evening is deleted from its line in History. */
final class DeleteScreen implements Screen {
  private final Screens screens;
  private final Background background;
  private final HistorySource source;
  private final PeopleBook book;
  private final Runnable after;

  DeleteScreen(
      Screens screens,
      Background background,
      HistorySource source,
      PeopleBook people,
      Runnable after) {
    this.screens = screens;
    this.background = background;
    this.source = source;
    this.book = people;
    this.after = after;
  }

  private List<String> labels() {
    List<String> labels = new ArrayList<>();
    List<Person> people = book.all();
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
    List<Person> people = book.all();
    int persons = Math.min(4, people.size());
    if (index < persons) {
      Person person = people.get(index);
      screens.show(
          new ConfirmScreen(
              screens,
              background,
              Messages.format("delete.person.confirm", name(people, index)),
              () -> source.deletePerson(person.id()).thenRun(() -> forget(person.id())),
              after));
    } else if (index == persons) {
      screens.show(
          new ConfirmScreen(
              screens,
              background,
              Messages.get("delete.everything.confirm"),
              () -> source.deleteEverything().thenRun(() -> forget(-1)),
              after));
    } else {
      after.run();
    }
  }

  /**
   * Once deleted, the names leave memory too, on the Event Dispatch Thread where they are read.
   *
   * @param personId the one deleted, or -1 for everyone
   */
  private void forget(long personId) {
    background.later(
        () -> {
          if (personId < 0) {
            book.forgetEveryone();
          } else {
            book.forget(personId);
          }
        });
  }

  @Override
  public void back() {
    after.run();
  }
}
