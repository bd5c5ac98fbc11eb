package dev.attune.ui.settings;

import dev.attune.speech.Utterance;
import dev.attune.ui.kit.Menu;
import dev.attune.ui.kit.Messages;
import dev.attune.ui.kit.Screen;
import dev.attune.ui.kit.ScreenModel;
import java.util.List;

/**
 * A change to how the switch works (two switches, other keys, clicks off) could leave someone with
 * no press that works, and no way to change it back. So it is tried first: it is kept only when
 * "Keep it" is chosen with the new setup, and goes back by itself when nothing is chosen in time.
 * "Go back" comes first, so a key that now means "option 1" undoes it.
 */
final class SwitchTrial implements Screen {
  static final int SECONDS = 15;

  private final SettingsArea area;
  private final Switching before;
  private final String now;
  private final Screen back;
  private boolean decided;

  /**
   * @param before the switch settings to go back to
   * @param now the new setting, in words
   * @param back where to go once kept or undone
   */
  SwitchTrial(SettingsArea area, Switching before, String now, Screen back) {
    this.area = area;
    this.before = before;
    this.now = now;
    this.back = back;
  }

  /** Shows the trial and starts its time. */
  void begin() {
    area.screens().show(this);
    area.background()
        .after(
            area.tuning().later(SECONDS * 1000),
            ignored -> {
              if (!decided) {
                undo("switch.trial.timeout");
              }
            });
  }

  private static List<String> labels() {
    return List.of(Messages.get("switch.trial.undo"), Messages.get("switch.trial.keep"));
  }

  private String text() {
    // Shown again after it went back by itself (the person was on the board, or locked).
    return decided
        ? Messages.get("switch.trial.timeout")
        : Messages.format("switch.trial.text", now, SECONDS);
  }

  @Override
  public ScreenModel model() {
    return Menu.model("switch-trial", Messages.get("switch.title"), text(), labels(), 0);
  }

  @Override
  public Utterance enter() {
    return Menu.spoken(text(), labels());
  }

  @Override
  public void choose(int index) {
    if (decided) {
      area.screens().show(back, Utterance.builder().build());
    } else if (index == 1) {
      decided = true;
      area.screens().show(back, Utterance.of(Messages.get("switch.trial.kept")));
    } else {
      undo("switch.trial.undone");
    }
  }

  @Override
  public void back() {
    if (decided) {
      area.screens().show(back, Utterance.builder().build());
    } else {
      undo("switch.trial.undone");
    }
  }

  /** Whatever happens to the screen, an undecided change does not stay. */
  @Override
  public void leave() {
    if (!decided) {
      decided = true;
      area.tuning().update(area.tuning().preferences().withSwitching(before));
    }
  }

  private void undo(String words) {
    if (decided) {
      return;
    }
    decided = true;
    area.tuning().update(area.tuning().preferences().withSwitching(before));
    if (area.screens().current() == this) {
      area.screens().show(back, Utterance.of(Messages.get(words)));
    }
  }
}
