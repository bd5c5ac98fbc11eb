package dev.attune.store;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The SQLite database {@code attune.db} in the data directory: opened, brought up to the current
 * schema, in WAL mode with full syncs so an answer, once committed, survives a crash.
 *
 * <p>Thread confinement: use one Database from one thread at a time (the app's storage thread).
 */
public final class Database implements AutoCloseable {
  public static final String FILE_NAME = "attune.db";

  private final Path file;
  private final Connection connection;

  private Database(Path file, Connection connection) {
    this.file = file;
    this.connection = connection;
  }

  /**
   * Opens (creating if needed) the database in {@code dataDir}.
   *
   * @throws StoreException with a message naming the folder or file and what to do
   */
  public static Database open(Path dataDir) {
    Path dir = prepareDirectory(dataDir);
    Path file = dir.resolve(FILE_NAME);
    Connection connection;
    try {
      connection = DriverManager.getConnection("jdbc:sqlite:" + file);
    } catch (SQLException e) {
      throw new StoreException(
          "Attune cannot open its database "
              + file
              + ". Check that the folder can be written, or choose another with --data-dir.",
          e);
    }
    try {
      configure(connection);
      migrate(connection, file);
      restrict(file);
      return new Database(file, connection);
    } catch (SQLException | RuntimeException e) {
      closeQuietly(connection, e);
      if (e instanceof StoreException) {
        throw (StoreException) e;
      }
      throw new StoreException("Attune cannot use its database " + file + ": " + e.getMessage(), e);
    }
  }

  public Path file() {
    return file;
  }

  /** The schema version, from {@code PRAGMA user_version}. */
  public int schemaVersion() {
    try {
      return userVersion(connection);
    } catch (SQLException e) {
      throw new StoreException("Attune cannot read its database " + file, e);
    }
  }

  Connection connection() {
    return connection;
  }

  @Override
  public void close() {
    try {
      connection.close();
    } catch (SQLException e) {
      throw new StoreException("Attune could not close its database " + file + " cleanly", e);
    }
  }

  private static Path prepareDirectory(Path dataDir) {
    Path dir = dataDir.toAbsolutePath().normalize();
    try {
      Files.createDirectories(dir);
      restrictDirectory(dir);
    } catch (FileSystemException e) {
      throw new StoreException(
          "Attune cannot create its data folder "
              + dir
              + " ("
              + reason(e)
              + "). Choose a folder you can write with --data-dir DIR.",
          e);
    } catch (IOException e) {
      throw new StoreException(
          "Attune cannot create its data folder " + dir + ". Choose another with --data-dir DIR.",
          e);
    }
    if (!Files.isDirectory(dir) || !Files.isWritable(dir)) {
      throw new StoreException(
          "Attune cannot write to its data folder "
              + dir
              + ". Choose a folder you can write with --data-dir DIR.");
    }
    return dir;
  }

  private static String reason(FileSystemException e) {
    // NIO names the failure by its exception type when the OS gives no reason text.
    return e.getReason() != null ? e.getReason() : e.getClass().getSimpleName();
  }

  private static void configure(Connection connection) throws SQLException {
    try (Statement s = connection.createStatement()) {
      s.execute("PRAGMA busy_timeout = 5000");
      s.execute("PRAGMA foreign_keys = ON");
      try (ResultSet rs = s.executeQuery("PRAGMA journal_mode = WAL")) {
        rs.next();
      }
      // FULL: a commit reaches the disk before it returns, so a killed process loses nothing.
      s.execute("PRAGMA synchronous = FULL");
    }
  }

  private static void migrate(Connection connection, Path file) throws SQLException {
    int version = userVersion(connection);
    if (version > Migrations.latest()) {
      throw new StoreException(
          "The database "
              + file
              + " was made by a newer Attune (schema "
              + version
              + "; this one knows "
              + Migrations.latest()
              + "). It has been left untouched. Update Attune, or use another --data-dir.");
    }
    for (int step = version; step < Migrations.latest(); step++) {
      connection.setAutoCommit(false);
      try (Statement s = connection.createStatement()) {
        for (String sql : Migrations.STEPS.get(step)) {
          s.execute(sql);
        }
        s.execute("PRAGMA user_version = " + (step + 1));
        connection.commit();
      } catch (SQLException e) {
        connection.rollback();
        throw e;
      } finally {
        connection.setAutoCommit(true);
      }
    }
  }

  private static int userVersion(Connection connection) throws SQLException {
    try (Statement s = connection.createStatement();
        ResultSet rs = s.executeQuery("PRAGMA user_version")) {
      return rs.next() ? rs.getInt(1) : 0;
    }
  }

  /** Owner-only permissions where the file system supports them. */
  private static void restrictDirectory(Path dir) throws IOException {
    if (dir.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
    }
  }

  private static void restrict(Path file) {
    if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      try {
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
      } catch (IOException e) {
        throw new StoreException("Attune cannot make " + file + " private to you", e);
      }
    }
  }

  private static void closeQuietly(Connection connection, Exception primary) {
    try {
      connection.close();
    } catch (SQLException e) {
      primary.addSuppressed(e);
    }
  }
}
