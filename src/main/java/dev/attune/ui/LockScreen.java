package dev.attune.ui;

import dev.attune.speech.Utterance;
import java.util.List;
import java.util.Optional;

/**
 * Attune is locked: nothing else shows until the passphrase opens it. Opening takes most of a
 * second (the key is derived on the storage thread), and the person hears that it is unlocking.
 */
final class LockScreen implements Screen {
  private final Controller controller;
  private final Screen back;
  private boolean unlocking;

  /** The last passphrase typed did not match: shown as well as said. */
  private boolean wrong;

  /**
   * @param back the screen to go back to once unlocked, or {@code null} for the first screen
   */
  LockScreen(Controller controller, Screen back) {
    this.controller = controller;
    this.back = back;
  }

  @Override
  public ScreenModel model() {
    return new ScreenModel(
        "locked",
        Messages.get("app.title"),
        wrong
            ? Messages.get("lock.wrong") + " " + Messages.get("lock.text")
            : Messages.get("lock.text"),
        List.of(
            new ScreenModel.Button(
                Messages.get("lock.unlock"), Messages.get("lock.unlock.description"), false)),
        "",
        false,
        0,
        0);
  }

  @Override
  public Utterance enter() {
    return Utterance.of(Messages.get("lock.text"));
  }

  @Override
  public void choose(int index) {
    if (unlocking) {
      controller.say(Utterance.of(Messages.get("lock.unlocking")));
      return;
    }
    Optional<char[]> typed = controller.ask(Messages.get("lock.ask"), true);
    if (typed.isEmpty()) {
      return;
    }
    unlocking = true;
    controller.say(Utterance.of(Messages.get("lock.unlocking")));
    controller.background(
        this,
        () -> controller.services().passphrases().unlock(typed.get()),
        opened -> {
          unlocking = false;
          if (opened.isPresent()) {
            controller.unlocked(opened.get(), back);
          } else {
            wrong = true;
            controller.refresh(
                Utterance.builder()
                    .tone(Utterance.Earcon.ATTENTION)
                    .say(Messages.get("lock.wrong"))
                    .build());
          }
        },
        error -> {
          // Typed again, not tried again: the passphrase typed is not kept.
          unlocking = false;
          controller.tellFailure(error);
        });
  }
}
