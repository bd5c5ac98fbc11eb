package dev.attune.ui.checkin;

import dev.attune.deck.Exercise;
import dev.attune.deck.Prompt;
import dev.attune.session.CheckIn;
import dev.attune.session.Choice;
import dev.attune.session.LastAnswers;
import dev.attune.session.Step;
import dev.attune.session.Unfinished;
import dev.attune.speech.Utterance;
import dev.attune.ui.kit.Messages;
import dev.attune.ui.kit.Pager;
import dev.attune.ui.kit.Screen;
import dev.attune.ui.kit.ScreenModel;
import dev.attune.ui.kit.Screens;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A check-in: one prompt, or a handoff, at a time, and its summary once it has finished. Any step
 * the check-in reaches can be shown, however it got there (an answer, a handoff, "same as last
 * time", carrying on after a crash).
 */
final class CheckInScreen implements Screen {
  private final CheckIns area;
  private final Screens screens;
  private final CheckIn checkIn;
  private int page;

  /** Where scanning starts when this prompt changes in place: Done after a toggle. */
  private int scanFrom = -1;

  private SummaryScreen summary;

  CheckInScreen(CheckIns area, CheckIn checkIn) {
    this.area = area;
    this.screens = area.screens();
    this.checkIn = checkIn;
  }

  /**
   * @param keep last time's answers to keep ("same as last time"), or {@code null}
   */
  void begin(LastAnswers keep) {
    if (keep == null) {
      checkIn.start();
    } else {
      checkIn.startKeeping(keep);
    }
  }

  void resume(List<Unfinished.Answer> answers) {
    checkIn.resume(answers);
  }

  /** The summary, once the check-in has finished; otherwise empty. */
  private Optional<SummaryScreen> summary() {
    if (summary == null && checkIn.current() instanceof Step.Finished) {
      summary = new SummaryScreen(screens, checkIn, (Step.Finished) checkIn.current());
    }
    return Optional.ofNullable(summary);
  }

  @Override
  public boolean keepsUnlocked() {
    return true;
  }

  @Override
  public ScreenModel model() {
    if (summary().isPresent()) {
      return summary.model();
    }
    Step step = checkIn.current();
    String title = checkIn.deck().title();
    if (step instanceof Step.Handoff) {
      return new ScreenModel(
          "handoff",
          title,
          handoffText((Step.Handoff) step),
          List.of(new ScreenModel.Button(step.choices().get(0).label(), "", false)),
          "",
          true,
          0,
          0);
    }
    Step.Ask ask = (Step.Ask) step;
    if (checkIn.people().size() > 1) {
      title =
          title
              + ": "
              + (ask.together() ? Messages.get("checkin.together") : capital(ask.whoName()));
    }
    List<Pager.Slot> slots = slots(ask);
    String progress = Messages.format("checkin.progress", ask.number(), ask.of());
    int pages = Pager.pages(ask.choices());
    if (pages > 1) {
      progress += "  ·  " + Messages.format("checkin.page", Math.floorMod(page, pages) + 1, pages);
    }
    return new ScreenModel(
        "prompt:" + ask.prompt().id(),
        title,
        ask.prompt().text(),
        buttons(ask, slots),
        progress,
        false,
        0,
        (int) slots.stream().filter(Pager.Slot::control).count(),
        isPrivate(ask) && checkIn.people().size() > 1);
  }

  @Override
  public Utterance enter() {
    if (summary().isPresent()) {
      return summary.enter();
    }
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
    return options(Utterance.builder().say(ask.prompt().text()).pause(250), ask).build();
  }

  /**
   * What may be said next, for the voice to synthesise now: each option's echo, and the question
   * most likely to follow.
   */
  @Override
  public Utterance ahead() {
    Utterance.Builder b = Utterance.builder();
    Step step = checkIn.current();
    if (step instanceof Step.Ask && isPrivate((Step.Ask) step)) {
      b.say(Messages.get("checkin.private.chosen"));
    } else {
      for (Choice choice : step.choices()) {
        b.say(Messages.format("checkin.chosen", choice.label()));
      }
    }
    checkIn
        .upcoming()
        .ifPresent(
            next -> {
              b.say(next.prompt().text());
              List<Choice> choices = next.choices();
              for (int i = 0; i < Math.min(choices.size(), Pager.PER_PAGE + 3); i++) {
                b.option(i + 1, choices.get(i).label());
              }
            });
    return b.build();
  }

  /** The buttons of the current page, numbered, in the cue voice. */
  private Utterance.Builder options(Utterance.Builder b, Step.Ask ask) {
    List<Pager.Slot> slots = slots(ask);
    for (int i = 0; i < slots.size(); i++) {
      b.option(i + 1, slots.get(i).label());
    }
    return b;
  }

  private List<Pager.Slot> slots(Step.Ask ask) {
    return Pager.layout(ask.choices(), page, !ask.selected().isEmpty());
  }

  @Override
  public void choose(int index) {
    if (summary().isPresent()) {
      summary.choose(index);
      return;
    }
    Step before = checkIn.current();
    if (before instanceof Step.Handoff) {
      checkIn.choose(0);
      page = 0;
      screens.show(this, Utterance.builder().build());
      return;
    }
    Pager.Slot slot = slots((Step.Ask) before).get(index);
    scanFrom = -1;
    if (slot.more()) {
      page++;
      screens.refresh(
          options(
                  Utterance.builder().say(Messages.get("checkin.more")).pause(150),
                  (Step.Ask) before)
              .build());
      return;
    }
    Choice choice = before.choices().get(slot.choice());
    Step next = checkIn.choose(slot.choice());
    if (!sameAsk(before, next)) {
      page = 0;
    }
    Utterance.Builder echo = Utterance.builder().tone(Utterance.Earcon.CHOSEN);
    if (isPrivate((Step.Ask) before)) {
      // The same words, sound and length whatever was chosen: nobody in the room learns it.
      screens.show(this, echo.say(Messages.get("checkin.private.chosen")).pause(300).build());
      return;
    }
    Optional<Exercise> exercise = ((Step.Ask) before).prompt().exercise();
    if (choice.kind() == Choice.Kind.START && exercise.isPresent()) {
      new ExerciseScreen(area, exercise.get(), this).begin(echo.build());
    } else if (sameAsk(before, next)) {
      boolean added = ((Step.Ask) next).selected().contains(choice.id());
      scanFrom = done((Step.Ask) next);
      screens.refresh(
          echo.say(Messages.format(added ? "checkin.added" : "checkin.removed", choice.label()))
              .build());
    } else {
      screens.show(
          this, echo.say(Messages.format("checkin.chosen", choice.label())).pause(300).build());
    }
  }

  @Override
  public int scanFrom() {
    return scanFrom;
  }

  /** The button of Done (or Skip, with nothing chosen) on the page shown. */
  private int done(Step.Ask ask) {
    List<Pager.Slot> slots = slots(ask);
    for (int i = 0; i < slots.size(); i++) {
      Pager.Slot slot = slots.get(i);
      if (!slot.more()
          && slot.control()
          && ask.choices().get(slot.choice()).kind() != Choice.Kind.NOT_TODAY) {
        return i;
      }
    }
    return -1;
  }

  @Override
  public void leave() {
    if (!checkIn.isFinished()) {
      checkIn.leave();
    }
  }

  @Override
  public void back() {
    if (summary().isPresent()) {
      summary.back();
      return;
    }
    Optional<Step> previous = checkIn.back();
    page = 0;
    if (previous.isEmpty()) {
      screens.say(Utterance.of(Messages.get("checkin.startOfTurn")));
    } else {
      screens.show(this, Utterance.builder().tone(Utterance.Earcon.BACK).build());
    }
  }

  private static boolean isPrivate(Step.Ask ask) {
    return ask.prompt().kind() == Prompt.Kind.PRIVATE;
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

  private static List<ScreenModel.Button> buttons(Step.Ask ask, List<Pager.Slot> slots) {
    List<ScreenModel.Button> buttons = new ArrayList<>();
    for (int i = 0; i < slots.size(); i++) {
      Pager.Slot slot = slots.get(i);
      boolean chosen =
          !isPrivate(ask)
              && !slot.more()
              && ask.selected().contains(ask.choices().get(slot.choice()).id());
      String description =
          (chosen ? Messages.get("checkin.selected") + " " : "")
              + (slot.more() ? Messages.get("checkin.more.description") + " " : "")
              + Messages.format("checkin.option", i + 1, slots.size());
      buttons.add(new ScreenModel.Button(slot.label(), description, chosen));
    }
    return buttons;
  }

  private static String capital(String name) {
    return name.isEmpty() ? name : Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }
}
