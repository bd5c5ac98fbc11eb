package dev.attune.ui;

import dev.attune.session.Passphrase;
import dev.attune.speech.Utterance;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The optional lock at start: nothing else shows until the passphrase matches. */
final class LockScreen implements Screen {
  private final Controller controller;
  private final Screen next;

  LockScreen(Controller controller, Screen next) {
    this.controller = controller;
    this.next = next;
  }

  @Override
  public ScreenModel model() {
    return new ScreenModel(
        "locked",
        Messages.get("app.title"),
        Messages.get("lock.text"),
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
    Optional<char[]> typed = controller.ask(Messages.get("lock.ask"), true);
    if (typed.isEmpty()) {
      return;
    }
    boolean right = Passphrase.matches(typed.get(), controller.preferences().lock());
    Arrays.fill(typed.get(), '\0');
    if (right) {
      controller.show(next, Utterance.of(Messages.get("lock.open")));
    } else {
      controller.say(
          Utterance.builder()
              .tone(Utterance.Earcon.ATTENTION)
              .say(Messages.get("lock.wrong"))
              .build());
    }
  }
}
