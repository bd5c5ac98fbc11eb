package dev.attune.ui;

import dev.attune.deck.Deck;
import dev.attune.session.CheckIn;
import dev.attune.session.Person;
import dev.attune.speech.Utterance;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * Runs the app's screens: shows one at a time, speaks it, and turns commands into actions. It holds
 * no Swing, so tests drive it through a fake {@link ScreenView}. Event Dispatch Thread only.
 */
public final class Controller {
  private final ScreenView view;
  private final Services services;
  private Screen screen;
  private ScreenModel model;
  private boolean userCurtain;

  public Controller(ScreenView view, Services services) {
    this.view = Objects.requireNonNull(view, "view");
    this.services = Objects.requireNonNull(services, "services");
  }

  /**
   * Shows Home and greets, after telling each notice once, plainly (no sound device, a database
   * that was moved aside, a broken voice file).
   */
  public void start(List<String> notices) {
    Utterance.Builder greeting = Utterance.builder();
    notices.forEach(greeting::say);
    if (!notices.isEmpty()) {
      view.notice(String.join(" ", notices));
    }
    show(new HomeScreen(this), greeting.say(Messages.get("home.welcome")).build());
  }

  /** Tells the person something that happened, by voice and on screen. */
  public void tell(String message) {
    view.notice(message);
    say(Utterance.of(message));
  }

  public ScreenModel model() {
    return model;
  }

  Services services() {
    return services;
  }

  /** Acts on a command from a key; {@code number} is the digit for {@link Command#CHOOSE}. */
  public void command(Command command, int number) {
    switch (command) {
      case CHOOSE:
        choose(model.curtained() ? 0 : number - 1);
        break;
      case ACTIVATE:
        int focused = model.curtained() ? 0 : view.focused();
        if (focused < 0) {
          say(Utterance.of(Messages.get("checkin.nothingFocused")));
        } else {
          choose(focused);
        }
        break;
      case NEXT:
        moveFocus(1);
        break;
      case PREVIOUS:
        moveFocus(-1);
        break;
      case REPEAT:
        say(screen.repeat());
        break;
      case BACK:
        screen.back();
        break;
      case SILENCE:
        services.speaker().stop();
        break;
      case PAUSE_BOARD:
        pauseBoard();
        break;
      case CURTAIN:
        userCurtain = !userCurtain;
        view.curtain(userCurtain || model.curtained());
        say(Utterance.of(userCurtain ? "Curtain on." : "Curtain off."));
        break;
      case FULL_SCREEN:
        view.toggleFullScreen();
        break;
      case HELP:
        say(help());
        break;
      default:
        throw new IllegalStateException("unhandled command " + command);
    }
  }

  /** The person moved to a button (keys or pointer): say its label in the cue voice. */
  public void focusMoved(int index) {
    if (index >= 0 && index < model.buttons().size() && !model.curtained()) {
      say(Utterance.builder().say(model.buttons().get(index).label(), Utterance.Style.CUE).build());
    }
  }

  /** The window is closing: an unfinished check-in is left, keeping what was said. */
  public void close() {
    screen.leave();
    services.speaker().stop();
  }

  void home() {
    screen.leave();
    show(new HomeScreen(this), Utterance.builder().build());
  }

  Screen current() {
    return screen;
  }

  /** Starts a check-in: first who uses Attune (once), then who is here, then the questions. */
  void checkIn(String deckId) {
    List<Person> people = services.people().all();
    if (people.isEmpty()) {
      show(new SetupScreen(this, deckId), Utterance.builder().build());
    } else if (people.size() > 1) {
      show(new WhoScreen(this, deckId, people), Utterance.builder().build());
    } else {
      startCheckIn(deckId, people);
    }
  }

  void startCheckIn(String deckId, List<Person> people) {
    Deck deck = services.decks().get(deckId);
    CheckIn checkIn =
        new CheckIn(services.ids().get(), deck, people, services.journal(), services.clock());
    CheckInScreen next = new CheckInScreen(this, checkIn);
    next.begin();
    show(next, Utterance.builder().say(deck.intro()).pause(300).build());
  }

  /** P, from anywhere: the pause board, which goes back to where the person was. */
  void pauseBoard() {
    if (screen instanceof BoardScreen) {
      say(screen.repeat());
      return;
    }
    show(
        new BoardScreen(this, services.decks().get("during"), screen), Utterance.builder().build());
  }

  /**
   * Shows a screen and speaks {@code before}, then the screen's own words.
   *
   * @return completes when that speech ends: true if it played to the end
   */
  CompletableFuture<Boolean> show(Screen next, Utterance before) {
    screen = next;
    model = next.model();
    view.show(model);
    view.curtain(userCurtain || model.curtained());
    view.focus(model.focus());
    view.announce(model.text());
    return say(concat(before, next.enter()));
  }

  /** Redraws the current screen without speaking its words again. */
  void refresh(Utterance words) {
    int focused = view.focused();
    model = screen.model();
    view.show(model);
    view.focus(focused >= 0 && focused < model.buttons().size() ? focused : model.focus());
    say(words);
  }

  CompletableFuture<Boolean> say(Utterance utterance) {
    if (utterance.parts().isEmpty()) {
      return CompletableFuture.completedFuture(true);
    }
    return services.speaker().say(utterance);
  }

  private void choose(int index) {
    if (index < 0 || index >= model.buttons().size()) {
      say(Utterance.of("There is no option " + (index + 1) + " here."));
      return;
    }
    screen.choose(index);
  }

  private void moveFocus(int step) {
    int count = model.buttons().size();
    if (count == 0 || model.curtained()) {
      return;
    }
    int from = view.focused();
    int to = from < 0 ? (step > 0 ? 0 : count - 1) : Math.floorMod(from + step, count);
    view.focus(to);
    focusMoved(to);
  }

  private static Utterance help() {
    Utterance.Builder b = Utterance.builder();
    for (Command c : Command.values()) {
      b.say(c.help());
    }
    return b.build();
  }

  static Utterance concat(Utterance first, Utterance second) {
    List<Utterance.Part> parts = new java.util.ArrayList<>(first.parts());
    parts.addAll(second.parts());
    return new Utterance(parts);
  }
}
