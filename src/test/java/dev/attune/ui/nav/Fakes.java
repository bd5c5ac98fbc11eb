package dev.attune.ui.nav;

import dev.attune.deck.Deck;
import dev.attune.deck.DeckException;
import dev.attune.deck.DeckLoader;
import dev.attune.session.Journal;
import dev.attune.session.Outcome;
import dev.attune.session.PeopleBook;
import dev.attune.session.Person;
import dev.attune.speech.Speaker;
import dev.attune.speech.Utterance;
import dev.attune.speech.VoiceProfile;
import dev.attune.speech.VoiceProfiles;
import dev.attune.ui.history.HistorySource;
import dev.attune.ui.kit.Command;
import dev.attune.ui.kit.Delay;
import dev.attune.ui.kit.Failures;
import dev.attune.ui.kit.ScreenModel;
import dev.attune.ui.kit.ScreenView;
import dev.attune.ui.lock.Passphrases;
import dev.attune.ui.settings.OwnVoice;
import dev.attune.ui.settings.Preferences;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

/** Hand-written fakes for presenter tests: no Swing, no sound, no disk. */
final class Fakes {
  private Fakes() {}

  static final class View implements ScreenView {
    ScreenModel shown;
    int focus = -1;
    boolean curtain;
    boolean dim;
    int textPercent = 100;
    String notice = "";
    final List<String> announced = new ArrayList<>();

    @Override
    public void show(ScreenModel model) {
      shown = model;
    }

    @Override
    public void focus(int index) {
      focus = index;
    }

    @Override
    public int focused() {
      return focus;
    }

    /** The button scanning has marked, which is not the keyboard focus. */
    int highlighted = -1;

    @Override
    public void highlight(int index) {
      highlighted = index;
    }

    @Override
    public void announce(String text) {
      announced.add(text);
    }

    @Override
    public void notice(String text) {
      notice = text;
    }

    @Override
    public void curtain(boolean on) {
      curtain = on;
    }

    @Override
    public boolean curtained() {
      return curtain;
    }

    @Override
    public void toggleFullScreen() {}

    @Override
    public void dim(boolean on) {
      dim = on;
    }

    @Override
    public void textScale(int percent) {
      textPercent = percent;
    }

    java.awt.Image picture;
    String pictureDescription = "";
    final java.util.ArrayDeque<String> typed = new java.util.ArrayDeque<>();
    final List<String> asked = new ArrayList<>();

    @Override
    public java.util.Optional<char[]> ask(String question, boolean secret) {
      asked.add(question + (secret ? " (secret)" : ""));
      String next = typed.poll();
      return next == null ? java.util.Optional.empty() : java.util.Optional.of(next.toCharArray());
    }

    @Override
    public void picture(java.awt.Image image, String description) {
      picture = image;
      pictureDescription = description;
    }
  }

  /** Records what is said; each utterance finishes at once unless {@link #hold} is set. */
  static final class Voice implements Speaker {
    final List<Utterance> said = new ArrayList<>();
    final List<CompletableFuture<Boolean>> pending = new ArrayList<>();
    boolean hold;
    VoiceProfile voice;

    @Override
    public CompletableFuture<Boolean> say(Utterance utterance) {
      said.add(utterance);
      if (hold) {
        CompletableFuture<Boolean> future = new CompletableFuture<>();
        pending.add(future);
        return future;
      }
      return CompletableFuture.completedFuture(true);
    }

    final List<Utterance> prepared = new ArrayList<>();

    @Override
    public void prepare(Utterance utterance) {
      prepared.add(utterance);
    }

    @Override
    public void stop() {
      pending.forEach(f -> f.complete(false));
      pending.clear();
    }

    @Override
    public void useVoice(VoiceProfile profile) {
      voice = profile;
    }

    @Override
    public boolean audible() {
      return true;
    }

    @Override
    public void close() {}

    /** The words of the last utterance, as one string. */
    String last() {
      return words(said.get(said.size() - 1));
    }

    static String words(Utterance u) {
      return u.parts().stream()
          .filter(p -> p instanceof Utterance.Part.Speech)
          .map(p -> ((Utterance.Part.Speech) p).text())
          .collect(Collectors.joining(" "));
    }
  }

  /** Delays completed by the test, one step at a time. */
  static final class Steps implements Delay {
    final List<CompletableFuture<Void>> waiting = new ArrayList<>();
    private long lastDelay;

    /** How long each wait was asked to be, in the order asked. */
    final List<Integer> asked = new ArrayList<>();

    @Override
    public CompletableFuture<Void> after(int millis) {
      CompletableFuture<Void> future = new CompletableFuture<>();
      waiting.add(future);
      asked.add(millis);
      lastDelay = millis;
      return future;
    }

    /** Ends the newest wait that was asked to be {@code millis} long. */
    void end(int millis) {
      for (int i = waiting.size() - 1; i >= 0; i--) {
        if (asked.get(asked.size() - waiting.size() + i) == millis) {
          waiting.remove(i).complete(null);
          return;
        }
      }
      throw new AssertionError("no wait of " + millis + " ms: " + asked);
    }

    /** How many waits have not ended. */
    int pending() {
      return (int) waiting.stream().filter(f -> !f.isDone()).count();
    }

    /** How long the newest wait was asked to be. */
    long lastDelay() {
      return lastDelay;
    }

    /** Ends the newest wait: older ones belong to scans that have since stopped. */
    void next() {
      waiting.remove(waiting.size() - 1).complete(null);
    }
  }

  static final class MovableClock extends Clock {
    Instant now = Instant.parse("2026-11-25T21:00:00Z");

    void advance(long millis) {
      now = now.plusMillis(millis);
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  /** A passphrase in memory; every call completes at once. */
  static final class Keys implements Passphrases {
    String passphrase;
    final List<Person> people;
    boolean locked;
    int locks;

    /** When set, unlocking, setting and taking away the passphrase fail with it. */
    RuntimeException fault;

    /** When set, unlocking waits until a test completes {@link #waiting}. */
    boolean slow;

    CompletableFuture<java.util.Optional<Unlocked>> waiting;

    /**
     * @param passphrase the one set, or {@code null} for none
     * @param people who unlocking reads back
     */
    Keys(String passphrase, List<Person> people) {
      this.passphrase = passphrase;
      this.people = people;
      this.locked = passphrase != null;
    }

    @Override
    public boolean set() {
      return passphrase != null;
    }

    @Override
    public CompletableFuture<java.util.Optional<Unlocked>> unlock(char[] typed) {
      if (fault != null) {
        java.util.Arrays.fill(typed, '\0');
        return CompletableFuture.failedFuture(fault);
      }
      boolean right = passphrase != null && passphrase.equals(new String(typed));
      java.util.Arrays.fill(typed, '\0');
      if (slow) {
        waiting = new CompletableFuture<>();
        return waiting;
      }
      if (!right) {
        return CompletableFuture.completedFuture(java.util.Optional.empty());
      }
      locked = false;
      return CompletableFuture.completedFuture(
          java.util.Optional.of(
              new Unlocked(
                  people, java.util.Optional.empty(), java.util.Optional.empty(), List.of())));
    }

    @Override
    public CompletableFuture<Void> lock() {
      locked = true;
      locks++;
      return CompletableFuture.completedFuture(null);
    }

    @Override
    public CompletableFuture<Void> protect(char[] typed) {
      if (fault != null) {
        java.util.Arrays.fill(typed, '\0');
        return CompletableFuture.failedFuture(fault);
      }
      passphrase = new String(typed);
      java.util.Arrays.fill(typed, '\0');
      return CompletableFuture.completedFuture(null);
    }

    @Override
    public CompletableFuture<Boolean> unprotect(char[] typed) {
      if (fault != null) {
        java.util.Arrays.fill(typed, '\0');
        return CompletableFuture.failedFuture(fault);
      }
      boolean right = passphrase != null && passphrase.equals(new String(typed));
      if (right) {
        passphrase = null;
      }
      return CompletableFuture.completedFuture(right);
    }
  }

  static final class Log implements Journal {
    final List<String> calls = new ArrayList<>();

    /** When set, the next answer throws it: a fault deep inside a choice. */
    RuntimeException fault;

    /** The answers as they stand: person id (or {@link Journal#TOGETHER}) to prompt to options. */
    final Map<Long, Map<String, List<String>>> answers = new LinkedHashMap<>();

    /** The settings as saved, newest value of each. */
    final Map<String, String> settings = new java.util.HashMap<>();

    @Override
    public void setting(String key, String value) {
      settings.put(key, value);
      calls.add("setting " + key + "=" + value);
    }

    @Override
    public void follows(String checkInId, String afterCheckInId) {
      calls.add("follows " + afterCheckInId);
    }

    @Override
    public void person(Person person, Instant at) {
      calls.add("person " + person.id());
    }

    @Override
    public void begin(String checkInId, String deckId, List<Person> people, Instant at) {
      calls.add("begin " + deckId);
    }

    @Override
    public void answer(
        String checkInId, long personId, String promptId, List<String> optionIds, Instant at) {
      if (fault != null) {
        RuntimeException thrown = fault;
        fault = null;
        throw thrown;
      }
      calls.add("answer " + promptId + " " + optionIds);
      answers.computeIfAbsent(personId, p -> new LinkedHashMap<>()).put(promptId, optionIds);
    }

    @Override
    public void withdraw(String checkInId, long personId, String promptId) {
      calls.add("withdraw " + promptId);
      answers.getOrDefault(personId, new LinkedHashMap<>()).remove(promptId);
    }

    @Override
    public void finish(String checkInId, Outcome outcome, Instant at) {
      calls.add("finish " + outcome);
    }

    @Override
    public void signal(String signalId, Instant at) {
      calls.add("signal " + signalId + " " + at);
    }
  }

  /** Recorded evenings in memory; every call completes at once. */
  static final class Records implements HistorySource {
    final List<dev.attune.session.NightSummary> nights = new ArrayList<>();
    final List<String> calls = new ArrayList<>();

    @Override
    public CompletableFuture<List<dev.attune.session.NightSummary>> nights(int offset, int limit) {
      return answer(
          () ->
              nights.subList(
                  Math.min(offset, nights.size()), Math.min(nights.size(), offset + limit)));
    }

    /**
     * When set, every read and write fails with it, as a full disk or a damaged or vanished
     * database would; what was asked is still noted in {@link #calls}.
     */
    RuntimeException fault;

    /** When set, every read and write waits for it, then answers (or fails with the fault). */
    CompletableFuture<Void> slow;

    private <T> CompletableFuture<T> answer(java.util.function.Supplier<T> value) {
      if (slow != null) {
        return slow.thenCompose(
            done ->
                fault != null
                    ? CompletableFuture.<T>failedFuture(fault)
                    : CompletableFuture.completedFuture(value.get()));
      }
      return fault != null
          ? CompletableFuture.failedFuture(fault)
          : CompletableFuture.completedFuture(value.get());
    }

    @Override
    public CompletableFuture<History> load(int perPage, int chartWidth, int chartHeight) {
      return answer(
          () ->
              new History(
                  nights.subList(0, Math.min(perPage, nights.size())),
                  nights.size(),
                  List.of(new dev.attune.session.OptionCount(1, "water", 5)),
                  new java.awt.image.BufferedImage(
                      chartWidth, chartHeight, java.awt.image.BufferedImage.TYPE_INT_RGB)));
    }

    @Override
    public CompletableFuture<java.nio.file.Path> exportCsv() {
      calls.add("csv");
      return answer(() -> java.nio.file.Path.of("/home/sam/answers.csv"));
    }

    @Override
    public CompletableFuture<java.nio.file.Path> report() {
      calls.add("report");
      return answer(() -> java.nio.file.Path.of("/home/sam/report.pdf"));
    }

    /** The exports still there, for "delete everything" to name. */
    final List<java.nio.file.Path> exportsLeft = new ArrayList<>();

    @Override
    public CompletableFuture<List<java.nio.file.Path>> exportsLeft() {
      return answer(() -> List.copyOf(exportsLeft));
    }

    @Override
    public CompletableFuture<Void> deleteNight(long nightId) {
      calls.add("delete night " + nightId);
      return answer(
          () -> {
            nights.removeIf(n -> n.nightId() == nightId);
            return null;
          });
    }

    @Override
    public CompletableFuture<Void> deletePerson(long personId) {
      calls.add("delete person " + personId);
      return answer(() -> null);
    }

    java.util.Optional<dev.attune.session.LastAnswers> lastBefore = java.util.Optional.empty();
    java.util.Optional<dev.attune.session.LastAnswers> lastAftercare = java.util.Optional.empty();

    @Override
    public CompletableFuture<java.util.Optional<dev.attune.session.LastAnswers>> lastBefore() {
      return answer(() -> lastBefore);
    }

    @Override
    public CompletableFuture<java.util.Optional<dev.attune.session.LastAnswers>> lastAftercare() {
      return answer(() -> lastAftercare);
    }

    @Override
    public CompletableFuture<List<Backup>> backups() {
      return answer(
          () ->
              List.of(
                  new Backup(
                      "2026-11-24", java.nio.file.Path.of("/data/backups/attune-2026-11-24.db"))));
    }

    @Override
    public CompletableFuture<Void> restoreOnNextStart(Backup backup) {
      calls.add("restore " + backup.day());
      return answer(() -> null);
    }

    @Override
    public void followUpOffered(String afterCheckInId) {
      calls.add("offered " + afterCheckInId);
    }

    @Override
    public CompletableFuture<Void> deleteEverything() {
      calls.add("delete everything");
      return answer(
          () -> {
            nights.clear();
            exportsLeft.clear(); // the list goes; the files are the person's
            return null;
          });
    }
  }

  /**
   * Recordings in memory, and a microphone that is there or not. Each take "hears" {@link #heard}
   * words, or only quiet when that is empty; the futures complete at once, on the calling thread.
   */
  static final class Own implements OwnVoice {
    boolean microphone = true;
    boolean listening;
    String heard = "my own words";

    /** When set, keeping a take fails with it, as a full disk would. */
    RuntimeException keepFault;

    int discarded;

    /** Run it to stop the take as the time limit would. */
    Runnable ended = () -> {};

    final Map<String, String> kept = new java.util.LinkedHashMap<>();

    private static String key(String voice, String text) {
      return voice + "|" + text;
    }

    @Override
    public CompletableFuture<Void> listen(Runnable ended) {
      if (!microphone) {
        return CompletableFuture.failedFuture(new NoMicrophone(null));
      }
      this.ended = ended;
      listening = true;
      return CompletableFuture.completedFuture(null);
    }

    @Override
    public CompletableFuture<Kept> keep(String voice, String name, String text) {
      if (!listening) {
        return CompletableFuture.failedFuture(new IllegalStateException("not listening"));
      }
      listening = false;
      if (keepFault != null) {
        return CompletableFuture.failedFuture(keepFault);
      }
      if (heard.isEmpty()) {
        return CompletableFuture.completedFuture(Kept.HEARD_NOTHING);
      }
      kept.put(key(voice, text), name + ": " + heard);
      return CompletableFuture.completedFuture(Kept.KEPT);
    }

    @Override
    public void discard() {
      if (listening) {
        discarded++;
      }
      listening = false;
    }

    @Override
    public boolean has(String voice, String text) {
      return kept.containsKey(key(voice, text));
    }

    @Override
    public CompletableFuture<Void> remove(String voice, String text) {
      kept.remove(key(voice, text));
      return CompletableFuture.completedFuture(null);
    }

    @Override
    public List<String> problems(String voice) {
      return List.of();
    }
  }

  private static Map<String, Deck> decks;

  /** The bundled decks, loaded once: they are immutable, and many worlds share them. */
  static synchronized Map<String, Deck> decks() {
    if (decks == null) {
      Map<String, Deck> loaded = new LinkedHashMap<>();
      try {
        for (String name : DeckLoader.BUNDLED) {
          loaded.put(name, new DeckLoader().bundled(name));
        }
      } catch (DeckException e) {
        throw new AssertionError(e.getMessage(), e);
      }
      decks = Map.copyOf(loaded);
    }
    return decks;
  }

  private static Map<String, VoiceProfile> voices;

  /** The bundled voice profiles, loaded once. */
  static synchronized Map<String, VoiceProfile> voices() {
    if (voices == null) {
      Map<String, VoiceProfile> loaded = new LinkedHashMap<>();
      try {
        VoiceProfiles.bundled().forEach(v -> loaded.put(v.id(), v));
      } catch (dev.attune.speech.VoiceFileException e) {
        throw new AssertionError(e.getMessage(), e);
      }
      voices = Map.copyOf(loaded);
    }
    return voices;
  }

  /** Everything a controller needs, fake where slow, real where cheap (decks, voices). */
  static final class World {
    final View view = new View();
    final Own own = new Own();
    final Voice voice = new Voice();
    final Steps steps = new Steps();
    final MovableClock clock = new MovableClock();
    final Log log = new Log();
    final Records records = new Records();
    final Passphrases passphrases;
    final PeopleBook people;

    /** How failures are put into words: none has words unless a test says so. */
    Failures failures = Failures.NONE;

    /** When set, looking up how a word is said fails with it. */
    RuntimeException pronounceFault;

    final Controller controller;

    /** What the controller was given: the app's wiring, fakes where slow. */
    final Services services;

    World(Preferences preferences, List<Person> saved) {
      this(preferences, saved, java.util.Optional.empty());
    }

    World(
        Preferences preferences,
        List<Person> saved,
        java.util.Optional<dev.attune.session.Unfinished> unfinished) {
      this(preferences, saved, unfinished, java.util.Optional.empty());
    }

    World(
        Preferences preferences,
        List<Person> saved,
        java.util.Optional<dev.attune.session.Unfinished> unfinished,
        java.util.Optional<dev.attune.session.LastAfter> followUp) {
      this(preferences, saved, unfinished, followUp, new Passphrases.None());
    }

    /** With a passphrase set: Attune opens locked, and knows nobody until it is unlocked. */
    World(Preferences preferences, List<Person> saved, Keys keys) {
      this(preferences, saved, java.util.Optional.empty(), java.util.Optional.empty(), keys);
    }

    World(
        Preferences preferences,
        List<Person> saved,
        java.util.Optional<dev.attune.session.Unfinished> unfinished,
        java.util.Optional<dev.attune.session.LastAfter> followUp,
        Passphrases passphrases) {
      this.passphrases = passphrases;
      people = new PeopleBook(passphrases.set() ? List.of() : saved, log, clock);
      records.nights.add(
          new dev.attune.session.NightSummary(
              7,
              Instant.parse("2026-11-24T21:00:00Z"),
              List.of("before", "after"),
              Map.of(1L, "mild"),
              List.of("vulva_opening"),
              List.of("lube"),
              2));
      Map<String, Deck> decks = decks();
      {
        Map<String, VoiceProfile> voices = voices();
        int[] ids = {0};
        services =
            new Services(
                voice,
                log,
                decks,
                people,
                clock,
                () -> "checkin-" + ++ids[0],
                Runnable::run,
                steps,
                voices,
                preferences,
                unfinished,
                records,
                followUp,
                word ->
                    pronounceFault != null
                        ? CompletableFuture.failedFuture(pronounceFault)
                        : CompletableFuture.completedFuture("l uw1 b, from Attune's list"),
                own,
                passphrases,
                failure -> failures.words(failure));
        controller = new Controller(view, services);
      }
      controller.start(List.of());
    }

    /** How long Attune waits untouched before it locks, with the preferences in use. */
    long idleLockMillis() {
      return controller.preferences().lockAfterMinutes() * 60_000L;
    }

    World() {
      this(Preferences.DEFAULTS, List.of(new Person(1, "", true)));
    }

    String screen() {
      return controller.model().name();
    }

    void key(Command command) {
      controller.command(command, 0);
    }

    void digit(int n) {
      controller.command(Command.CHOOSE, n);
    }

    /**
     * Presses the button whose label starts with {@code label}, going through "More" pages of a
     * menu (Settings) until it shows.
     */
    void press(String label) {
      for (int page = 0; page < 4; page++) {
        List<ScreenModel.Button> buttons = controller.model().buttons();
        for (int i = 0; i < buttons.size(); i++) {
          if (buttons.get(i).label().startsWith(label)) {
            digit(i + 1);
            return;
          }
        }
        int more = -1;
        for (int i = 0; i < buttons.size(); i++) {
          if (buttons.get(i).label().startsWith("More")) {
            more = i;
          }
        }
        if (more < 0) {
          break;
        }
        digit(more + 1);
      }
      throw new AssertionError(
          "no button " + label + " on " + screen() + ": " + controller.model().buttons());
    }
  }
}
