package dev.attune.ui.nav;

import dev.attune.speech.Utterance;
import dev.attune.ui.kit.Command;
import dev.attune.ui.kit.Messages;
import dev.attune.ui.kit.ScreenModel;
import dev.attune.ui.settings.Preferences;
import java.time.Clock;

/**
 * What a key, a click, a tap or a switch press does on the screen shown, in direct or scanning
 * mode: choose, move the focus, scan, or one of the commands that work everywhere. Event Dispatch
 * Thread only.
 */
final class Presses {
  private final Navigation navigation;
  private final Areas areas;
  private final Lock lock;
  private final Look look;
  private final Clock clock;
  private long lastChoice = Long.MIN_VALUE / 2;

  Presses(Navigation navigation, Areas areas, Lock lock, Look look, Clock clock) {
    this.navigation = navigation;
    this.areas = areas;
    this.lock = lock;
    this.look = look;
    this.clock = clock;
  }

  private Preferences preferences() {
    return look.preferences();
  }

  private ScreenModel model() {
    return navigation.model();
  }

  /** See {@link Controller#ready()}. */
  boolean ready() {
    return !preferences().scanning() || clock.millis() - lastChoice >= Preferences.DEBOUNCE_MILLIS;
  }

  void act(Command command, int number) {
    if (navigation.hidden() && command != Command.CURTAIN) {
      return;
    }
    ScreenModel model = model();
    switch (command) {
      case CHOOSE -> choose(model.curtained() ? 0 : number - 1);
      case ACTIVATE -> activate();
      case NEXT -> moveFocus(1);
      case PREVIOUS -> moveFocus(-1);
      case REPEAT -> {
        navigation.scanner().stop();
        navigation.sayThenScan(navigation.current().repeat());
      }
      case BACK -> {
        navigation.scanner().stop();
        navigation.current().back();
      }
      case SILENCE -> {
        navigation.silence();
        if (preferences().scanning()) {
          navigation.scanner().stop();
        }
      }
      case PAUSE_BOARD -> areas.pauseBoard();
      case CURTAIN -> {
        if (navigation.hidden()) {
          navigation.unhide();
        } else {
          navigation.toggleCurtain();
        }
      }
      case FULL_SCREEN -> navigation.view().toggleFullScreen();
      case HIDE -> {
        // Instantly private: black and silent, nothing spoken to confirm it.
        navigation.hide();
        lock.lockNow();
      }
      case HELP -> {
        navigation.scanner().stop();
        Utterance.Builder b = Utterance.builder();
        for (Command c : Command.values()) {
          b.say(c.help());
        }
        navigation.say(b.build());
      }
    }
  }

  /** A button was clicked or tapped. In scanning mode every tap chooses the scanned option. */
  void clicked(int index) {
    if (preferences().scanning()) {
      activate();
    } else {
      choose(index);
    }
  }

  /** A tap anywhere in the window: the single switch of scanning mode. */
  void tapped() {
    if (preferences().scanning()) {
      activate();
    }
  }

  /** The person moved to a button (keys or pointer): its label is said in the cue voice. */
  void focusMoved(int index) {
    ScreenModel model = model();
    if (preferences().scanning() || model.dark()) {
      return;
    }
    if (index >= 0 && index < model.buttons().size()) {
      sayCue(model.buttons().get(index).label());
    }
  }

  private void activate() {
    ScreenModel model = model();
    if (model.curtained()) {
      choose(0);
    } else if (!preferences().scanning()) {
      int focused = navigation.view().focused();
      if (focused < 0) {
        navigation.say(Utterance.of(Messages.get("checkin.nothingFocused")));
      } else {
        choose(focused);
      }
    } else if (!ready()) {
      return;
    } else if (model.buttons().size() == 1) {
      // One button (an exercise, a handoff): nothing to scan, the press means it.
      choose(0);
    } else if (navigation.scanner().index() >= 0 && model.privately()) {
      // Taken quietly; the scan reads on to the end of its round, then confirms. Stopping at the
      // press would tell the room which answer was spoken last. The first press stands.
      if (!navigation.scanner().holding()) {
        navigation.scanner().hold(navigation.scanner().index());
      }
    } else if (navigation.scanner().index() >= 0) {
      choose(navigation.scanner().index());
    } else {
      navigation.scanner().start(0);
    }
  }

  /** Chooses what was pressed quietly during a private scan, once its round has been read. */
  void chooseHeld(int index) {
    if (index < model().buttons().size()) {
      choose(index);
    }
  }

  private void choose(int index) {
    if (index < 0 || index >= model().buttons().size()) {
      navigation.say(Utterance.of(Messages.format("checkin.noOption", index + 1)));
      return;
    }
    lastChoice = clock.millis();
    navigation.moved();
    navigation.scanner().stop();
    navigation.choosing(true);
    navigation.current().choose(index);
    navigation.choosing(false);
  }

  private void moveFocus(int step) {
    ScreenModel model = model();
    int count = model.buttons().size();
    if (count == 0 || model.curtained()) {
      return;
    }
    navigation.scanner().stop();
    int from = navigation.view().focused();
    int to = from < 0 ? (step > 0 ? 0 : count - 1) : Math.floorMod(from + step, count);
    navigation.view().focus(to);
    if (!model.privately()) {
      // A label heard as the focus moves would tell the room which answer is about to be given.
      sayCue(model.buttons().get(to).label());
    }
  }

  private void sayCue(String label) {
    navigation.say(Utterance.builder().say(label, Utterance.Style.CUE).build());
  }
}
