package dev.attune.ui;

import dev.attune.speech.Utterance;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/** Asks, by voice and on screen, before anything is deleted. "No" is the first, safe answer. */
final class ConfirmScreen implements Screen {
  private final Controller controller;
  private final String question;
  private final Supplier<CompletableFuture<Void>> action;
  private final Runnable after;
  private final String yes;
  private final String done;

  ConfirmScreen(
      Controller controller,
      String question,
      Supplier<CompletableFuture<Void>> action,
      Runnable after) {
    this(
        controller,
        question,
        action,
        after,
        Messages.get("confirm.delete"),
        Messages.get("confirm.deleted"));
  }

  /**
   * @param yes the label of the button that does it
   * @param done what is told once it is done
   */
  ConfirmScreen(
      Controller controller,
      String question,
      Supplier<CompletableFuture<Void>> action,
      Runnable after,
      String yes,
      String done) {
    this.controller = controller;
    this.question = question;
    this.action = action;
    this.after = after;
    this.yes = yes;
    this.done = done;
  }

  /** True from "yes" until it is done: keys then hear "one moment", and nothing is done twice. */
  private boolean working;

  @Override
  public ScreenModel model() {
    return Menu.model("confirm", Messages.get("history.delete"), text(), labels(), 0);
  }

  private String text() {
    return working ? Messages.get("export.working") : question;
  }

  /** "No" first: the safe answer is the easy one. */
  private List<String> labels() {
    return List.of(Messages.get("confirm.keep"), yes);
  }

  @Override
  public Utterance enter() {
    if (working) {
      return Utterance.of(text());
    }
    return Menu.spoken(Utterance.builder().tone(Utterance.Earcon.ATTENTION), question, labels());
  }

  @Override
  public void choose(int index) {
    if (working) {
      controller.say(Utterance.of(text()));
      return;
    }
    if (index == 0) {
      controller.say(Utterance.of(Messages.get("confirm.kept")));
      after.run();
      return;
    }
    working = true;
    controller.refresh(Utterance.of(text()));
    controller.background(
        this,
        action,
        result -> {
          working = false;
          controller.tell(done);
          if (controller.current() == this) {
            after.run();
          }
        });
  }

  @Override
  public void back() {
    choose(0);
  }
}
