package dev.attune.ui;

import dev.attune.deck.Deck;
import dev.attune.session.CheckIn;
import dev.attune.session.Outcome;
import dev.attune.session.Person;
import dev.attune.session.Unfinished;
import dev.attune.speech.Utterance;
import java.util.ArrayList;
import java.util.List;

/** After a crash: carry on the check-in where it stopped, or start fresh. Nothing was lost. */
final class ResumeScreen implements Screen {
  private final Controller controller;
  private final Unfinished unfinished;

  ResumeScreen(Controller controller, Unfinished unfinished) {
    this.controller = controller;
    this.unfinished = unfinished;
  }

  private String text() {
    Deck deck = controller.services().decks().get(unfinished.deckId());
    return Messages.format("resume.text", deck.title());
  }

  @Override
  public ScreenModel model() {
    return Menu.model("resume", Messages.get("app.title"), text(), labels(), 0);
  }

  private static List<String> labels() {
    return List.of(Messages.get("resume.carryOn"), Messages.get("resume.fresh"));
  }

  @Override
  public Utterance enter() {
    return Menu.spoken(text(), labels());
  }

  @Override
  public void choose(int index) {
    if (index == 0) {
      List<Person> people = new ArrayList<>();
      for (long id : unfinished.personIds()) {
        controller.services().people().all().stream()
            .filter(p -> p.id() == id)
            .findFirst()
            .ifPresent(people::add);
      }
      CheckIn checkIn =
          new CheckIn(
              unfinished.checkInId(),
              controller.services().decks().get(unfinished.deckId()),
              people,
              controller.services().journal(),
              controller.services().clock());
      CheckInScreen screen = new CheckInScreen(controller, checkIn);
      screen.resume(unfinished.answers());
      controller.show(screen, Utterance.of(Messages.get("resume.back")));
    } else {
      controller
          .services()
          .journal()
          .finish(unfinished.checkInId(), Outcome.LEFT, controller.services().clock().instant());
      controller.home();
    }
  }
}
