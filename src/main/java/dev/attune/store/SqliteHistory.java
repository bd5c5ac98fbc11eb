package dev.attune.store;

import dev.attune.deck.Deck;
import dev.attune.deck.Option;
import dev.attune.session.AnswerRow;
import dev.attune.session.LastAnswers;
import dev.attune.session.NightSummary;
import dev.attune.session.OptionCount;
import dev.attune.session.Outcome;
import dev.attune.session.PainPoint;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Reads the history back: the list of nights, pain over time, the aftercare needs chosen most, what
 * was said last time, and every answer for export. Private-round answers never come out of here.
 *
 * <p>Thread confinement: call from the thread that uses the {@link Database} (the storage thread),
 * never the Event Dispatch Thread.
 */
public final class SqliteHistory {
  static final String BEFORE = "before";
  static final String AFTER = "after";
  static final String PAIN_LEVEL = "pain_level";
  static final String PAIN_WHERE = "pain_where";
  static final String TOOLS = "tools";
  static final String NEEDS_NOW = "needs_now";
  static final String NEXT_TIME = "next_time";

  private final Database database;
  private final Shareable shareable;
  private final List<String> painLevels;

  /**
   * @param decks the loaded decks; their private prompts are kept out of every result, and their
   *     option order gives the order of option ids and the pain bands
   */
  public SqliteHistory(Database database, Collection<Deck> decks) {
    this.database = database;
    this.shareable = new Shareable(decks);
    this.painLevels =
        shareable
            .prompt(BEFORE, PAIN_LEVEL)
            .map(p -> p.options().stream().map(Option::id).toList())
            .orElseThrow(
                () -> new IllegalArgumentException("the before deck with pain_level is needed"));
  }

  /** Every night, newest first. */
  public List<NightSummary> nights() {
    return nights(0, Integer.MAX_VALUE);
  }

  /** How many nights there are, for "N evenings so far". */
  public int nightCount() {
    int[] count = new int[1];
    Reads.run(
        database,
        "the history",
        c -> {
          try (PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM night");
              ResultSet rs = s.executeQuery()) {
            count[0] = rs.next() ? rs.getInt(1) : 0;
          }
        });
    return count[0];
  }

  /**
   * One page of nights, newest first: History shows a few at a time, so it never reads years of
   * them to open.
   */
  public List<NightSummary> nights(int offset, int limit) {
    List<NightSummary> nights = new ArrayList<>();
    Reads.run(
        database,
        "the history",
        c -> {
          List<Long> page = new ArrayList<>();
          try (PreparedStatement s =
              c.prepareStatement(
                  "SELECT id FROM night ORDER BY started_at DESC, id DESC LIMIT ? OFFSET ?")) {
            s.setInt(1, limit);
            s.setInt(2, offset);
            try (ResultSet rs = s.executeQuery()) {
              while (rs.next()) {
                page.add(rs.getLong(1));
              }
            }
          }
          if (page.isEmpty()) {
            return;
          }
          // Our own integer ids, so they can stand in the SQL as they are.
          String in =
              limit == Integer.MAX_VALUE && offset == 0
                  ? null
                  : page.stream().map(String::valueOf).collect(Collectors.joining(",", "(", ")"));
          Map<Long, List<String>> decks = decksByNight(c, in);
          Map<Long, BeforeFacts> facts = beforeFacts(c, in);
          Map<Long, Integer> signals = signalsByNight(c, in);
          try (PreparedStatement s =
                  c.prepareStatement(
                      "SELECT id, started_at FROM night"
                          + (in == null ? "" : " WHERE id IN " + in)
                          + " ORDER BY started_at DESC, id DESC");
              ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
              long id = rs.getLong(1);
              BeforeFacts f = facts.getOrDefault(id, BeforeFacts.NONE);
              Map<Long, String> pain = new TreeMap<>();
              f.pain.forEach((person, level) -> pain.put(person, level.optionId));
              nights.add(
                  new NightSummary(
                      id,
                      Instant.ofEpochMilli(rs.getLong(2)),
                      decks.getOrDefault(id, List.of()),
                      pain,
                      shareable.inDeckOrder(BEFORE, PAIN_WHERE, f.regions),
                      shareable.inDeckOrder(BEFORE, TOOLS, f.tools),
                      signals.getOrDefault(id, 0)));
            }
          }
        });
    return nights;
  }

  /**
   * Pain before each night, oldest first: one point per person who told it, with the tools wished
   * within reach that night. A skipped pain question gives no point.
   */
  public List<PainPoint> painSeries() {
    List<PainPoint> points = new ArrayList<>();
    Reads.run(
        database,
        "the pain history",
        c -> {
          // Years of rows: read lean (pain and tools only, no sort in SQL) and put in order once.
          Map<String, Integer> bands = new HashMap<>();
          for (int i = 0; i < painLevels.size(); i++) {
            bands.putIfAbsent(painLevels.get(i), i);
          }
          Map<Long, PainNight> nights = new HashMap<>();
          try (PreparedStatement s =
              c.prepareStatement(
                  "SELECT c.night_id, c.started_at, a.person_id, a.prompt_id = ?, a.option_id,"
                      + " a.answered_at FROM answer a JOIN checkin c ON c.id = a.checkin_id"
                      + " WHERE a.prompt_id IN (?, ?) AND c.deck = ?"
                      + " AND a.option_id NOT IN ('skip', 'not_today') AND "
                      + shareable.where("a"))) {
            s.setString(1, PAIN_LEVEL);
            s.setString(2, PAIN_LEVEL);
            s.setString(3, TOOLS);
            s.setString(4, BEFORE);
            try (ResultSet rs = s.executeQuery()) {
              while (rs.next()) {
                PainNight night = nights.computeIfAbsent(rs.getLong(1), n -> new PainNight());
                long started = rs.getLong(2);
                if (rs.getInt(4) != 0) {
                  Integer band = bands.get(rs.getString(5));
                  if (band != null) {
                    night.pain(rs.getLong(3), started, rs.getLong(6), rs.getString(5), band);
                  }
                } else {
                  night.tool(rs.getString(5));
                }
              }
            }
          }
          nights.forEach(
              (night, n) -> {
                List<String> tools = shareable.inDeckOrder(BEFORE, TOOLS, n.tools);
                n.pain.forEach(
                    (person, level) ->
                        points.add(
                            new PainPoint(
                                Instant.ofEpochMilli(level.at),
                                night,
                                person,
                                level.optionId,
                                level.band,
                                tools)));
              });
          points.sort(
              (a, b) -> {
                int byTime = a.at().compareTo(b.at());
                return byTime != 0 ? byTime : Long.compare(a.personId(), b.personId());
              });
        });
    return points;
  }

  /** One night's pain (a later Before check-in of the night wins) and the tools wished for. */
  private static final class PainNight {
    final Map<Long, PainLevel> pain = new TreeMap<>();
    final Set<String> tools = new LinkedHashSet<>();

    void pain(long person, long started, long at, String optionId, int band) {
      PainLevel before = pain.get(person);
      if (before == null
          || started > before.started
          || (started == before.started && at >= before.at)) {
        pain.put(person, new PainLevel(optionId, band, started, at));
      }
    }

    void tool(String optionId) {
      tools.add(optionId);
    }
  }

  private record PainLevel(String optionId, int band, long started, long at) {}

  /** The aftercare needs chosen, most often first, counted per person. */
  public List<OptionCount> aftercareNeedsByPerson() {
    return needs("a.person_id", "GROUP BY a.person_id, a.option_id ORDER BY 1, 3 DESC, 2");
  }

  /** The aftercare needs chosen, most often first, counted over everyone. */
  public List<OptionCount> aftercareNeeds() {
    return needs(Long.toString(OptionCount.EVERYONE), "GROUP BY a.option_id ORDER BY 3 DESC, 2");
  }

  /**
   * The answers of the last Before check-in that was completed, for "Same as last time?"; empty
   * when there is none.
   */
  public Optional<LastAnswers> lastBefore() {
    return last(
        "SELECT id, deck, started_at FROM checkin WHERE deck = '"
            + BEFORE
            + "' AND outcome = '"
            + Outcome.COMPLETED.name()
            + "' ORDER BY finished_at DESC, started_at DESC LIMIT 1",
        List.of());
  }

  /**
   * The {@code needs_now} and {@code next_time} answers of the last After check-in that has any
   * ("Last time you wanted water and a blanket"); empty when there is none.
   */
  public Optional<LastAnswers> lastAftercare() {
    List<String> prompts = List.of(NEEDS_NOW, NEXT_TIME);
    return last(
        "SELECT c.id, c.deck, c.started_at FROM checkin c WHERE c.deck = '"
            + AFTER
            + "' AND EXISTS (SELECT 1 FROM answer a WHERE a.checkin_id = c.id"
            + " AND a.prompt_id IN ('"
            + NEEDS_NOW
            + "', '"
            + NEXT_TIME
            + "') AND a.option_id NOT IN ('skip', 'not_today'))"
            + " ORDER BY c.started_at DESC LIMIT 1",
        prompts);
  }

  /**
   * Hands every shareable answer to {@code sink}, oldest first, without holding them all in memory.
   * Built-in answers (skip, not today) are included; private-round answers are not.
   */
  public void forEachAnswer(Consumer<AnswerRow> sink) {
    Reads.run(
        database,
        "the answers",
        c -> {
          try (PreparedStatement s =
                  c.prepareStatement(
                      "SELECT a.answered_at, c.night_id, a.checkin_id, c.deck, a.person_id,"
                          + " a.prompt_id, a.option_id FROM answer a"
                          + " JOIN checkin c ON c.id = a.checkin_id WHERE "
                          + shareable.where("a")
                          + " ORDER BY a.answered_at, c.started_at, a.checkin_id, a.person_id,"
                          + " a.prompt_id, a.option_id");
              ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
              sink.accept(
                  new AnswerRow(
                      Instant.ofEpochMilli(rs.getLong(1)),
                      rs.getLong(2),
                      rs.getString(3),
                      rs.getString(4),
                      rs.getLong(5),
                      rs.getString(6),
                      rs.getString(7)));
            }
          }
        });
  }

  private List<OptionCount> needs(String person, String grouping) {
    List<OptionCount> counts = new ArrayList<>();
    Reads.run(
        database,
        "the aftercare history",
        c -> {
          try (PreparedStatement s =
              c.prepareStatement(
                  "SELECT "
                      + person
                      + ", a.option_id, COUNT(*) FROM answer a"
                      + " JOIN checkin c ON c.id = a.checkin_id"
                      + " WHERE a.prompt_id = ? AND c.deck = ?"
                      + " AND a.option_id NOT IN ('skip', 'not_today') AND "
                      + shareable.where("a")
                      + " "
                      + grouping); ) {
            s.setString(1, NEEDS_NOW);
            s.setString(2, AFTER);
            try (ResultSet rs = s.executeQuery()) {
              while (rs.next()) {
                counts.add(new OptionCount(rs.getLong(1), rs.getString(2), rs.getInt(3)));
              }
            }
          }
        });
    return counts;
  }

  /**
   * @param checkInQuery selects id, deck and started_at of at most one check-in
   * @param prompts the prompts wanted, or empty for all
   */
  private Optional<LastAnswers> last(String checkInQuery, List<String> prompts) {
    List<LastAnswers> found = new ArrayList<>();
    Reads.run(
        database,
        "the last check-in",
        c -> {
          String id;
          String deck;
          Instant started;
          try (PreparedStatement s = c.prepareStatement(checkInQuery);
              ResultSet rs = s.executeQuery()) {
            if (!rs.next()) {
              return;
            }
            id = rs.getString(1);
            deck = rs.getString(2);
            started = Instant.ofEpochMilli(rs.getLong(3));
          }
          Map<Long, Map<String, List<String>>> chosen = new TreeMap<>();
          try (PreparedStatement s =
              c.prepareStatement(
                  "SELECT a.person_id, a.prompt_id, a.option_id FROM answer a"
                      + " WHERE a.checkin_id = ? AND "
                      + shareable.where("a")
                      + " ORDER BY a.person_id, a.prompt_id")) {
            s.setString(1, id);
            try (ResultSet rs = s.executeQuery()) {
              while (rs.next()) {
                String prompt = rs.getString(2);
                String option = rs.getString(3);
                if ((prompts.isEmpty() || prompts.contains(prompt))
                    && !Shareable.BUILT_IN.contains(option)) {
                  chosen
                      .computeIfAbsent(rs.getLong(1), p -> new LinkedHashMap<>())
                      .computeIfAbsent(prompt, p -> new ArrayList<>())
                      .add(option);
                }
              }
            }
          }
          chosen
              .values()
              .forEach(
                  byPrompt ->
                      byPrompt.replaceAll(
                          (prompt, options) -> shareable.inDeckOrder(deck, prompt, options)));
          found.add(new LastAnswers(id, deck, started, chosen));
        });
    return found.stream().findFirst();
  }

  /**
   * @param in {@code (id,id,...)} to read only those nights, or {@code null} for all
   */
  private static Map<Long, List<String>> decksByNight(Connection c, String in) throws SQLException {
    Map<Long, List<String>> decks = new TreeMap<>();
    try (PreparedStatement s =
            c.prepareStatement(
                "SELECT night_id, deck FROM checkin"
                    + (in == null ? "" : " WHERE night_id IN " + in)
                    + " ORDER BY started_at, id");
        ResultSet rs = s.executeQuery()) {
      while (rs.next()) {
        decks.computeIfAbsent(rs.getLong(1), n -> new ArrayList<>()).add(rs.getString(2));
      }
    }
    return decks;
  }

  private static Map<Long, Integer> signalsByNight(Connection c, String in) throws SQLException {
    Map<Long, Integer> counts = new TreeMap<>();
    try (PreparedStatement s =
            c.prepareStatement(
                "SELECT night_id, COUNT(*) FROM signal"
                    + (in == null ? "" : " WHERE night_id IN " + in)
                    + " GROUP BY night_id");
        ResultSet rs = s.executeQuery()) {
      while (rs.next()) {
        counts.put(rs.getLong(1), rs.getInt(2));
      }
    }
    return counts;
  }

  /** One person's pain answer and when it was given. */
  private record Level(String optionId, long at) {}

  /** What the Before check-ins of one night said about pain, places and tools. */
  private static final class BeforeFacts {
    static final BeforeFacts NONE = new BeforeFacts();
    final Map<Long, Level> pain = new TreeMap<>();
    final Set<String> regions = new LinkedHashSet<>();
    final Set<String> tools = new LinkedHashSet<>();
  }

  /** Per night; a later Before check-in of the same night wins for pain. */
  private Map<Long, BeforeFacts> beforeFacts(Connection c, String in) throws SQLException {
    Map<Long, BeforeFacts> facts = new TreeMap<>();
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT c.night_id, a.person_id, a.prompt_id, a.option_id, a.answered_at"
                + " FROM answer a JOIN checkin c ON c.id = a.checkin_id"
                + " WHERE a.prompt_id IN (?, ?, ?) AND c.deck = ?"
                + " AND a.option_id NOT IN ('skip', 'not_today') AND "
                + shareable.where("a")
                + (in == null ? "" : " AND c.night_id IN " + in)
                + " ORDER BY c.started_at, a.answered_at")) {
      s.setString(1, PAIN_LEVEL);
      s.setString(2, PAIN_WHERE);
      s.setString(3, TOOLS);
      s.setString(4, BEFORE);
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          BeforeFacts f = facts.computeIfAbsent(rs.getLong(1), n -> new BeforeFacts());
          String prompt = rs.getString(3);
          String option = rs.getString(4);
          if (prompt.equals(PAIN_LEVEL)) {
            f.pain.put(rs.getLong(2), new Level(option, rs.getLong(5)));
          } else if (prompt.equals(PAIN_WHERE)) {
            f.regions.add(option);
          } else {
            f.tools.add(option);
          }
        }
      }
    }
    return facts;
  }
}
