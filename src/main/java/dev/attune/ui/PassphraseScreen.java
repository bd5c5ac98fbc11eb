package dev.attune.ui;

import dev.attune.speech.Utterance;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Setting the passphrase, or taking it away, from Settings. Before a passphrase is set the person
 * hears, and sees, that a forgotten one means everything is gone, and is offered an export first.
 * Taking it away is warned about first, and "keep" is the first, safe answer.
 */
final class PassphraseScreen implements Screen {
  private final Controller controller;
  private final Screen back;
  private boolean working;

  PassphraseScreen(Controller controller, Screen back) {
    this.controller = controller;
    this.back = back;
  }

  private boolean set() {
    return controller.passphraseSet();
  }

  private String text() {
    return Messages.get(set() ? "lock.removeText" : "lock.setText");
  }

  private List<String> labels() {
    return set()
        ? List.of(Messages.get("lock.keep"), Messages.get("lock.remove"))
        : List.of(
            Messages.get("lock.choose"),
            Messages.get("lock.exportFirst"),
            Messages.get("delete.back"));
  }

  @Override
  public ScreenModel model() {
    return Menu.model("passphrase", Messages.get("lock.title"), text(), labels(), set() ? 0 : 1);
  }

  @Override
  public Utterance enter() {
    return Menu.spoken(Utterance.builder().tone(Utterance.Earcon.ATTENTION), text(), labels());
  }

  @Override
  public void choose(int index) {
    if (working) {
      controller.say(Utterance.of(Messages.get("lock.unsealing")));
      return;
    }
    if (set()) {
      if (index == 0) {
        back();
      } else {
        takeAway();
      }
    } else if (index == 0) {
      choosePassphrase();
    } else if (index == 1) {
      exportFirst();
    } else {
      back();
    }
  }

  private void choosePassphrase() {
    Optional<char[]> first = controller.ask(Messages.get("lock.new"), true);
    if (first.isEmpty() || first.get().length == 0) {
      return;
    }
    Optional<char[]> again = controller.ask(Messages.get("lock.again"), true);
    boolean same = again.isPresent() && Arrays.equals(first.get(), again.get());
    again.ifPresent(t -> Arrays.fill(t, '\0'));
    if (!same) {
      Arrays.fill(first.get(), '\0');
      controller.say(Utterance.of(Messages.get("lock.differ")));
      return;
    }
    working = true;
    controller.say(Utterance.of(Messages.get("lock.sealing")));
    controller.background(
        this,
        () -> controller.services().passphrases().protect(first.get()),
        done -> {
          working = false;
          controller.passphraseChanged();
          controller.tell(Messages.get("lock.on"));
          if (controller.current() == this) {
            controller.show(back, Utterance.builder().build());
          }
        },
        this::failed);
  }

  /** Nothing changed: the passphrase is typed again, not tried again (it is not kept). */
  private void failed(Throwable error) {
    working = false;
    controller.tellFailure(error);
  }

  private void takeAway() {
    Optional<char[]> typed = controller.ask(Messages.get("lock.ask"), true);
    if (typed.isEmpty()) {
      return;
    }
    working = true;
    controller.say(Utterance.of(Messages.get("lock.unsealing")));
    controller.background(
        this,
        () -> controller.services().passphrases().unprotect(typed.get()),
        removed -> {
          working = false;
          if (removed) {
            controller.passphraseChanged();
            controller.tell(Messages.get("lock.off"));
            if (controller.current() == this) {
              controller.show(back, Utterance.builder().build());
            }
          } else {
            controller.say(
                Utterance.builder()
                    .tone(Utterance.Earcon.ATTENTION)
                    .say(Messages.get("lock.wrong"))
                    .build());
          }
        },
        this::failed);
  }

  private void exportFirst() {
    controller.say(Utterance.of(Messages.get("export.working")));
    controller.background(
        this,
        () -> controller.services().history().exportCsv(),
        file ->
            controller.tell(Messages.format("export.saved", file.getFileName(), file.getParent())));
  }

  @Override
  public void back() {
    controller.show(back, Utterance.builder().build());
  }
}
