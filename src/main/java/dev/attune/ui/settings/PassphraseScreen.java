package dev.attune.ui.settings;

import dev.attune.speech.Utterance;
import dev.attune.ui.kit.Menu;
import dev.attune.ui.kit.Messages;
import dev.attune.ui.kit.Screen;
import dev.attune.ui.kit.ScreenModel;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Setting the passphrase, or taking it away, from Settings. Before a passphrase is set the person
 * hears, and sees, that a forgotten one means everything is gone, and is offered an export first.
 * Taking it away is warned about first, and "keep" is the first, safe answer.
 */
final class PassphraseScreen implements Screen {
  private final SettingsArea area;

  private final Screen back;
  private boolean working;

  PassphraseScreen(SettingsArea area, Screen back) {
    this.area = area;
    this.back = back;
  }

  private boolean set() {
    return area.locking().passphraseSet();
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
      area.screens().say(Utterance.of(Messages.get("lock.unsealing")));
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
    area.screens()
        .ask(
            Messages.get("lock.new"),
            true,
            first -> {
              if (first.isPresent() && first.get().length > 0) {
                area.screens()
                    .ask(Messages.get("lock.again"), true, again -> confirmed(first, again));
              }
            });
  }

  private void confirmed(Optional<char[]> first, Optional<char[]> again) {
    boolean same = again.isPresent() && Arrays.equals(first.get(), again.get());
    again.ifPresent(t -> Arrays.fill(t, '\0'));
    if (!same) {
      Arrays.fill(first.get(), '\0');
      area.screens().say(Utterance.of(Messages.get("lock.differ")));
      return;
    }
    working = true;
    area.screens().say(Utterance.of(Messages.get("lock.sealing")));
    area.background()
        .run(
            this,
            () -> area.passphrases().protect(first.get()),
            done -> {
              working = false;
              area.locking().passphraseChanged();
              area.screens().tell(Messages.get("lock.on"));
              if (area.screens().current() == this) {
                area.screens().show(back, Utterance.builder().build());
              }
            },
            this::failed);
  }

  /** Nothing changed: the passphrase is typed again, not tried again (it is not kept). */
  private void failed(Throwable error) {
    working = false;
    area.background().tellFailure(error);
  }

  private void takeAway() {
    area.screens().ask(Messages.get("lock.ask"), true, this::takeAway);
  }

  private void takeAway(Optional<char[]> typed) {
    if (typed.isEmpty()) {
      return;
    }
    working = true;
    area.screens().say(Utterance.of(Messages.get("lock.unsealing")));
    area.background()
        .run(
            this,
            () -> area.passphrases().unprotect(typed.get()),
            removed -> {
              working = false;
              if (removed) {
                area.locking().passphraseChanged();
                area.screens().tell(Messages.get("lock.off"));
                if (area.screens().current() == this) {
                  area.screens().show(back, Utterance.builder().build());
                }
              } else {
                area.screens()
                    .say(
                        Utterance.builder()
                            .tone(Utterance.Earcon.ATTENTION)
                            .say(Messages.get("lock.wrong"))
                            .build());
              }
            },
            this::failed);
  }

  private void exportFirst() {
    area.screens().say(Utterance.of(Messages.get("export.working")));
    area.background()
        .run(
            this,
            () -> area.history().exportCsv(),
            file ->
                area.screens()
                    .tell(Messages.format("export.saved", file.getFileName(), file.getParent())));
  }

  @Override
  public void back() {
    area.screens().show(back, Utterance.builder().build());
  }
}
