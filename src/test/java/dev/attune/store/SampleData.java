package dev.attune.store;

import dev.attune.deck.Audience;
import dev.attune.deck.Deck;
import dev.attune.deck.Option;
import dev.attune.deck.Prompt;
import dev.attune.session.Journal;
import dev.attune.session.Outcome;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Made-up history for tests and the benchmark: two people (one with pelvic pain) and a run of
 * nights with Before, pause-board signals, After and follow-up check-ins, answered with real option
 * ids from the decks. The same seed always gives the same data. Written in one transaction, far
 * faster than going through the journal.
 *
 * <p>{@link #TEN_YEARS} nights give about 150,000 answer rows. Never run this on someone's real
 * data directory.
 */
public final class SampleData {
  /** About two nights a day for ten years. */
  public static final int TEN_YEARS = 7_300;

  /** Ten years, the span {@link #TEN_YEARS} nights are spread over. */
  public static final Duration DECADE = Duration.ofDays(3_652);

  /** How often a prompt that is asked gets a real answer rather than a skip or nothing. */
  private static final double ANSWERED = 0.34;

  /** What was written. */
  public record Counts(int people, int nights, int checkIns, int answers, int signals) {}

  private final Map<String, Deck> decks = new HashMap<>();
  private final Random random;
  private long seq;
  private int checkIns;
  private int answers;
  private int signals;
  private int painBand;

  /**
   * @param decks the bundled decks {@code before}, {@code during}, {@code after} and {@code
   *     followup}
   */
  public SampleData(Collection<Deck> decks, long seed) {
    for (Deck deck : decks) {
      this.decks.put(deck.id(), deck);
    }
    for (String id : List.of("before", "during", "after", "followup")) {
      if (!this.decks.containsKey(id)) {
        throw new IllegalArgumentException("sample data needs the " + id + " deck");
      }
    }
    this.random = new Random(seed);
  }

  /**
   * Adds two people and {@code nights} nights spread evenly over {@code span} starting at {@code
   * from}.
   */
  public Counts generate(Database database, int nights, Instant from, Duration span) {
    Transactions.run(
        database,
        c -> {
          long robin = person(c, "Robin", true, from);
          long alex = person(c, "Alex", false, from);
          try (Writer w = new Writer(c)) {
            long step = span.toMillis() / Math.max(1, nights);
            for (int i = 0; i < nights; i++) {
              long at = from.toEpochMilli() + i * step + (long) (random.nextDouble() * step / 2);
              night(w, at, robin, alex);
            }
            w.flush();
          }
        });
    return new Counts(2, nights, checkIns, answers, signals);
  }

  private void night(Writer w, long at, long robin, long alex) throws SQLException {
    long night = w.night(at);
    long t = at;
    // Pain drifts slowly, as it does over weeks, rather than jumping at random.
    painBand = Math.max(0, Math.min(4, painBand + random.nextInt(3) - 1));
    if (random.nextDouble() < 0.85) {
      checkIn(w, night, "before", t, robin, alex);
    }
    t += 20 * 60_000L;
    if (random.nextDouble() < 0.5) {
      int n = 1 + random.nextInt(4);
      List<Option> board = decks.get("during").signals();
      for (int i = 0; i < n; i++) {
        t += 60_000L + random.nextInt(300_000);
        w.signal(night, board.get(random.nextInt(board.size())).id(), t);
        signals++;
      }
    }
    t += 40 * 60_000L;
    if (random.nextDouble() < 0.8) {
      checkIn(w, night, "after", t, robin, alex);
    }
    if (random.nextDouble() < 0.2) {
      checkIn(w, night, "followup", t + Duration.ofHours(20).toMillis(), robin, alex);
    }
  }

  private void checkIn(Writer w, long night, String deckId, long at, long robin, long alex)
      throws SQLException {
    String id = "sample-" + (++seq);
    checkIns++;
    w.checkIn(id, night, deckId, at, robin, alex);
    long t = at;
    Map<Long, Map<String, List<String>>> said = new HashMap<>();
    for (Prompt prompt : decks.get(deckId).prompts()) {
      for (long person : askedOf(prompt, robin, alex)) {
        Map<String, List<String>> mine = said.computeIfAbsent(person, p -> new HashMap<>());
        if (prompt.when().isPresent()
            && !prompt
                .when()
                .get()
                .holds(mine.getOrDefault(prompt.when().get().promptId(), List.of()))) {
          continue;
        }
        List<String> options = choose(prompt);
        if (options.isEmpty()) {
          continue;
        }
        t += 5_000L + random.nextInt(20_000);
        mine.put(prompt.id(), options);
        for (String option : options) {
          w.answer(id, person, prompt.id(), option, t);
          answers++;
        }
      }
    }
    double end = random.nextDouble();
    Outcome outcome = end < 0.9 ? Outcome.COMPLETED : end < 0.95 ? Outcome.NOT_TODAY : Outcome.LEFT;
    w.finish(id, t + 10_000L, outcome);
  }

  private static List<Long> askedOf(Prompt prompt, long robin, long alex) {
    if (prompt.audience() == Audience.TOGETHER) {
      return List.of(Journal.TOGETHER);
    }
    List<Long> people = new ArrayList<>();
    if (prompt.audience().asks(true)) {
      people.add(robin);
    }
    if (prompt.audience().asks(false)) {
      people.add(alex);
    }
    return people;
  }

  /** Nothing (not asked or left), a skip, or one to three real options. */
  private List<String> choose(Prompt prompt) {
    if (prompt.id().equals(SqliteHistory.PAIN_LEVEL) && random.nextDouble() < 0.97) {
      List<Option> levels = prompt.options();
      return List.of(levels.get(Math.min(painBand, levels.size() - 1)).id());
    }
    double roll = random.nextDouble();
    if (roll > ANSWERED) {
      return roll > 0.95 ? List.of("skip") : List.of();
    }
    switch (prompt.kind()) {
      case PRIVATE:
        return List.of(List.of("yes", "maybe", "no").get(random.nextInt(3)));
      case EXERCISE:
        return List.of(random.nextBoolean() ? "start" : "skip");
      default:
        break;
    }
    List<Option> options = prompt.options();
    int n = prompt.multi() ? 1 + random.nextInt(Math.min(3, options.size())) : 1;
    List<String> chosen = new ArrayList<>();
    while (chosen.size() < n) {
      Option o = options.get(random.nextInt(options.size()));
      if (o.exclusive()) {
        return List.of(o.id());
      }
      if (!chosen.contains(o.id())) {
        chosen.add(o.id());
      }
    }
    return chosen;
  }

  private static long person(Connection c, String name, boolean pain, Instant at)
      throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "INSERT INTO person (name, has_pelvic_pain, created_at) VALUES (?, ?, ?)",
            Statement.RETURN_GENERATED_KEYS)) {
      s.setString(1, name);
      s.setInt(2, pain ? 1 : 0);
      s.setLong(3, at.toEpochMilli());
      s.executeUpdate();
      try (ResultSet keys = s.getGeneratedKeys()) {
        keys.next();
        return keys.getLong(1);
      }
    }
  }

  /** Batched inserts; answers are flushed in large batches. */
  private static final class Writer implements AutoCloseable {
    private final PreparedStatement night;
    private final PreparedStatement checkIn;
    private final PreparedStatement people;
    private final PreparedStatement answer;
    private final PreparedStatement finish;
    private final PreparedStatement signal;
    private int pending;

    Writer(Connection c) throws SQLException {
      night =
          c.prepareStatement(
              "INSERT INTO night (started_at) VALUES (?)", Statement.RETURN_GENERATED_KEYS);
      checkIn =
          c.prepareStatement(
              "INSERT INTO checkin (id, night_id, deck, started_at) VALUES (?, ?, ?, ?)");
      people =
          c.prepareStatement(
              "INSERT INTO checkin_person (checkin_id, person_id, turn) VALUES (?, ?, ?)");
      answer =
          c.prepareStatement(
              "INSERT INTO answer (checkin_id, person_id, prompt_id, option_id, answered_at)"
                  + " VALUES (?, ?, ?, ?, ?)");
      finish = c.prepareStatement("UPDATE checkin SET finished_at = ?, outcome = ? WHERE id = ?");
      signal = c.prepareStatement("INSERT INTO signal (night_id, signal_id, at) VALUES (?, ?, ?)");
    }

    long night(long at) throws SQLException {
      night.setLong(1, at);
      night.executeUpdate();
      try (ResultSet keys = night.getGeneratedKeys()) {
        keys.next();
        return keys.getLong(1);
      }
    }

    void checkIn(String id, long nightId, String deck, long at, long first, long second)
        throws SQLException {
      // Answers refer to the check-in, so whatever is batched goes in first.
      flush();
      checkIn.setString(1, id);
      checkIn.setLong(2, nightId);
      checkIn.setString(3, deck);
      checkIn.setLong(4, at);
      checkIn.executeUpdate();
      long[] both = {first, second};
      for (int turn = 0; turn < both.length; turn++) {
        people.setString(1, id);
        people.setLong(2, both[turn]);
        people.setInt(3, turn);
        people.addBatch();
      }
      people.executeBatch();
    }

    void answer(String checkInId, long person, String prompt, String option, long at)
        throws SQLException {
      answer.setString(1, checkInId);
      answer.setLong(2, person);
      answer.setString(3, prompt);
      answer.setString(4, option);
      answer.setLong(5, at);
      answer.addBatch();
      if (++pending >= 1_000) {
        flush();
      }
    }

    void finish(String id, long at, Outcome outcome) throws SQLException {
      finish.setLong(1, at);
      finish.setString(2, outcome.name());
      finish.setString(3, id);
      finish.executeUpdate();
    }

    void signal(long nightId, String signalId, long at) throws SQLException {
      signal.setLong(1, nightId);
      signal.setString(2, signalId);
      signal.setLong(3, at);
      signal.executeUpdate();
    }

    void flush() throws SQLException {
      if (pending > 0) {
        answer.executeBatch();
        pending = 0;
      }
    }

    @Override
    public void close() throws SQLException {
      for (PreparedStatement s : List.of(night, checkIn, people, answer, finish, signal)) {
        s.close();
      }
    }
  }
}
