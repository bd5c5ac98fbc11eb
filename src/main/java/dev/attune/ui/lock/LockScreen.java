package dev.attune.ui.lock;

import dev.attune.speech.Utterance;
import dev.attune.ui.kit.Background;
import dev.attune.ui.kit.Messages;
import dev.attune.ui.kit.Screen;
import dev.attune.ui.kit.ScreenModel;
import dev.attune.ui.kit.Screens;
import java.util.List;
import java.util.Optional;

/**
 * Attune is locked: nothing else shows until the passphrase opens it. Opening takes most of a
 * second (the key is derived on the storage thread), and the person hears that it is unlocking.
 */
public final class LockScreen implements Screen {
  private final Screens screens;
  private final Background background;
  private final Locking locking;
  private final Screen back;
  private boolean unlocking;

  /** The last passphrase typed did not match: shown as well as said. */
  private boolean wrong;

  /**
   * @param back the screen to go back to once unlocked, or {@code null} for the first screen
   */
  public LockScreen(Screens screens, Background background, Locking locking, Screen back) {
    this.screens = screens;
    this.background = background;
    this.locking = locking;
    this.back = back;
  }

  @Override
  public ScreenModel model() {
    return new ScreenModel(
        "locked",
        Messages.get("app.title"),
        wrong ? Messages.get("lock.wrong") + " " + text() : text(),
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
    return Utterance.of(text());
  }

  /** What to do: keys, or a switch and the scanning keyboard. */
  private String text() {
    return Messages.get(screens.scanning() ? "lock.text.switch" : "lock.text");
  }

  @Override
  public void choose(int index) {
    if (unlocking) {
      screens.say(Utterance.of(Messages.get("lock.unlocking")));
      return;
    }
    screens.ask(Messages.get("lock.ask"), true, this::unlock);
  }

  private void unlock(Optional<char[]> typed) {
    if (typed.isEmpty()) {
      return;
    }
    unlocking = true;
    screens.say(Utterance.of(Messages.get("lock.unlocking")));
    background.run(
        this,
        () -> locking.unlock(typed.get()),
        opened -> {
          unlocking = false;
          if (opened.isPresent()) {
            locking.unlocked(opened.get(), back);
          } else {
            wrong = true;
            screens.refresh(
                Utterance.builder()
                    .tone(Utterance.Earcon.ATTENTION)
                    .say(Messages.get("lock.wrong"))
                    .build());
          }
        },
        error -> {
          // Typed again, not tried again: the passphrase typed is not kept.
          unlocking = false;
          background.tellFailure(error);
        });
  }
}
