package dev.attune.store;

import dev.attune.disk.Cause;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.sqlite.SQLiteConfig;

/**
 * Checks a database file for damage and moves files aside. Nothing here ever deletes a database: a
 * file Attune cannot use is renamed, with a time stamp, next to where it was.
 */
final class Recovery {
  private Recovery() {}

  /** The files SQLite keeps next to a database, which belong with it wherever it goes. */
  static final List<String> COMPANIONS = List.of("-wal", "-shm", "-journal");

  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.ROOT);

  /** SQLite's primary result codes for a file that is not, or no longer, a sound database. */
  private static final int SQLITE_CORRUPT = 11;

  private static final int SQLITE_NOTADB = 26;

  /**
   * Whether {@code file} is damaged: not a database, or failing {@code PRAGMA quick_check}. Reads
   * only, through a read-only connection: a read-write one would checkpoint into, and then delete,
   * the write-ahead log of a damaged file on closing. Other failures (a locked or unreadable file,
   * a failing disk) are not damage and are thrown, so a file that may be sound is never moved
   * aside.
   *
   * @return why the file is damaged, for logs (no content), or empty when it is sound
   */
  static Optional<String> damage(Path file) throws SQLException {
    SQLiteConfig readOnly = new SQLiteConfig();
    readOnly.setReadOnly(true);
    try (Connection c = readOnly.createConnection("jdbc:sqlite:" + file);
        Statement s = c.createStatement()) {
      try (ResultSet rs = s.executeQuery("PRAGMA quick_check")) {
        String first = rs.next() ? rs.getString(1) : "no result";
        if (!"ok".equals(first)) {
          return Optional.of("quick_check failed");
        }
      }
      try (ResultSet rs = s.executeQuery("PRAGMA user_version")) {
        rs.next();
      }
      return Optional.empty();
    } catch (SQLException e) {
      int code = e.getErrorCode() & 0xff;
      if (code == SQLITE_CORRUPT || code == SQLITE_NOTADB) {
        return Optional.of("SQLite result code " + code);
      }
      throw e;
    }
  }

  /**
   * The schema version of a database, read without writing to it: a database from a newer Attune
   * must keep every byte (opening it to write would switch its journal, or fold its log in).
   */
  static int userVersion(Path file) throws SQLException {
    SQLiteConfig readOnly = new SQLiteConfig();
    readOnly.setReadOnly(true);
    try (Connection c = readOnly.createConnection("jdbc:sqlite:" + file);
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("PRAGMA user_version")) {
      return rs.next() ? rs.getInt(1) : 0;
    }
  }

  /**
   * Renames {@code file} and its companions to {@code <file>.<label>-<yyyyMMdd-HHmmss>} (with a
   * counter if that name is taken). Companions go first: a stale write-ahead log left beside a
   * fresh database could otherwise be replayed into it.
   *
   * @return the new name of the database file
   */
  static Path moveAside(Path file, String label, Clock clock) throws IOException {
    String base = file.getFileName() + "." + label + "-" + LocalDateTime.now(clock).format(STAMP);
    Path target = file.resolveSibling(base);
    for (int n = 2; taken(target); n++) {
      target = file.resolveSibling(base + "-" + n);
    }
    for (String suffix : COMPANIONS) {
      Path companion = file.resolveSibling(file.getFileName() + suffix);
      if (Files.exists(companion)) {
        move(companion, target.resolveSibling(target.getFileName() + suffix));
      }
    }
    if (Files.exists(file)) {
      move(file, target);
    }
    return target;
  }

  /** Whether companions are lying about without their database. */
  static boolean orphans(Path file) {
    return !Files.exists(file)
        && COMPANIONS.stream()
            .anyMatch(s -> Files.exists(file.resolveSibling(file.getFileName() + s)));
  }

  /**
   * Why storage failed, in plain words: SQLite's result code where there is one, else the disk's
   * own reason (see {@link Cause}).
   */
  static Cause cause(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof SQLException sql) {
        Cause coded = Cause.sqlite(sql.getErrorCode());
        if (coded != Cause.UNKNOWN) {
          return coded;
        }
      }
    }
    return Cause.of(failure);
  }

  /**
   * Whether SQLite refused a write for what it says (SQLITE_CONSTRAINT: what it belongs to is not
   * there, or it is there already), not for the disk.
   */
  static boolean refused(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof SQLException sql && (sql.getErrorCode() & 0xff) == 19) {
        return true;
      }
    }
    return false;
  }

  private static boolean taken(Path target) {
    return Files.exists(target)
        || COMPANIONS.stream()
            .anyMatch(s -> Files.exists(target.resolveSibling(target.getFileName() + s)));
  }

  private static void move(Path from, Path to) throws IOException {
    Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
  }
}
