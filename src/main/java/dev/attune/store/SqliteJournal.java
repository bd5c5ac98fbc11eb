package dev.attune.store;

import dev.attune.deck.Deck;
import dev.attune.session.Journal;
import dev.attune.session.Outcome;
import dev.attune.session.Person;
import dev.attune.session.Unfinished;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Writes check-ins to SQLite. Every call is its own transaction, committed before it returns.
 *
 * <p>Check-ins, and pause-board signals, that start within {@link #NIGHT} of a night's start belong
 * to that night, so Before, During and After of one evening are linked.
 */
public final class SqliteJournal implements Journal {
  /** How long one night lasts, counted from its first check-in or signal. */
  public static final Duration NIGHT = Duration.ofHours(12);

  private final Database database;

  public SqliteJournal(Database database) {
    this.database = database;
  }

  @Override
  public void follows(String checkInId, String afterCheckInId) {
    inTransaction(
        c -> {
          try (PreparedStatement s =
              c.prepareStatement(
                  "UPDATE checkin SET night_id = (SELECT night_id FROM checkin WHERE id = ?)"
                      + " WHERE id = ? AND EXISTS (SELECT 1 FROM checkin WHERE id = ?)")) {
            s.setString(1, afterCheckInId);
            s.setString(2, checkInId);
            s.setString(3, afterCheckInId);
            s.executeUpdate();
          }
        });
  }

  @Override
  public void setting(String key, String value) {
    inTransaction(
        c -> {
          try (PreparedStatement s =
              c.prepareStatement(
                  "INSERT INTO setting (key, value) VALUES (?, ?)"
                      + " ON CONFLICT (key) DO UPDATE SET value = excluded.value")) {
            s.setString(1, key);
            s.setString(2, value);
            s.executeUpdate();
          }
        });
  }

  /**
   * The latest check-in that never finished (Attune was killed or the power went) and began after
   * {@code since}, with what was said in it, in the order it was said.
   */
  public static java.util.Optional<Unfinished> unfinished(Database database, Instant since) {
    java.util.List<Unfinished> found = new java.util.ArrayList<>();
    Transactions.run(
        database,
        c -> {
          String id;
          String deck;
          long started;
          try (PreparedStatement s =
              c.prepareStatement(
                  "SELECT id, deck, started_at FROM checkin WHERE finished_at IS NULL"
                      + " AND started_at >= ? ORDER BY started_at DESC LIMIT 1")) {
            s.setLong(1, since.toEpochMilli());
            try (ResultSet rs = s.executeQuery()) {
              if (!rs.next()) {
                return;
              }
              id = rs.getString(1);
              deck = rs.getString(2);
              started = rs.getLong(3);
            }
          }
          java.util.List<Long> people = new java.util.ArrayList<>();
          try (PreparedStatement s =
              c.prepareStatement(
                  "SELECT person_id FROM checkin_person WHERE checkin_id = ? ORDER BY turn")) {
            s.setString(1, id);
            try (ResultSet rs = s.executeQuery()) {
              while (rs.next()) {
                people.add(rs.getLong(1));
              }
            }
          }
          java.util.Map<String, Unfinished.Answer> answers = new java.util.LinkedHashMap<>();
          try (PreparedStatement s =
              c.prepareStatement(
                  "SELECT person_id, prompt_id, option_id FROM answer WHERE checkin_id = ?"
                      + " ORDER BY answered_at, rowid")) {
            s.setString(1, id);
            try (ResultSet rs = s.executeQuery()) {
              while (rs.next()) {
                long person = rs.getLong(1);
                String prompt = rs.getString(2);
                Unfinished.Answer before = answers.get(person + ":" + prompt);
                java.util.List<String> options =
                    new java.util.ArrayList<>(
                        before == null ? java.util.List.of() : before.optionIds());
                options.add(rs.getString(3));
                answers.put(person + ":" + prompt, new Unfinished.Answer(person, prompt, options));
              }
            }
          }
          found.add(
              new Unfinished(
                  id,
                  deck,
                  Instant.ofEpochMilli(started),
                  people,
                  java.util.List.copyOf(answers.values())));
        });
    return found.stream().findFirst();
  }

  /**
   * Forgets every individual answer of a private round, and says how many were found. Attune never
   * saves them now; this clears what an older Attune kept, and anything a crash could leave. The
   * rows are overwritten (secure delete) and the write-ahead log is emptied, so their bytes do not
   * stay on disk. Run at start-up, before anything reads answers.
   */
  public static int forgetPrivateAnswers(Database database, java.util.Collection<Deck> decks) {
    Shareable shareable = new Shareable(decks);
    int[] forgotten = {0};
    Transactions.run(
        database,
        c -> {
          try (java.sql.Statement s = c.createStatement()) {
            forgotten[0] =
                s.executeUpdate(
                    "DELETE FROM answer WHERE person_id <> "
                        + TOGETHER
                        + " AND "
                        + shareable.privatePrompt("answer"));
          }
        });
    if (forgotten[0] > 0) {
      database.checkpoint();
    }
    return forgotten[0];
  }

  /** Every stored setting, for start-up. */
  public static java.util.Map<String, String> settings(Database database) {
    java.util.Map<String, String> settings = new java.util.LinkedHashMap<>();
    Transactions.run(
        database,
        c -> {
          try (PreparedStatement s = c.prepareStatement("SELECT key, value FROM setting");
              ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
              settings.put(rs.getString(1), rs.getString(2));
            }
          }
        });
    return settings;
  }

  @Override
  public void person(Person person, Instant at) {
    inTransaction(
        c -> {
          try (PreparedStatement s =
              c.prepareStatement(
                  "INSERT INTO person (id, name, has_pelvic_pain, created_at) VALUES (?, ?, ?, ?)"
                      + " ON CONFLICT (id) DO UPDATE SET name = excluded.name,"
                      + " has_pelvic_pain = excluded.has_pelvic_pain")) {
            s.setLong(1, person.id());
            s.setString(2, person.name());
            s.setInt(3, person.hasPelvicPain() ? 1 : 0);
            s.setLong(4, at.toEpochMilli());
            s.executeUpdate();
          }
        });
  }

  @Override
  public void begin(String checkInId, String deckId, List<Person> people, Instant at) {
    inTransaction(
        c -> {
          long night = nightFor(c, at);
          try (PreparedStatement s =
              c.prepareStatement(
                  "INSERT INTO checkin (id, night_id, deck, started_at) VALUES (?, ?, ?, ?)")) {
            s.setString(1, checkInId);
            s.setLong(2, night);
            s.setString(3, deckId);
            s.setLong(4, at.toEpochMilli());
            s.executeUpdate();
          }
          try (PreparedStatement s =
              c.prepareStatement(
                  "INSERT INTO checkin_person (checkin_id, person_id, turn) VALUES (?, ?, ?)")) {
            for (int turn = 0; turn < people.size(); turn++) {
              s.setString(1, checkInId);
              s.setLong(2, people.get(turn).id());
              s.setInt(3, turn);
              s.addBatch();
            }
            s.executeBatch();
          }
        });
  }

  @Override
  public void answer(
      String checkInId, long personId, String promptId, List<String> optionIds, Instant at) {
    inTransaction(
        c -> {
          delete(c, checkInId, personId, promptId);
          insert(c, checkInId, personId, promptId, optionIds, at);
        });
  }

  @Override
  public void settle(String checkInId, java.util.Map<String, String> outcomes, Instant at) {
    inTransaction(
        c -> {
          for (java.util.Map.Entry<String, String> outcome : outcomes.entrySet()) {
            delete(c, checkInId, TOGETHER, outcome.getKey());
            insert(c, checkInId, TOGETHER, outcome.getKey(), List.of(outcome.getValue()), at);
          }
        });
  }

  @Override
  public void withdraw(String checkInId, long personId, String promptId) {
    inTransaction(c -> delete(c, checkInId, personId, promptId));
  }

  @Override
  public void finish(String checkInId, Outcome outcome, Instant at) {
    inTransaction(
        c -> {
          try (PreparedStatement s =
              c.prepareStatement("UPDATE checkin SET finished_at = ?, outcome = ? WHERE id = ?")) {
            s.setLong(1, at.toEpochMilli());
            s.setString(2, outcome.name());
            s.setString(3, checkInId);
            s.executeUpdate();
          }
        });
  }

  @Override
  public void signal(String signalId, Instant at) {
    inTransaction(
        c -> {
          long night = nightFor(c, at);
          try (PreparedStatement s =
              c.prepareStatement("INSERT INTO signal (night_id, signal_id, at) VALUES (?, ?, ?)")) {
            s.setLong(1, night);
            s.setString(2, signalId);
            s.setLong(3, at.toEpochMilli());
            s.executeUpdate();
          }
        });
  }

  private static void insert(
      Connection c,
      String checkInId,
      long personId,
      String promptId,
      List<String> optionIds,
      Instant at)
      throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "INSERT INTO answer (checkin_id, person_id, prompt_id, option_id, answered_at)"
                + " VALUES (?, ?, ?, ?, ?)")) {
      for (String option : optionIds) {
        s.setString(1, checkInId);
        s.setLong(2, personId);
        s.setString(3, promptId);
        s.setString(4, option);
        s.setLong(5, at.toEpochMilli());
        s.addBatch();
      }
      s.executeBatch();
    }
  }

  private static void delete(Connection c, String checkInId, long personId, String promptId)
      throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "DELETE FROM answer WHERE checkin_id = ? AND person_id = ? AND prompt_id = ?")) {
      s.setString(1, checkInId);
      s.setLong(2, personId);
      s.setString(3, promptId);
      s.executeUpdate();
    }
  }

  /**
   * The night {@code at} belongs to: the latest one started within {@link #NIGHT}, or a new one.
   */
  private static long nightFor(Connection c, Instant at) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT id FROM night WHERE started_at > ? AND started_at <= ?"
                + " ORDER BY started_at DESC LIMIT 1")) {
      s.setLong(1, at.minus(NIGHT).toEpochMilli());
      s.setLong(2, at.toEpochMilli());
      try (ResultSet rs = s.executeQuery()) {
        if (rs.next()) {
          return rs.getLong(1);
        }
      }
    }
    try (PreparedStatement s =
        c.prepareStatement(
            "INSERT INTO night (started_at) VALUES (?)", PreparedStatement.RETURN_GENERATED_KEYS)) {
      s.setLong(1, at.toEpochMilli());
      s.executeUpdate();
      try (ResultSet keys = s.getGeneratedKeys()) {
        keys.next();
        return keys.getLong(1);
      }
    }
  }

  private void inTransaction(Work work) {
    Transactions.run(database, work);
  }
}
