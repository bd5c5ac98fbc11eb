package dev.attune.ui.nav;

import dev.attune.speech.Utterance;
import dev.attune.ui.kit.Command;
import dev.attune.ui.kit.Messages;
import dev.attune.ui.kit.ScreenModel;
import dev.attune.ui.settings.Preferences;
import dev.attune.ui.settings.Switching;
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

  /** A switch is down: one press, from down to up. */
  private boolean down;

  private long downAt;

  /** The option highlighted when the switch went down: what the person aimed at. */
  private int target = -1;

  /** The press has acted, or was ignored: letting go does nothing more. */
  private boolean taken;

  /** Which switch is down. */
  private int downWhich;

  /** The screen the press began on: let go on another, it does nothing. */
  private long downShown;

  /** When the pointer last went down, for the acceptance time of a tap on a button. */
  private long pointerAt = Long.MIN_VALUE / 2;

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

  private Switching switching() {
    return preferences().switching();
  }

  /** See {@link Controller#ready()}. */
  boolean ready() {
    return !preferences().scanning() || clock.millis() - lastChoice >= switching().ignoreMillis();
  }

  /**
   * A switch went down (scanning mode). With no acceptance time it acts at once, on the option
   * highlighted; otherwise, and on a screen with a long-press choice (the board), it acts when the
   * switch is let go, on the option that was highlighted when it went down.
   *
   * @param which 1: the switch, or with two switches the one that moves; 2: the one that chooses
   */
  void switchDown(int which) {
    // A press while one is down is a new press: a release that never came must not stop the switch.
    down = true;
    downWhich = which;
    downShown = navigation.shownCount();
    downAt = clock.millis();
    target = navigation.scanner().index();
    taken = !ready();
    if (!taken && switching().acceptMillis() == 0 && navigation.current().heldChoice() < 0) {
      taken = true;
      press(which, target);
    }
  }

  /** The switch was let go: a press held long enough acts now; on the board, a long one pauses. */
  void switchUp(int which) {
    if (!down || which != downWhich) {
      return;
    }
    down = false;
    if (taken || navigation.shownCount() != downShown) {
      return;
    }
    long held = clock.millis() - downAt;
    if (held < switching().acceptMillis()) {
      return; // a brush, not a press
    }
    int hold = navigation.current().heldChoice();
    if (hold >= 0 && held >= Switching.HOLD_MILLIS && !model().dark()) {
      choose(hold);
    } else {
      press(which, target);
    }
  }

  /** The switch was not let go but lost (the window lost the keyboard): the press does nothing. */
  void switchCancelled() {
    down = false;
  }

  /** The pointer went down: remembered, so that a tap shorter than the acceptance time is not. */
  void pointerDown() {
    pointerAt = clock.millis();
  }

  /** Whether a tap on a button that ends now was held for the acceptance time. */
  boolean accepted() {
    return clock.millis() - pointerAt >= switching().acceptMillis();
  }

  private void press(int which, int scanned) {
    if (navigation.hidden()) {
      return;
    }
    if (switching().twoSwitches()
        && which == 1
        && !model().curtained()
        && model().buttons().size() > 1) {
      navigation.scanner().next();
      return;
    }
    activate(scanned);
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

  /**
   * A button was clicked or tapped (direct mode: scanning takes the pointer as a switch, down and
   * up). A tap shorter than the acceptance time is a brush, not a choice.
   */
  void clicked(int index) {
    if (!preferences().scanning() && accepted()) {
      choose(index);
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
    activate(navigation.scanner().index());
  }

  /**
   * @param scanned the option the scan had highlighted when the press began
   */
  private void activate(int scanned) {
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
    } else if (scanned >= 0 && model.privately()) {
      // Taken quietly; the scan reads on to the end of its round, then confirms. Stopping at the
      // press would tell the room which answer was spoken last. The first press stands.
      if (!navigation.scanner().holding()) {
        navigation.scanner().hold(scanned);
      }
    } else if (scanned >= 0) {
      choose(scanned);
    } else {
      navigation.scanner().start(-1);
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
