package dev.attune.ui.checkin;

import dev.attune.deck.Exercise;
import dev.attune.speech.Utterance;
import dev.attune.ui.kit.Background;
import dev.attune.ui.kit.Messages;
import dev.attune.ui.kit.Screen;
import dev.attune.ui.kit.ScreenModel;
import dev.attune.ui.kit.Screens;
import java.util.List;

/**
 * A spoken breathing exercise. It moves on by itself when the voice has finished; any choice ends
 * it sooner. Without sound it waits for a key, so nobody is rushed.
 */
final class ExerciseScreen implements Screen {
  private final Screens screens;
  private final Background background;
  private final Exercise exercise;
  private final Screen resume;
  private boolean finished;

  ExerciseScreen(CheckIns area, Exercise exercise, Screen resume) {
    this.screens = area.screens();
    this.background = area.background();
    this.exercise = exercise;
    this.resume = resume;
  }

  /** Shows the exercise and moves on when the whole script has been spoken. */
  void begin(Utterance before) {
    background.after(
        screens.show(this, before),
        completed -> {
          if (completed) {
            finish();
          }
        });
  }

  @Override
  public boolean keepsUnlocked() {
    return true;
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
    if (!finished && screens.current() == this) {
      finished = true;
      screens.show(resume, Utterance.of(Messages.get("exercise.after")));
    }
  }
}
