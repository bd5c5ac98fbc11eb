package dev.attune.store;

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
   * What a failure of SQLite means, in plain words, with what to do: full, read-only, no
   * permission, damaged or busy. Never SQLite's own text.
   */
  static String inWords(SQLException e) {
    return switch (e.getErrorCode() & 0xff) {
      case 13 -> "The disk is full. Free some space, then try again.";
      case 8 -> "The file or its folder is read-only. Choose a folder that can be written to.";
      case 3 -> "Your account has no permission to open it. Check the file's permissions.";
      case SQLITE_CORRUPT, SQLITE_NOTADB ->
          "It is damaged. Restore a backup from Settings, or move it out of the folder.";
      case 5, 6 -> "Another program is using it. Close Attune's other window, then try again.";
      case 14 ->
          "It cannot be opened: the file, its folder or the disk cannot be reached. Check that"
              + " they are there and that your account can read them.";
      default -> "The disk may be failing. Copy the folder somewhere safe, then try again.";
    };
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
