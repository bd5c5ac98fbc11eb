package dev.attune.store;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.sqlite.Function;

/**
 * How a database with a passphrase keeps what people said sealed on disk, while the rest of the
 * store reads and writes it with plain SQL.
 *
 * <p>On disk ({@code main}), names and pain, a check-in's deck and outcome, pause-board signals and
 * every answer (prompt and option together) are sealed by the {@link Vault}; only row ids,
 * timestamps, nights and who took part in a check-in stay plain. Once unlocked, the sealed tables
 * are opened into {@code TEMP} tables of the same names, kept in memory only: SQLite reads an
 * unqualified name from {@code temp} first, so every query works unchanged. {@code TEMP} triggers
 * seal each write back into {@code main} as it happens, in the same transaction, through the SQL
 * function {@value #FUNCTION}, and delete there what is deleted here (and the other way round, for
 * cascades from a deleted night). Locking drops the {@code TEMP} tables and the key.
 */
final class Sealing {
  static final String FUNCTION = "attune_seal";

  /** What a write to a sealed database says while it is locked. */
  static final String LOCKED = "Attune is locked";

  private static final List<String> TABLES =
      List.of(
          "CREATE TEMP TABLE person (id INTEGER PRIMARY KEY, name TEXT NOT NULL DEFAULT '',"
              + " has_pelvic_pain INTEGER NOT NULL DEFAULT 0, voice TEXT,"
              + " created_at INTEGER NOT NULL)",
          "CREATE TEMP TABLE checkin (id TEXT PRIMARY KEY, night_id INTEGER NOT NULL,"
              + " deck TEXT NOT NULL, started_at INTEGER NOT NULL, finished_at INTEGER,"
              + " outcome TEXT)",
          "CREATE TEMP TABLE answer (checkin_id TEXT NOT NULL, person_id INTEGER NOT NULL,"
              + " prompt_id TEXT NOT NULL, option_id TEXT NOT NULL, answered_at INTEGER NOT NULL,"
              + " sealed_id INTEGER,"
              + " PRIMARY KEY (checkin_id, person_id, prompt_id, option_id))",
          "CREATE TEMP TABLE signal (id INTEGER PRIMARY KEY, night_id INTEGER NOT NULL,"
              + " signal_id TEXT NOT NULL, at INTEGER NOT NULL)",
          "CREATE INDEX temp.open_answer_prompt ON answer(prompt_id, checkin_id)",
          "CREATE INDEX temp.open_answer_checkin ON answer(checkin_id)",
          "CREATE INDEX temp.open_checkin_deck ON checkin(deck, started_at)",
          "CREATE INDEX temp.open_checkin_night ON checkin(night_id)",
          "CREATE INDEX temp.open_signal_night ON signal(night_id)");

  private static final String PERSON =
      "attune_seal('person:' || NEW.id, NEW.name || char(10) || NEW.has_pelvic_pain)";
  private static final String CHECKIN =
      "attune_seal('checkin:' || NEW.id, NEW.deck || char(10) || coalesce(NEW.outcome, ''))";
  private static final String ANSWER =
      "attune_seal('answer:' || NEW.checkin_id || ':' || NEW.person_id,"
          + " NEW.prompt_id || char(10) || NEW.option_id)";
  private static final String SIGNAL = "attune_seal('signal:' || NEW.id, NEW.signal_id)";

  private static final List<String> TRIGGERS =
      List.of(
          "CREATE TEMP TRIGGER seal_person_insert AFTER INSERT ON temp.person BEGIN"
              + " INSERT OR REPLACE INTO main.person"
              + " (id, name, has_pelvic_pain, voice, created_at, sealed)"
              + " VALUES (NEW.id, '', 0, NULL, NEW.created_at, "
              + PERSON
              + "); END",
          "CREATE TEMP TRIGGER seal_person_update AFTER UPDATE ON temp.person BEGIN"
              + " UPDATE main.person SET sealed = "
              + PERSON
              + " WHERE id = NEW.id; END",
          "CREATE TEMP TRIGGER seal_person_delete AFTER DELETE ON temp.person BEGIN"
              + " DELETE FROM main.person WHERE id = OLD.id; END",
          "CREATE TEMP TRIGGER seal_checkin_insert AFTER INSERT ON temp.checkin BEGIN"
              + " INSERT INTO main.checkin"
              + " (id, night_id, deck, started_at, finished_at, outcome, sealed)"
              + " VALUES (NEW.id, NEW.night_id, '', NEW.started_at, NEW.finished_at, NULL, "
              + CHECKIN
              + "); END",
          "CREATE TEMP TRIGGER seal_checkin_update AFTER UPDATE ON temp.checkin BEGIN"
              + " UPDATE main.checkin SET night_id = NEW.night_id, started_at = NEW.started_at,"
              + " finished_at = NEW.finished_at, sealed = "
              + CHECKIN
              + " WHERE id = NEW.id; END",
          "CREATE TEMP TRIGGER seal_checkin_delete AFTER DELETE ON temp.checkin BEGIN"
              + " DELETE FROM main.checkin WHERE id = OLD.id;"
              + " DELETE FROM temp.answer WHERE checkin_id = OLD.id; END",
          "CREATE TEMP TRIGGER sealed_checkin_gone AFTER DELETE ON main.checkin BEGIN"
              + " DELETE FROM temp.checkin WHERE id = OLD.id;"
              + " DELETE FROM temp.answer WHERE checkin_id = OLD.id; END",
          "CREATE TEMP TRIGGER seal_answer_insert AFTER INSERT ON temp.answer BEGIN"
              + " INSERT INTO main.sealed_answer (checkin_id, person_id, answered_at, sealed)"
              + " VALUES (NEW.checkin_id, NEW.person_id, NEW.answered_at, "
              + ANSWER
              + ");"
              + " UPDATE temp.answer SET sealed_id = last_insert_rowid() WHERE rowid = NEW.rowid;"
              + " END",
          "CREATE TEMP TRIGGER seal_answer_delete AFTER DELETE ON temp.answer BEGIN"
              + " DELETE FROM main.sealed_answer WHERE id = OLD.sealed_id; END",
          "CREATE TEMP TRIGGER seal_signal_insert AFTER INSERT ON temp.signal BEGIN"
              + " INSERT INTO main.signal (id, night_id, signal_id, at, sealed)"
              + " VALUES (NEW.id, NEW.night_id, '', NEW.at, "
              + SIGNAL
              + "); END",
          "CREATE TEMP TRIGGER seal_signal_delete AFTER DELETE ON temp.signal BEGIN"
              + " DELETE FROM main.signal WHERE id = OLD.id; END",
          "CREATE TEMP TRIGGER sealed_signal_gone AFTER DELETE ON main.signal BEGIN"
              + " DELETE FROM temp.signal WHERE id = OLD.id; END");

  private Sealing() {}

  private static final List<String> SEALED_TABLES =
      List.of("person", "checkin", "answer", "signal");

  /**
   * While locked, nothing may be written in the plain columns of a sealed database: a write that
   * comes late (an answer still queued when Attune locked) fails, and is held until unlocked.
   */
  static void guard(Connection c) throws SQLException {
    try (Statement s = c.createStatement()) {
      for (String table : SEALED_TABLES) {
        // Deletes too, where the table is empty while sealed: a late withdraw must not be lost.
        List<String> ops =
            table.equals("answer")
                ? List.of("INSERT", "UPDATE", "DELETE")
                : List.of("INSERT", "UPDATE");
        for (String op : ops) {
          s.execute(
              "CREATE TEMP TRIGGER IF NOT EXISTS locked_"
                  + table
                  + "_"
                  + op.toLowerCase(java.util.Locale.ROOT)
                  + " BEFORE "
                  + op
                  + " ON main."
                  + table
                  + " BEGIN SELECT RAISE(ABORT, '"
                  + LOCKED
                  + "'); END");
        }
      }
    }
  }

  private static void unguard(Connection c) throws SQLException {
    try (Statement s = c.createStatement()) {
      for (String table : SEALED_TABLES) {
        for (String op : List.of("insert", "update", "delete")) {
          s.execute("DROP TRIGGER IF EXISTS temp.locked_" + table + "_" + op);
        }
      }
    }
  }

  /** Whether the database has a passphrase: its data is sealed on disk. */
  static boolean sealed(Connection c) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM main.vault")) {
      return rs.next() && rs.getInt(1) > 0;
    }
  }

  /** The stored wrapped key, or {@code null} when there is no passphrase. */
  static Vault.Wrapped wrapped(Connection c) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT salt, memory_kib, iterations, lanes, wrapped FROM main.vault WHERE id = 1")) {
      if (!rs.next()) {
        return null;
      }
      return new Vault.Wrapped(
          new Vault.KeyParams(rs.getBytes(1), rs.getInt(2), rs.getInt(3), rs.getInt(4)),
          rs.getBytes(5));
    }
  }

  static void storeWrapped(Connection c, Vault.Wrapped wrapped) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "INSERT OR REPLACE INTO main.vault (id, salt, memory_kib, iterations, lanes, wrapped)"
                + " VALUES (1, ?, ?, ?, ?, ?)")) {
      s.setBytes(1, wrapped.params().salt());
      s.setInt(2, wrapped.params().memoryKib());
      s.setInt(3, wrapped.params().iterations());
      s.setInt(4, wrapped.params().lanes());
      s.setBytes(5, wrapped.key());
      s.executeUpdate();
    }
  }

  /**
   * Opens the sealed tables into memory and starts sealing every write. Rows that do not open
   * (changed or cut short on disk) are left where they are and named in the result; everything else
   * is there.
   *
   * @return one line per damaged row, naming its table and id; empty when all opened
   */
  static List<String> open(Connection c, Vault vault) throws SQLException {
    drop(c);
    unguard(c);
    Function.create(c, FUNCTION, new Seal(vault));
    try (Statement s = c.createStatement()) {
      for (String sql : TABLES) {
        s.execute(sql);
      }
    }
    List<String> damaged = new ArrayList<>();
    load(
        c,
        vault,
        "SELECT id, created_at, sealed FROM main.person",
        "INSERT INTO temp.person (id, name, has_pelvic_pain, created_at) VALUES (?, ?, ?, ?)",
        (rs, plain, insert) -> {
          int cut = plain.lastIndexOf('\n');
          insert.setLong(1, rs.getLong(1));
          insert.setString(2, plain.substring(0, cut));
          insert.setInt(3, Integer.parseInt(plain.substring(cut + 1)));
          insert.setLong(4, rs.getLong(2));
        },
        rs -> "person:" + rs.getLong(1),
        "person",
        damaged,
        "\n0"); // no name, no pain
    load(
        c,
        vault,
        "SELECT id, night_id, started_at, finished_at, sealed FROM main.checkin",
        "INSERT INTO temp.checkin (id, night_id, deck, started_at, finished_at, outcome)"
            + " VALUES (?, ?, ?, ?, ?, ?)",
        (rs, plain, insert) -> {
          int cut = plain.indexOf('\n');
          String outcome = plain.substring(cut + 1);
          insert.setString(1, rs.getString(1));
          insert.setLong(2, rs.getLong(2));
          insert.setString(3, plain.substring(0, cut));
          insert.setLong(4, rs.getLong(3));
          insert.setObject(5, rs.getObject(4));
          insert.setString(6, outcome.isEmpty() ? null : outcome);
        },
        rs -> "checkin:" + rs.getString(1),
        "check-in",
        damaged,
        null);
    load(
        c,
        vault,
        "SELECT id, checkin_id, person_id, answered_at, sealed FROM main.sealed_answer",
        "INSERT INTO temp.answer"
            + " (checkin_id, person_id, prompt_id, option_id, answered_at, sealed_id)"
            + " VALUES (?, ?, ?, ?, ?, ?)",
        (rs, plain, insert) -> {
          int cut = plain.indexOf('\n');
          insert.setString(1, rs.getString(2));
          insert.setLong(2, rs.getLong(3));
          insert.setString(3, plain.substring(0, cut));
          insert.setString(4, plain.substring(cut + 1));
          insert.setLong(5, rs.getLong(4));
          insert.setLong(6, rs.getLong(1));
        },
        rs -> "answer:" + rs.getString(2) + ":" + rs.getLong(3),
        "answer",
        damaged,
        null);
    load(
        c,
        vault,
        "SELECT id, night_id, at, sealed FROM main.signal",
        "INSERT INTO temp.signal (id, night_id, signal_id, at) VALUES (?, ?, ?, ?)",
        (rs, plain, insert) -> {
          insert.setLong(1, rs.getLong(1));
          insert.setLong(2, rs.getLong(2));
          insert.setString(3, plain);
          insert.setLong(4, rs.getLong(3));
        },
        rs -> "signal:" + rs.getLong(1),
        "pause-board signal",
        damaged,
        ""); // no signal
    try (Statement s = c.createStatement()) {
      for (String sql : TRIGGERS) {
        s.execute(sql);
      }
    }
    return damaged;
  }

  /** Forgets the opened tables (and so every plain value in memory) and the seal function. */
  static void drop(Connection c) throws SQLException {
    try (Statement s = c.createStatement()) {
      // Triggers on main's tables outlive the temp tables; the others go with their table.
      for (String trigger : List.of("sealed_checkin_gone", "sealed_signal_gone")) {
        s.execute("DROP TRIGGER IF EXISTS temp." + trigger);
      }
      for (String table : List.of("answer", "signal", "checkin", "person")) {
        s.execute("DROP TABLE IF EXISTS temp." + table);
      }
    }
    Function.destroy(c, FUNCTION);
  }

  /**
   * Seals a plain database in the caller's transaction: every plain value moves into its sealed
   * column and the plain one is blanked (secure delete zeroes the old bytes). Then opens it.
   */
  static void seal(Connection c, Vault vault) throws SQLException {
    Function.create(c, FUNCTION, new Seal(vault));
    try (Statement s = c.createStatement()) {
      s.executeUpdate(
          "UPDATE main.person SET sealed = "
              + PERSON.replace("NEW.", "")
              + ", name = '', has_pelvic_pain = 0, voice = NULL");
      s.executeUpdate(
          "UPDATE main.checkin SET sealed = "
              + CHECKIN.replace("NEW.", "")
              + ", deck = '', outcome = NULL");
      s.executeUpdate(
          "UPDATE main.signal SET sealed = " + SIGNAL.replace("NEW.", "") + ", signal_id = ''");
      s.executeUpdate(
          "INSERT INTO main.sealed_answer (checkin_id, person_id, answered_at, sealed)"
              + " SELECT checkin_id, person_id, answered_at, "
              + ANSWER.replace("NEW.", "")
              + " FROM main.answer ORDER BY answered_at, rowid");
      s.executeUpdate("DELETE FROM main.answer");
    }
    storeWrapped(c, vault.wrapped());
    open(c, vault);
  }

  /**
   * Undoes {@link #seal} in the caller's transaction, from the opened tables: every value goes back
   * to its plain column, the sealed ones and the key are deleted. Rows that did not open (damaged)
   * keep no value.
   */
  static void unseal(Connection c) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.executeUpdate(
          "UPDATE main.person SET"
              + " name = coalesce((SELECT t.name FROM temp.person t WHERE t.id = person.id), ''),"
              + " has_pelvic_pain = coalesce((SELECT t.has_pelvic_pain FROM temp.person t"
              + " WHERE t.id = person.id), 0), sealed = NULL");
      s.executeUpdate(
          "UPDATE main.checkin SET"
              + " deck = coalesce((SELECT t.deck FROM temp.checkin t WHERE t.id = checkin.id), ''),"
              + " outcome = (SELECT t.outcome FROM temp.checkin t WHERE t.id = checkin.id),"
              + " sealed = NULL");
      s.executeUpdate(
          "UPDATE main.signal SET signal_id = coalesce((SELECT t.signal_id FROM temp.signal t"
              + " WHERE t.id = signal.id), ''), sealed = NULL");
      s.executeUpdate(
          "INSERT INTO main.answer (checkin_id, person_id, prompt_id, option_id, answered_at)"
              + " SELECT checkin_id, person_id, prompt_id, option_id, answered_at FROM temp.answer"
              + " WHERE checkin_id IN (SELECT id FROM main.checkin)");
      s.executeUpdate("DELETE FROM main.sealed_answer");
      s.executeUpdate("DELETE FROM main.vault");
    }
    drop(c);
  }

  @FunctionalInterface
  private interface Row {
    void fill(ResultSet rs, String plain, PreparedStatement insert) throws SQLException;
  }

  @FunctionalInterface
  private interface Context {
    String of(ResultSet rs) throws SQLException;
  }

  /**
   * Opens every row of one sealed table into its in-memory table.
   *
   * @param placeholder the plain value a row that does not open is kept as (blank, so its id is
   *     never taken by a new row), or {@code null} to leave it out
   */
  private static void load(
      Connection c,
      Vault vault,
      String select,
      String insert,
      Row row,
      Context context,
      String what,
      List<String> damaged,
      String placeholder)
      throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(select);
        PreparedStatement into = c.prepareStatement(insert)) {
      int sealedColumn = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        byte[] sealed = rs.getBytes(sealedColumn);
        String where = context.of(rs);
        String plain;
        try {
          plain = new String(vault.open(sealed, where), StandardCharsets.UTF_8);
          row.fill(rs, plain, into);
        } catch (Vault.DamagedException | RuntimeException e) {
          damaged.add(what + " " + where.substring(where.indexOf(':') + 1));
          if (placeholder == null) {
            continue;
          }
          // Kept in memory as a blank, so its id is never given to a new row.
          row.fill(rs, placeholder, into);
        }
        into.addBatch();
      }
      into.executeBatch();
    }
  }

  /** {@code attune_seal(context, text)}: the text sealed for that context, as a blob. */
  private static final class Seal extends Function {
    private final Vault vault;

    Seal(Vault vault) {
      this.vault = vault;
    }

    @Override
    protected void xFunc() throws SQLException {
      if (args() != 2) {
        throw new SQLException(FUNCTION + " takes a context and a text");
      }
      try {
        result(vault.seal(value_text(1), value_text(0)));
      } catch (IllegalStateException e) {
        throw new SQLException("Attune is locked: nothing can be saved until it is unlocked", e);
      }
    }
  }
}
