package dev.attune.ui.kit;

import dev.attune.speech.Utterance;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/** Asks, by voice and on screen, before anything is deleted. "No" is the first, safe answer. */
public final class ConfirmScreen implements Screen {
  private final Screens screens;
  private final Background background;
  private final String question;
  private final String details;
  private final String heard;
  private final Supplier<CompletableFuture<Void>> action;
  private final Runnable after;
  private final String yes;
  private final String done;
  private final String title;

  public ConfirmScreen(
      Screens screens,
      Background background,
      String question,
      Supplier<CompletableFuture<Void>> action,
      Runnable after) {
    this(
        screens,
        background,
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
  public ConfirmScreen(
      Screens screens,
      Background background,
      String question,
      Supplier<CompletableFuture<Void>> action,
      Runnable after,
      String yes,
      String done) {
    this(screens, background, question, action, after, yes, done, Messages.get("history.delete"));
  }

  /**
   * @param title what the screen is called (not every confirmation deletes: a restore)
   */
  public ConfirmScreen(
      Screens screens,
      Background background,
      String question,
      Supplier<CompletableFuture<Void>> action,
      Runnable after,
      String yes,
      String done,
      String title) {
    this(screens, background, question, "", question, action, after, yes, done, title);
  }

  /**
   * A delete that tells more than it asks (the exports it leaves): {@code details} are shown in
   * small words under the buttons, one a line, and {@code heard} is spoken in place of the question
   * (the question, then the details, cut short when long).
   */
  public ConfirmScreen(
      Screens screens,
      Background background,
      String question,
      String details,
      String heard,
      Supplier<CompletableFuture<Void>> action,
      Runnable after) {
    this(
        screens,
        background,
        question,
        details,
        heard,
        action,
        after,
        Messages.get("confirm.delete"),
        Messages.get("confirm.deleted"),
        Messages.get("history.delete"));
  }

  private ConfirmScreen(
      Screens screens,
      Background background,
      String question,
      String details,
      String heard,
      Supplier<CompletableFuture<Void>> action,
      Runnable after,
      String yes,
      String done,
      String title) {
    this.title = title;
    this.screens = screens;
    this.background = background;
    this.question = question;
    this.details = details;
    this.heard = heard;
    this.action = action;
    this.after = after;
    this.yes = yes;
    this.done = done;
  }

  /** True from "yes" until it is done: keys then hear "one moment", and nothing is done twice. */
  private boolean working;

  @Override
  public ScreenModel model() {
    ScreenModel menu = Menu.model("confirm", title, text(), labels(), 0);
    if (working || details.isEmpty()) {
      return menu;
    }
    return new ScreenModel(
        menu.name(),
        menu.title(),
        menu.text(),
        menu.buttons(),
        details,
        menu.curtained(),
        menu.focus(),
        menu.controls());
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
    return Menu.spoken(Utterance.builder().tone(Utterance.Earcon.ATTENTION), heard, labels());
  }

  @Override
  public void choose(int index) {
    if (working) {
      screens.say(Utterance.of(text()));
      return;
    }
    if (index == 0) {
      screens.say(Utterance.of(Messages.get("confirm.kept")));
      after.run();
      return;
    }
    working = true;
    screens.refresh(Utterance.of(text()));
    start();
  }

  /** Does it, off the Event Dispatch Thread; keys hear "one moment" until it is done or failed. */
  private void start() {
    background.run(
        this,
        action,
        result -> {
          working = false;
          screens.tell(done);
          if (screens.current() == this) {
            after.run();
          }
        },
        error -> {
          // Nothing was done: the question stands again, whatever is shown now.
          working = false;
          if (screens.current() == this) {
            background.failed(
                this,
                error,
                () -> {
                  working = true;
                  screens.show(this);
                  start();
                });
          } else {
            background.tellFailure(error);
          }
        });
  }

  @Override
  public void back() {
    choose(0);
  }
}
