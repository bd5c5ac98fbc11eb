package dev.attune.ui.nav;

import dev.attune.deck.Deck;
import dev.attune.session.Journal;
import dev.attune.session.LastAfter;
import dev.attune.session.PeopleBook;
import dev.attune.session.Unfinished;
import dev.attune.speech.Speaker;
import dev.attune.speech.VoiceProfile;
import dev.attune.ui.history.HistorySource;
import dev.attune.ui.kit.Delay;
import dev.attune.ui.kit.Failures;
import dev.attune.ui.lock.Passphrases;
import dev.attune.ui.settings.OwnVoice;
import dev.attune.ui.settings.Preferences;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * What the screens need from the rest of Attune, wired by the {@code app} package.
 *
 * @param journal must not block the caller: the app passes a queued one
 * @param decks every bundled deck, already validated, by id
 * @param people who uses Attune on this device
 * @param ids makes check-in ids
 * @param ui runs work on the Event Dispatch Thread (tests: {@code Runnable::run})
 * @param delay paces scanning
 * @param voices the voice profiles by id
 * @param preferences as stored, with the command line's mode applied
 * @param unfinished a check-in that stopped part way last time, offered to carry on
 * @param history what has been recorded, for the History screen
 * @param followUp an After check-in whose next-day follow-up is due now
 * @param pronounce how the voice will say a word, in phones and where they come from (off the Event
 *     Dispatch Thread)
 * @param ownVoice recordings of prompts in a person's own voice
 * @param passphrases the passphrase that seals everything kept
 * @param failures puts a failure of slow work into words for people
 */
public record Services(
    Speaker speaker,
    Journal journal,
    Map<String, Deck> decks,
    PeopleBook people,
    Clock clock,
    Supplier<String> ids,
    Executor ui,
    Delay delay,
    Map<String, VoiceProfile> voices,
    Preferences preferences,
    Optional<Unfinished> unfinished,
    HistorySource history,
    Optional<LastAfter> followUp,
    Function<String, CompletableFuture<String>> pronounce,
    OwnVoice ownVoice,
    Passphrases passphrases,
    Failures failures) {

  public Services {
    Objects.requireNonNull(speaker, "speaker");
    Objects.requireNonNull(journal, "journal");
    decks = Map.copyOf(decks);
    Objects.requireNonNull(people, "people");
    Objects.requireNonNull(clock, "clock");
    Objects.requireNonNull(ids, "ids");
    Objects.requireNonNull(ui, "ui");
    Objects.requireNonNull(delay, "delay");
    voices = Map.copyOf(voices);
    Objects.requireNonNull(preferences, "preferences");
    Objects.requireNonNull(unfinished, "unfinished");
    Objects.requireNonNull(history, "history");
    Objects.requireNonNull(followUp, "followUp");
    Objects.requireNonNull(pronounce, "pronounce");
    Objects.requireNonNull(ownVoice, "ownVoice");
    Objects.requireNonNull(passphrases, "passphrases");
    Objects.requireNonNull(failures, "failures");
  }
}
