package dev.attune.ui.checkin;

import dev.attune.deck.Deck;
import dev.attune.session.CarriedForward;
import dev.attune.session.CheckIn;
import dev.attune.session.Journal;
import dev.attune.session.LastAfter;
import dev.attune.session.LastAnswers;
import dev.attune.session.PeopleBook;
import dev.attune.session.Person;
import dev.attune.session.Unfinished;
import dev.attune.speech.Utterance;
import dev.attune.ui.kit.Background;
import dev.attune.ui.kit.Messages;
import dev.attune.ui.kit.Screen;
import dev.attune.ui.kit.Screens;
import dev.attune.ui.kit.WaitScreen;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.logging.Logger;

/**
 * The check-in area: who is here, "same as last time", the questions, exercises and the summary,
 * carrying on after a crash and the next-day follow-up. Its screens are made here, with what they
 * need. Event Dispatch Thread only.
 */
public final class CheckIns {
  private static final Logger LOG = Logger.getLogger(CheckIns.class.getName());
  private static final List<Optional<LastAnswers>> NO_LAST_TIME =
      List.of(Optional.empty(), Optional.empty());

  /** What the check-ins read and write; each a narrow part of the app's wiring. */
  public record Needs(
      Map<String, Deck> decks,
      PeopleBook people,
      Journal journal,
      Clock clock,
      Supplier<String> ids,
      Supplier<CompletableFuture<Optional<LastAnswers>>> lastBefore,
      Supplier<CompletableFuture<Optional<LastAnswers>>> lastAftercare,
      Consumer<String> followUpOffered) {
    public Needs {
      decks = Map.copyOf(decks);
    }
  }

  private final Screens screens;
  private final Background background;
  private final Needs needs;
  private CompletableFuture<List<Optional<LastAnswers>>> lastTime =
      CompletableFuture.completedFuture(NO_LAST_TIME);

  public CheckIns(Screens screens, Background background, Needs needs) {
    this.screens = screens;
    this.background = background;
    this.needs = needs;
  }

  Screens screens() {
    return screens;
  }

  Background background() {
    return background;
  }

  Deck deck(String id) {
    return needs.decks().get(id);
  }

  PeopleBook people() {
    return needs.people();
  }

  /** A check-in that stopped part way last time, offered to carry on, when its deck is known. */
  public Optional<Screen> resume(Unfinished unfinished) {
    if (!needs.decks().containsKey(unfinished.deckId())) {
      return Optional.empty();
    }
    return Optional.of(new ResumeScreen(this, unfinished));
  }

  /** The next-day follow-up offer, when someone uses Attune. */
  public Optional<Screen> followUpOffer(LastAfter after) {
    if (needs.people().isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new FollowUpScreen(this, after));
  }

  /** Starts a check-in: first who uses Attune (once), then who is here, then the questions. */
  public void checkIn(String deckId) {
    List<Person> people = needs.people().all();
    if (people.isEmpty()) {
      screens.show(new SetupScreen(this, deckId));
    } else if (people.size() > 1) {
      screens.show(new WhoScreen(this, deckId, people));
    } else {
      start(deckId, people);
    }
  }

  /**
   * Reads last time ahead (off the EDT), so a Before can start the moment it is chosen. If it
   * cannot be read, the Before asks everything, as on a first night: nobody is kept from a check-in
   * because an old one will not open.
   */
  public void readLastTime() {
    CompletableFuture<List<Optional<LastAnswers>>> read;
    try {
      read =
          needs
              .lastBefore()
              .get()
              .thenCombine(needs.lastAftercare().get(), (before, after) -> List.of(before, after));
    } catch (RuntimeException e) {
      read = CompletableFuture.failedFuture(e);
    }
    lastTime =
        read.exceptionally(
            error -> {
              LOG.warning("last time could not be read: " + error.getClass().getName());
              return NO_LAST_TIME;
            });
  }

  /** Locked: what was read of last time leaves memory. */
  public void forgetLastTime() {
    lastTime = CompletableFuture.completedFuture(NO_LAST_TIME);
  }

  /**
   * Starts a check-in for these people. A Before first brings back last time: its aftercare, and
   * "same as last time?" when there is a last time (read off the Event Dispatch Thread).
   */
  void start(String deckId, List<Person> people) {
    Deck deck = deck(deckId);
    if (!"before".equals(deckId)) {
      begin(deck, people, null, List.of(), null);
      return;
    }
    if (lastTime.isDone()) {
      beginBefore(deck, people, lastTime.getNow(NO_LAST_TIME));
      return;
    }
    // Rarely: last time is still being read. Keys wait on an empty screen, not the old one.
    WaitScreen waiting = new WaitScreen();
    screens.show(waiting, Utterance.builder().tone(Utterance.Earcon.CHOSEN).build());
    background.after(
        lastTime,
        last -> {
          // Only from the wait: Attune may have locked, or the person gone elsewhere, meanwhile.
          if (screens.current() == waiting) {
            beginBefore(deck, people, last);
          }
        });
  }

  private void beginBefore(Deck deck, List<Person> people, List<Optional<LastAnswers>> last) {
    Optional<LastAnswers> before = last.get(0);
    List<String> carried =
        last.get(1).isPresent()
            ? CarriedForward.sentences(deck("after"), people, last.get(1).get())
            : List.of();
    if (before.isPresent() && people.stream().anyMatch(p -> !before.get().of(p.id()).isEmpty())) {
      screens.show(new SameAsLastTimeScreen(this, deck, people, before.get(), carried));
    } else {
      begin(deck, people, null, carried, null);
    }
  }

  /**
   * @param keep last time's answers to keep, or {@code null} to ask everything
   * @param carried sentences said before the intro (last time's aftercare)
   * @param follows the After check-in a follow-up belongs to, or {@code null}
   */
  void begin(
      Deck deck, List<Person> people, LastAnswers keep, List<String> carried, String follows) {
    CheckIn checkIn = new CheckIn(needs.ids().get(), deck, people, needs.journal(), needs.clock());
    CheckInScreen next = new CheckInScreen(this, checkIn);
    next.begin(keep);
    if (follows != null) {
      needs.journal().follows(checkIn.id(), follows);
    }
    Utterance.Builder intro = Utterance.builder();
    carried.forEach(intro::say);
    screens.show(
        next,
        intro.say(keep == null ? deck.intro() : Messages.get("same.kept")).pause(300).build());
  }

  /** The next-day follow-up, linked to the evening of the After check-in it follows. */
  void followUp(String afterCheckInId) {
    needs.followUpOffered().accept(afterCheckInId);
    begin(deck("followup"), needs.people().all(), null, List.of(), afterCheckInId);
  }

  /** The follow-up was offered and not taken: it is not offered again. */
  void followUpDeclined(String afterCheckInId) {
    needs.followUpOffered().accept(afterCheckInId);
  }

  /** Carries on the check-in that stopped, with who was in it. */
  void carryOn(Unfinished unfinished) {
    List<Person> people =
        unfinished.personIds().stream()
            .flatMap(id -> needs.people().all().stream().filter(p -> p.id() == id))
            .toList();
    CheckIn checkIn =
        new CheckIn(
            unfinished.checkInId(),
            deck(unfinished.deckId()),
            people,
            needs.journal(),
            needs.clock());
    CheckInScreen screen = new CheckInScreen(this, checkIn);
    screen.resume(unfinished.answers());
    screens.show(screen, Utterance.of(Messages.get("resume.back")));
  }

  /** Leaves the check-in that stopped as it is (what was said is kept), and goes Home. */
  void leave(Unfinished unfinished) {
    needs
        .journal()
        .finish(unfinished.checkInId(), dev.attune.session.Outcome.LEFT, needs.clock().instant());
    screens.home();
  }
}
