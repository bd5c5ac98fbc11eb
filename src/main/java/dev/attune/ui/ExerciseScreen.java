package dev.attune.ui;

import dev.attune.deck.Exercise;
import dev.attune.speech.Utterance;
import java.util.List;

/**
 * A spoken breathing exercise. It moves on by itself when the voice has finished; any choice ends
 * it sooner. Without sound it waits for a key, so nobody is rushed.
 */
final class ExerciseScreen implements Screen {
  private final Controller controller;
  private final Exercise exercise;
  private final Screen resume;
  private boolean finished;

  ExerciseScreen(Controller controller, Exercise exercise, Screen resume) {
    this.controller = controller;
    this.exercise = exercise;
    this.resume = resume;
  }

  /** Shows the exercise and moves on when the whole script has been spoken. */
  void begin(Utterance before) {
    controller
        .show(this, before)
        .thenAcceptAsync(
            controller.guard(
                (Boolean completed) -> {
                  if (completed) {
                    finish();
                  }
                }),
            controller.services().ui());
  }

  @Override
  public ScreenModel model() {
    return new ScreenModel(
        "exercise",
        Messages.get("exercise.title"),
        Messages.get("exercise.text"),
        List.of(
            new ScreenModel.Button(
                Messages.get("exercise.done"), Messages.get("exercise.done.description"), false)),
        Messages.format("exercise.length", Math.round(exercise.totalSeconds() / 60.0)),
        false,
        0,
        0);
  }

  @Override
  public Utterance enter() {
    Utterance.Builder b = Utterance.builder().say(Messages.get("exercise.start")).pause(1000);
    for (int round = 0; round < exercise.rounds(); round++) {
      b.say(Messages.get("exercise.in")).pause(exercise.inhale() * 1000);
      if (exercise.hold() > 0) {
        b.say(Messages.get("exercise.hold")).pause(exercise.hold() * 1000);
      }
      b.say(Messages.get("exercise.out")).pause(exercise.exhale() * 1000);
    }
    return b.say(Messages.get("exercise.end")).build();
  }

  @Override
  public void choose(int index) {
    finish();
  }

  @Override
  public boolean scannable() {
    return false;
  }

  @Override
  public void back() {
    finish();
  }

  private void finish() {
    if (!finished && controller.current() == this) {
      finished = true;
      controller.show(resume, Utterance.of(Messages.get("exercise.after")));
    }
  }
}
