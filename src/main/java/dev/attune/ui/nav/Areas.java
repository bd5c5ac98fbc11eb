package dev.attune.ui.nav;

import dev.attune.session.LastAfter;
import dev.attune.session.Unfinished;
import dev.attune.speech.Utterance;
import dev.attune.ui.board.BoardScreen;
import dev.attune.ui.checkin.CheckIns;
import dev.attune.ui.history.HistoryArea;
import dev.attune.ui.history.HistoryScreen;
import dev.attune.ui.home.HomeScreen;
import dev.attune.ui.kit.Messages;
import dev.attune.ui.kit.Places;
import dev.attune.ui.kit.Screen;
import dev.attune.ui.settings.SettingsArea;
import dev.attune.ui.settings.SettingsScreen;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * Where each area begins: Home, the check-ins, the pause board, History and Settings, each made
 * with what its screens need from the app's wiring, and no more. Event Dispatch Thread only.
 */
final class Areas implements Places {
  private final Navigation navigation;
  private final Services services;
  private final Look look;
  private final CheckIns checkIns;
  private Lock lock;

  Areas(Navigation navigation, Services services, Look look) {
    this.navigation = navigation;
    this.services = services;
    this.look = look;
    this.checkIns =
        new CheckIns(
            navigation,
            navigation,
            new CheckIns.Needs(
                services.decks(),
                services.people(),
                services.journal(),
                services.clock(),
                services.ids(),
                services.history()::lastBefore,
                services.history()::lastAftercare,
                services.history()::followUpOffered));
  }

  void wire(Lock lock) {
    this.lock = lock;
  }

  /**
   * Shows the first screen (the lock, carrying on, the follow-up or Home) after telling each notice
   * once, plainly.
   *
   * @param welcomed the welcome the app is already speaking, or {@code null} to say it here
   */
  void open(
      List<String> notices,
      CompletableFuture<Boolean> welcomed,
      Optional<Unfinished> unfinished,
      Optional<LastAfter> followUp) {
    look.apply();
    Utterance.Builder greeting = Utterance.builder();
    notices.forEach(greeting::say);
    notices.forEach(navigation::noted);
    if (!notices.isEmpty()) {
      navigation.view().notice(String.join(" ", notices));
    }
    Screen first;
    if (lock.lockAtStart()) {
      first = lock.screen(null);
    } else {
      readLastTime();
      first = opening(unfinished, followUp);
    }
    if (welcomed == null) {
      navigation.show(first, greeting.say(Messages.get("home.welcome")).build());
    } else {
      navigation.showAfter(first, Navigation.concat(greeting.build(), first.enter()), welcomed);
    }
  }

  /** The first screen once open: carrying on, the follow-up, or Home. */
  Screen opening(Optional<Unfinished> unfinished, Optional<LastAfter> followUp) {
    return unfinished
        .flatMap(checkIns::resume)
        .or(() -> followUp.flatMap(checkIns::followUpOffer))
        .orElseGet(() -> new HomeScreen(navigation, this));
  }

  /** Home; behind the lock while locked (the failure screen's Home, say, leads back to it). */
  void home() {
    if (lock.locked()) {
      navigation.show(lock.screen(null));
      return;
    }
    readLastTime();
    navigation.show(new HomeScreen(navigation, this));
  }

  void readLastTime() {
    checkIns.readLastTime();
  }

  void forgetLastTime() {
    checkIns.forgetLastTime();
  }

  @Override
  public void checkIn(String deckId) {
    checkIns.checkIn(deckId);
  }

  @Override
  public void pauseBoard() {
    navigation.scanner().stop();
    Screen current = navigation.current();
    if (current instanceof BoardScreen) {
      navigation.sayThenScan(current.repeat());
      return;
    }
    navigation.show(
        new BoardScreen(
            navigation,
            services.journal(),
            services.clock(),
            services.decks().get("during"),
            current));
  }

  @Override
  public void history() {
    new HistoryScreen(
            new HistoryArea(
                navigation,
                navigation,
                services.history(),
                services.decks(),
                services.clock(),
                services.people()))
        .open();
  }

  @Override
  public void settings() {
    navigation.show(
        new SettingsScreen(
            new SettingsArea(
                navigation,
                navigation,
                look,
                lock,
                services.people(),
                services.passphrases(),
                services.history(),
                services.ownVoice(),
                services.decks())));
  }
}
