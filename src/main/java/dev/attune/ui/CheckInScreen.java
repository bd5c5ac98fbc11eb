package dev.attune.ui;

import dev.attune.session.CheckIn;
import dev.attune.session.Choice;
import dev.attune.session.Step;
import dev.attune.speech.Utterance;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A check-in in progress: one prompt, or a handoff, at a time. */
final class CheckInScreen implements Screen {
  private final Controller controller;
  private final CheckIn checkIn;

  CheckInScreen(Controller controller, CheckIn checkIn) {
    this.controller = controller;
    this.checkIn = checkIn;
  }

  void begin() {
    checkIn.start();
  }

  @Override
  public ScreenModel model() {
    Step step = checkIn.current();
    String title = checkIn.deck().title();
    if (step instanceof Step.Handoff) {
      return new ScreenModel(
          "handoff",
          title,
          handoffText((Step.Handoff) step),
          buttons(step.choices(), List.of()),
          "",
          true,
          0);
    }
    Step.Ask ask = (Step.Ask) step;
    if (checkIn.people().size() > 1) {
      title = title + ": " + (ask.together() ? "together" : capital(ask.whoName()));
    }
    return new ScreenModel(
        "prompt:" + ask.prompt().id(),
        title,
        ask.prompt().text(),
        buttons(ask.choices(), List.copyOf(ask.selected())),
        Messages.format("checkin.progress", ask.number(), ask.of()),
        false,
        0);
  }

  @Override
  public Utterance enter() {
    Step step = checkIn.current();
    if (step instanceof Step.Handoff) {
      Step.Handoff handoff = (Step.Handoff) step;
      return Utterance.builder()
          .tone(Utterance.Earcon.ATTENTION)
          .say(handoffText(handoff))
          .say(Messages.format("checkin.ready", capital(handoff.toName())))
          .build();
    }
    Step.Ask ask = (Step.Ask) step;
    Utterance.Builder b = Utterance.builder().say(ask.prompt().text()).pause(250);
    List<Choice> choices = ask.choices();
    for (int i = 0; i < choices.size(); i++) {
      b.say((i + 1) + ", " + choices.get(i).label() + ".", Utterance.Style.CUE);
    }
    return b.build();
  }

  @Override
  public void choose(int index) {
    Step before = checkIn.current();
    Choice choice = before.choices().get(index);
    Step next = checkIn.choose(index);
    Utterance.Builder echo = Utterance.builder().tone(Utterance.Earcon.CHOSEN);
    if (next instanceof Step.Finished) {
      echo.say(Messages.format("checkin.chosen", choice.label())).pause(300);
      controller.show(new SummaryScreen(controller, checkIn, (Step.Finished) next), echo.build());
    } else if (next == before || sameAsk(before, next)) {
      boolean added = ((Step.Ask) next).selected().contains(choice.id());
      controller.refresh(
          echo.say(
                  Messages.format(added ? "checkin.added" : "checkin.removed", choice.label()))
              .build());
    } else if (before instanceof Step.Handoff) {
      controller.show(this, Utterance.builder().build());
    } else {
      controller.show(this, echo.say(Messages.format("checkin.chosen", choice.label())).pause(300).build());
    }
  }

  @Override
  public void leave() {
    if (!checkIn.isFinished()) {
      checkIn.leave();
    }
  }

  @Override
  public void back() {
    Optional<Step> previous = checkIn.back();
    if (previous.isEmpty()) {
      controller.say(Utterance.of(Messages.get("checkin.startOfTurn")));
    } else {
      controller.show(this, Utterance.builder().tone(Utterance.Earcon.BACK).build());
    }
  }

  private static boolean sameAsk(Step before, Step next) {
    return before instanceof Step.Ask
        && next instanceof Step.Ask
        && ((Step.Ask) before).prompt().equals(((Step.Ask) next).prompt())
        && ((Step.Ask) before).who() == ((Step.Ask) next).who()
        && ((Step.Ask) before).number() == ((Step.Ask) next).number();
  }

  private static String handoffText(Step.Handoff handoff) {
    if (handoff.to() == null) {
      return Messages.get("checkin.handoffTogether");
    }
    return Messages.format(
        handoff.privateRound() ? "checkin.handoffPrivate" : "checkin.handoff",
        capital(handoff.toName()));
  }

  private static List<ScreenModel.Button> buttons(List<Choice> choices, List<String> selected) {
    List<ScreenModel.Button> buttons = new ArrayList<>();
    for (int i = 0; i < choices.size(); i++) {
      Choice c = choices.get(i);
      boolean chosen = selected.contains(c.id());
      String description =
          (chosen ? Messages.get("checkin.selected") + " " : "")
              + Messages.format("checkin.option", i + 1, choices.size());
      buttons.add(new ScreenModel.Button(c.label(), description, chosen));
    }
    return buttons;
  }

  private static String capital(String name) {
    return name.isEmpty() ? name : Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }
}
