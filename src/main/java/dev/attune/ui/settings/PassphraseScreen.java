package dev.attune.ui.settings;

import dev.attune.speech.Utterance;
import dev.attune.ui.history.HistorySource;
import dev.attune.ui.kit.Background;
import dev.attune.ui.kit.Menu;
import dev.attune.ui.kit.Messages;
import dev.attune.ui.kit.Screen;
import dev.attune.ui.kit.ScreenModel;
import dev.attune.ui.kit.Screens;
import dev.attune.ui.lock.Locking;
import dev.attune.ui.lock.Passphrases;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Setting the passphrase, or taking it away, from Settings. Before a passphrase is set the person
 * hears, and sees, that a forgotten one means everything is gone, and is offered an export first.
 * Taking it away is warned about first, and "keep" is the first, safe answer.
 */
final class PassphraseScreen implements Screen {
  private final Screens screens;
  private final Background background;
  private final Passphrases passphrases;
  private final Locking locking;
  private final HistorySource history;
  private final Screen back;
  private boolean working;

  /**
   * @param history for "export my answers first"
   */
  PassphraseScreen(
      Screens screens,
      Background background,
      Passphrases passphrases,
      Locking locking,
      HistorySource history,
      Screen back) {
    this.screens = screens;
    this.background = background;
    this.passphrases = passphrases;
    this.locking = locking;
    this.history = history;
    this.back = back;
  }

  private boolean set() {
    return locking.passphraseSet();
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
      screens.say(Utterance.of(Messages.get("lock.unsealing")));
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
    Optional<char[]> first = screens.ask(Messages.get("lock.new"), true);
    if (first.isEmpty() || first.get().length == 0) {
      return;
    }
    Optional<char[]> again = screens.ask(Messages.get("lock.again"), true);
    boolean same = again.isPresent() && Arrays.equals(first.get(), again.get());
    again.ifPresent(t -> Arrays.fill(t, '\0'));
    if (!same) {
      Arrays.fill(first.get(), '\0');
      screens.say(Utterance.of(Messages.get("lock.differ")));
      return;
    }
    working = true;
    screens.say(Utterance.of(Messages.get("lock.sealing")));
    background.run(
        this,
        () -> passphrases.protect(first.get()),
        done -> {
          working = false;
          locking.passphraseChanged();
          screens.tell(Messages.get("lock.on"));
          if (screens.current() == this) {
            screens.show(back, Utterance.builder().build());
          }
        },
        this::failed);
  }

  /** Nothing changed: the passphrase is typed again, not tried again (it is not kept). */
  private void failed(Throwable error) {
    working = false;
    background.tellFailure(error);
  }

  private void takeAway() {
    Optional<char[]> typed = screens.ask(Messages.get("lock.ask"), true);
    if (typed.isEmpty()) {
      return;
    }
    working = true;
    screens.say(Utterance.of(Messages.get("lock.unsealing")));
    background.run(
        this,
        () -> passphrases.unprotect(typed.get()),
        removed -> {
          working = false;
          if (removed) {
            locking.passphraseChanged();
            screens.tell(Messages.get("lock.off"));
            if (screens.current() == this) {
              screens.show(back, Utterance.builder().build());
            }
          } else {
            screens.say(
                Utterance.builder()
                    .tone(Utterance.Earcon.ATTENTION)
                    .say(Messages.get("lock.wrong"))
                    .build());
          }
        },
        this::failed);
  }

  private void exportFirst() {
    screens.say(Utterance.of(Messages.get("export.working")));
    background.run(
        this,
        () -> history.exportCsv(),
        file ->
            screens.tell(Messages.format("export.saved", file.getFileName(), file.getParent())));
  }

  @Override
  public void back() {
    screens.show(back, Utterance.builder().build());
  }
}
