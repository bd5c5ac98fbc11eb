package dev.attune.store;

import dev.attune.disk.Cause;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The SQLite database {@code attune.db} in the data directory: opened, brought up to the current
 * schema, in WAL mode with full syncs so an answer, once committed, survives a crash.
 *
 * <p>A damaged database (not a database at all, or failing {@code PRAGMA quick_check}) is moved
 * aside with a time stamp, never deleted, and a fresh one is started; {@link #recoveryNotice()}
 * then says where the old file went. A database from a newer Attune is left untouched.
 *
 * <p>Thread confinement: use one Database from one thread at a time (the app's storage thread).
 */
public final class Database implements AutoCloseable {
  public static final String FILE_NAME = "attune.db";

  private final Path file;
  private final Connection connection;
  private final Optional<String> recoveryNotice;

  /** Opened to read only, for an export. */
  private boolean readOnly;

  /** Where this start set a damaged database aside, or {@code null}. */
  private Path damagedAside;

  /** What is let go on closing besides the connection: a read-only open's hold on the lock. */
  private AutoCloseable alsoClose;

  /** The open vault while a sealed database is unlocked; {@code null} otherwise. */
  private volatile Vault vault;

  /** Whether a passphrase is set, for other threads (recordings are read on the voice's). */
  private volatile boolean passphrase;

  private Database(Path file, Connection connection, Optional<String> recoveryNotice) {
    this.file = file;
    this.connection = connection;
    this.recoveryNotice = recoveryNotice;
  }

  /**
   * Opens the database in {@code dataDir}, time-stamping any damaged file with the system clock.
   */
  public static Database open(Path dataDir) {
    return open(dataDir, Clock.systemDefaultZone());
  }

  /**
   * Opens (creating if needed) the database in {@code dataDir}. A damaged database is moved aside
   * first, named with the time from {@code clock}; see {@link #recoveryNotice()}.
   *
   * @throws StoreException with a message naming the folder or file and what to do
   */
  public static Database open(Path dataDir, Clock clock) {
    engine();
    Path dir = PrivateFiles.folder(dataDir);
    Path file = dir.resolve(FILE_NAME);
    Path index = file.resolveSibling(FILE_NAME + "-shm");
    boolean hadIndex = Files.exists(index);
    Path[] damaged = {null};
    Optional<String> notice = recover(file, clock, damaged);
    refuseNewer(file, index, hadIndex);
    Connection connection;
    boolean made = false;
    try {
      if (!Files.exists(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
        // Owner-only from the moment it exists; SQLite gives its log the same mode.
        PrivateFiles.create(file);
        made = true;
      }
      connection = DriverManager.getConnection("jdbc:sqlite:" + file);
    } catch (SQLException | IOException e) {
      unmake(made, file);
      throw StoreException.because(
          "Attune cannot open its database", file, e, "Or choose another folder with --data-dir.");
    }
    try {
      configure(connection);
      migrate(connection, file);
      boolean sealed = Sealing.sealed(connection);
      if (sealed) {
        Sealing.guard(connection); // it opens locked
      }
      PrivateFiles.restrict(file);
      Database database = new Database(file, connection, notice);
      database.damagedAside = damaged[0];
      database.passphrase = sealed;
      return database;
    } catch (SQLException | RuntimeException e) {
      closeQuietly(connection, e);
      unmake(made, file);
      if (e instanceof StoreException) {
        throw (StoreException) e;
      }
      throw StoreException.because(
          "Attune cannot start its database",
          file,
          e,
          "Nothing was lost. Or choose another folder with --data-dir.");
    }
  }

  /**
   * Opens the database in {@code dataDir} to read only, for an export: nothing in the folder is
   * made, changed or moved, so a read-only folder (a backup disk, a copy) can be exported from. One
   * exception: a database made by an earlier Attune, in a folder that can be written, is first
   * brought up to date as the app would (opened as by {@link #open(Path)}). When Attune is not open
   * on the folder (or the folder cannot be written to), the file is read as it is on disk, with no
   * shared index, and Attune cannot open it until the export is done; when Attune is open, it is
   * read beside it, through the log and index Attune keeps.
   *
   * @throws StoreException with a message naming the file, the cause in plain words and what to do
   */
  public static Database openReadOnly(Path dataDir) {
    engine();
    Path dir = dataDir.toAbsolutePath().normalize();
    Path file = dir.resolve(FILE_NAME);
    if (!Files.isReadable(file)) {
      throw new StoreException(
          "Attune cannot read its database " + Cause.shown(file) + Cause.NO_PERMISSION.because());
    }
    AutoCloseable alone = Files.isWritable(dir) ? alone(dir) : null;
    // Read as it is on disk only when nothing waits in its log: an immutable read ignores the log,
    // and answers given before a kill or a logout may still be there.
    Path log = file.resolveSibling(FILE_NAME + "-wal");
    Path index = file.resolveSibling(FILE_NAME + "-shm");
    boolean logged;
    try {
      logged = Files.exists(log) && Files.size(log) > 0;
    } catch (IOException e) {
      logged = true;
    }
    if (logged && !Files.isWritable(dir) && !Files.exists(index)) {
      // SQLite cannot read a log without its index, and cannot make one here: a private copy
      // is read instead, and taken away after.
      return fromACopy(file, log);
    }
    boolean frozen = !logged && (!Files.isWritable(dir) || alone != null);
    if (logged && alone != null && !Files.exists(index)) {
      // The index SQLite makes to read the log is taken away again after: nothing is left.
      AutoCloseable lock = alone;
      alone =
          () -> {
            try {
              Files.deleteIfExists(index);
            } finally {
              lock.close();
            }
          };
    }
    int version;
    Connection connection;
    try {
      org.sqlite.SQLiteConfig readOnly = new org.sqlite.SQLiteConfig();
      readOnly.setReadOnly(true);
      readOnly.setBusyTimeout(5000);
      readOnly.setTempStore(org.sqlite.SQLiteConfig.TempStore.MEMORY);
      String url = "jdbc:sqlite:file:" + uriPath(file) + (frozen ? "?immutable=1" : "?mode=ro");
      connection = readOnly.createConnection(url);
    } catch (SQLException e) {
      closeQuietly(alone, e);
      throw StoreException.because(
          "Attune cannot open its database", file, e, "Nothing was written.");
    }
    try {
      version = userVersion(connection);
      if (version > Migrations.latest()) {
        throw newer(file, version);
      }
      if (version < Migrations.latest() && Files.isWritable(dir)) {
        // Made by an earlier Attune: brought up to date as the app would, then read.
        closeQuietly(connection, null);
        closeQuietly(alone, null);
        return open(dataDir);
      }
      if (version < Migrations.latest()) {
        throw new StoreException(
            "The database "
                + file
                + " was made by an earlier Attune and has not been updated yet. Open Attune once"
                + " with this folder, then export again.");
      }
      boolean sealed = Sealing.sealed(connection);
      if (sealed) {
        Sealing.guard(connection);
      }
      Database database = new Database(file, connection, Optional.empty());
      database.passphrase = sealed;
      database.alsoClose = alone;
      database.readOnly = true;
      return database;
    } catch (SQLException | RuntimeException e) {
      closeQuietly(connection, e);
      closeQuietly(alone, e);
      if (e instanceof StoreException) {
        throw (StoreException) e;
      }
      throw StoreException.because(
          "Attune cannot read its database", file, e, "Nothing was written.");
    }
  }

  /** Reads a copy of {@code file} and its log in a private temporary folder, deleted on close. */
  private static Database fromACopy(Path file, Path log) {
    Path copy;
    try {
      copy =
          Files.createTempDirectory(
              "attune-export",
              java.nio.file.attribute.PosixFilePermissions.asFileAttribute(
                  java.nio.file.attribute.PosixFilePermissions.fromString("rwx------")));
    } catch (IOException | UnsupportedOperationException e) {
      throw StoreException.because(
          "Attune cannot make a private copy, to read its database",
          Path.of(System.getProperty("java.io.tmpdir")),
          e,
          "");
    }
    copy.toFile().deleteOnExit(); // a Ctrl-C at the passphrase leaves no copy behind
    copy.resolve(FILE_NAME).toFile().deleteOnExit();
    copy.resolve(FILE_NAME + "-wal").toFile().deleteOnExit();
    copy.resolve(FILE_NAME + "-shm").toFile().deleteOnExit();
    Runnable tidy =
        () -> {
          try (java.util.stream.Stream<Path> files = Files.list(copy)) {
            for (Path f : files.toList()) {
              Files.deleteIfExists(f);
            }
            Files.deleteIfExists(copy);
          } catch (IOException e) {
            // Only a temporary copy, in an owner-only folder the system clears.
          }
        };
    try {
      Files.copy(file, copy.resolve(FILE_NAME));
      Files.copy(log, copy.resolve(FILE_NAME + "-wal"));
      Database database = openReadOnly(copy);
      AutoCloseable before = database.alsoClose;
      database.alsoClose =
          () -> {
            try {
              closeQuietly(before, null);
            } finally {
              tidy.run();
            }
          };
      return database;
    } catch (IOException e) {
      tidy.run();
      throw StoreException.because(
          "Attune cannot make a private copy, to read its database", file, e, "");
    } catch (RuntimeException e) {
      tidy.run();
      throw e;
    }
  }

  /**
   * Holds Attune's instance lock, when no Attune has the folder open, so none opens it while it is
   * read; {@code null} when one has it open (or it cannot be told). The lock file is never made
   * here: without one, Attune has never run in the folder, and nothing needs holding.
   */
  private static AutoCloseable alone(Path dir) {
    if (InstanceLock.heldHere(dir)) {
      // Open in this process: a channel opened and closed here would let go of its lock.
      return null;
    }
    Path lock = dir.resolve(InstanceLock.FILE_NAME);
    FileChannel channel = null;
    try {
      channel = FileChannel.open(lock, StandardOpenOption.WRITE);
      if (channel.tryLock() != null) {
        return channel;
      }
    } catch (java.nio.file.NoSuchFileException e) {
      return () -> {}; // Attune never ran here
    } catch (IOException | java.nio.channels.OverlappingFileLockException e) {
      // Held in this process, or it cannot be told: read beside it.
    }
    closeQuietly(channel, null);
    return null;
  }

  /**
   * Loads SQLite's engine, which its driver first unpacks into the temporary folder: when that
   * fails (that disk is full, or the folder cannot be written), the person hears so, instead of a
   * puzzle about the database.
   */
  private static void engine() {
    Exception failure;
    try {
      if (org.sqlite.SQLiteJDBCLoader.initialize()) {
        return;
      }
      failure = null;
    } catch (Exception e) {
      failure = e;
    } catch (LinkageError e) {
      failure = new IllegalStateException(e.getClass().getName());
    }
    Path temporary = Path.of(System.getProperty("java.io.tmpdir"));
    Cause cause = failure == null ? Cause.UNKNOWN : Cause.of(failure);
    throw new StoreException(
        "Attune cannot start its database engine, which is unpacked into the temporary folder "
            + Cause.shown(temporary)
            + " first"
            + (cause == Cause.UNKNOWN
                ? ": most often that disk is full. Free some space there, then start Attune again."
                : cause.because()),
        failure);
  }

  /**
   * Takes away a database this start made, with its log and index, when it could not be started (a
   * full disk): it holds nothing yet, and an empty file left behind would look like data.
   */
  private static void unmake(boolean made, Path file) {
    if (!made) {
      return;
    }
    for (String suffix : List.of("", "-wal", "-shm", "-journal")) {
      try {
        Files.deleteIfExists(file.resolveSibling(file.getFileName() + suffix));
      } catch (IOException e) {
        // Left as it is: the next start opens it as an empty database.
      }
    }
  }

  /** A path as the path of an SQLite URI: the characters a URI gives a meaning are escaped. */
  static String uriPath(Path file) {
    StringBuilder b = new StringBuilder();
    for (char c : file.toString().toCharArray()) {
      switch (c) {
        case '%' -> b.append("%25");
        case '?' -> b.append("%3f");
        case '#' -> b.append("%23");
        default -> b.append(c);
      }
    }
    return b.toString();
  }

  public Path file() {
    return file;
  }

  /** What is said when a damaged database was set aside as {@code moved}. */
  static String damagedNotice(Path moved) {
    return "Attune's database was damaged, so it was set aside as "
        + Cause.shown(moved)
        + " and a fresh one was started. Nothing was deleted.";
  }

  /** Whether this start set aside a damaged database: a backup may bring its answers back. */
  public boolean setAsideDamaged() {
    return damagedAside != null;
  }

  /** Where the damaged database was set aside by this start; {@code null} when none was. */
  Path damagedAside() {
    return damagedAside;
  }

  /**
   * Opens the database in {@code dataDir} only to note something small beside a running Attune (an
   * export's path): nothing is checked, moved aside, migrated or made, so a database that is in use
   * or damaged is never touched by it.
   *
   * @throws StoreException when it is not there, not of this version, or cannot be opened
   */
  public static Database openToNote(Path dataDir) {
    engine();
    Path file = dataDir.toAbsolutePath().normalize().resolve(FILE_NAME);
    if (!Files.isRegularFile(file)) {
      throw new StoreException(
          "Attune cannot note the export in " + Cause.shown(file) + Cause.MISSING.because());
    }
    Connection connection;
    try {
      connection = DriverManager.getConnection("jdbc:sqlite:" + file);
    } catch (SQLException e) {
      throw StoreException.because("Attune cannot note the export in", file, e, "");
    }
    try (Statement s = connection.createStatement()) {
      s.execute("PRAGMA busy_timeout = 5000");
      if (userVersion(connection) != Migrations.latest()) {
        throw new StoreException(
            "Attune cannot note the export in "
                + Cause.shown(file)
                + ", because that database is of another version. Open Attune once with it.");
      }
      return new Database(file, connection, Optional.empty());
    } catch (SQLException | RuntimeException e) {
      closeQuietly(connection, e);
      if (e instanceof StoreException) {
        throw (StoreException) e;
      }
      throw StoreException.because("Attune cannot note the export in", file, e, "");
    }
  }

  /** Whether it was opened to read only ({@link #openReadOnly}): nothing can be written. */
  public boolean readOnly() {
    return readOnly;
  }

  /** Whether it is still open: a failed restore may have closed it. */
  public boolean isOpen() {
    try {
      return !connection.isClosed();
    } catch (SQLException e) {
      return false;
    }
  }

  /**
   * What the person should be told, spoken and shown, when the database was damaged and moved aside
   * on opening: where the old file is now. Empty when the database opened normally. Names files
   * only.
   */
  public Optional<String> recoveryNotice() {
    return recoveryNotice;
  }

  /** The schema version, from {@code PRAGMA user_version}. */
  public int schemaVersion() {
    try {
      return userVersion(connection);
    } catch (SQLException e) {
      throw new StoreException("Attune cannot read its database " + file, e);
    }
  }

  /**
   * Moves everything in the write-ahead log into the database and empties the log, so deleted bytes
   * do not linger there.
   */
  public void checkpoint() {
    try (Statement s = connection.createStatement()) {
      truncateLog(s);
    } catch (SQLException e) {
      throw new StoreException("Attune cannot tidy its database " + file, e);
    }
  }

  /** Whether a passphrase seals this database: it must be unlocked before anything is read. */
  public boolean sealed() {
    try {
      return Sealing.sealed(connection);
    } catch (SQLException e) {
      throw new StoreException("Attune cannot read its database " + file, e);
    }
  }

  /** The wrapped key, when a passphrase is set. */
  public Optional<Vault.Wrapped> wrapped() {
    try {
      return Optional.ofNullable(Sealing.wrapped(connection));
    } catch (SQLException e) {
      throw new StoreException("Attune cannot read its database " + file, e);
    }
  }

  /** Whether the key that seals is open: a passphrase is set and was typed. */
  boolean keyOpen() {
    return vault != null;
  }

  /** Whether the sealed data is open now (always true without a passphrase). */
  public boolean unlocked() {
    return vault != null || !sealed();
  }

  /**
   * Opens the sealed data with an opened vault. What does not open is named, and everything else is
   * there.
   *
   * @return one line per damaged row ("answer c1:2"); empty when everything opened
   */
  public List<String> unlock(Vault opened) {
    List<List<String>> damaged = new ArrayList<>();
    Transactions.run(this, c -> damaged.add(Sealing.open(c, opened)));
    vault = opened;
    return damaged.get(0);
  }

  /** Forgets every opened value and drops the key from memory. */
  public void lock() {
    try {
      Sealing.drop(connection);
      if (Sealing.sealed(connection)) {
        Sealing.guard(connection);
      }
    } catch (SQLException e) {
      throw new StoreException("Attune could not lock its database " + file, e);
    } finally {
      if (vault != null) {
        vault.close();
        vault = null;
      }
    }
  }

  /**
   * Seals everything with a passphrase's vault, in one transaction, then leaves no plain copy
   * behind: freed bytes are zeroed, the write-ahead log emptied and the file rebuilt.
   */
  public void protect(Vault opened) {
    if (sealed()) {
      throw new IllegalStateException("a passphrase is already set; take it away first");
    }
    Transactions.run(this, c -> Sealing.seal(c, opened));
    vault = opened;
    passphrase = true;
    scrub();
  }

  /** Takes the passphrase away: everything back in plain columns, in one transaction. */
  public void unprotect() {
    if (vault == null) {
      throw new IllegalStateException("unlock before taking the passphrase away");
    }
    Transactions.run(this, Sealing::unseal);
    passphrase = false;
    vault.close();
    vault = null;
    scrub();
  }

  /** Whether a passphrase is set. Safe from any thread. */
  public boolean passphraseSet() {
    return passphrase;
  }

  /**
   * Seals a file's bytes with the open key. Safe from any thread.
   *
   * @throws IllegalStateException when locked
   */
  public byte[] sealBytes(byte[] plain, String context) {
    Vault open = vault;
    if (open == null) {
      throw new IllegalStateException("Attune is locked");
    }
    return open.seal(plain, context);
  }

  /**
   * Opens what {@link #sealBytes} sealed. Safe from any thread.
   *
   * @throws Vault.DamagedException when it was changed or cut short
   * @throws IllegalStateException when locked
   */
  public byte[] openBytes(byte[] sealed, String context) throws Vault.DamagedException {
    Vault open = vault;
    if (open == null) {
      throw new IllegalStateException("Attune is locked");
    }
    return open.open(sealed, context);
  }

  /** Keeps a new wrapping of the same data key (a new passphrase). */
  public void rewrap(Vault.Wrapped wrapped) {
    Transactions.run(this, c -> Sealing.storeWrapped(c, wrapped));
    scrub();
  }

  /**
   * Rebuilds the file without free pages and empties the write-ahead log into it, so nothing
   * deleted or replaced can be read back from {@code attune.db} or its {@code -wal}.
   */
  public void scrub() {
    try (Statement s = connection.createStatement()) {
      truncateLog(s);
      s.execute("VACUUM");
      truncateLog(s);
    } catch (SQLException e) {
      throw new StoreException(
          "Attune could not wipe every trace of what was replaced in "
              + file
              + ". Close Attune and open it again.",
          e);
    }
  }

  private static void truncateLog(Statement s) throws SQLException {
    try (ResultSet rs = s.executeQuery("PRAGMA wal_checkpoint(TRUNCATE)")) {
      if (rs.next() && rs.getInt(1) != 0) {
        throw new SQLException("the write-ahead log is in use by another connection");
      }
    }
  }

  Connection connection() {
    return connection;
  }

  @Override
  public void close() {
    if (vault != null) {
      vault.close();
      vault = null;
    }
    try {
      connection.close();
    } catch (SQLException e) {
      throw new StoreException("Attune could not close its database " + file + " cleanly", e);
    } finally {
      closeQuietly(alsoClose, null);
    }
  }

  /**
   * Moves a damaged database (or the leftovers of one) aside before SQLite is asked to write to it.
   */
  private static Optional<String> recover(Path file, Clock clock, Path[] damaged) {
    try {
      if (Recovery.orphans(file)) {
        // A write-ahead log without its database must not be replayed into a fresh one.
        Path moved = Recovery.moveAside(file, "orphaned", clock);
        return Optional.of(
            "Attune found pieces of a database without the database itself, so it moved them"
                + " next to "
                + moved
                + " and started a fresh one. Nothing was deleted.");
      }
      if (!Files.isRegularFile(file) || Files.size(file) == 0) {
        return Optional.empty();
      }
      if (Recovery.damage(file).isEmpty()) {
        return Optional.empty();
      }
      Path moved = Recovery.moveAside(file, "damaged", clock);
      damaged[0] = moved;
      return Optional.of(damagedNotice(moved));
    } catch (SQLException e) {
      throw StoreException.because(
          "Attune cannot check its database", file, e, "Or choose another folder with --data-dir.");
    } catch (IOException e) {
      throw new StoreException(
          "Attune's database "
              + file
              + " is damaged, and Attune could not move it aside. Nothing was deleted. Move it"
              + " out of the folder yourself, or choose another with --data-dir.",
          e);
    }
  }

  /**
   * A database from a newer Attune is refused before anything writes to it. Reading it may make the
   * shared-memory index of its log; one made here is taken away again.
   */
  private static void refuseNewer(Path file, Path index, boolean hadIndex) {
    int version;
    try {
      if (!Files.isRegularFile(file) || Files.size(file) == 0) {
        return;
      }
      version = Recovery.userVersion(file);
    } catch (IOException | SQLException e) {
      throw StoreException.because(
          "Attune cannot read its database", file, e, "Or choose another folder with --data-dir.");
    }
    if (version <= Migrations.latest()) {
      return;
    }
    if (!hadIndex) {
      try {
        Files.deleteIfExists(index);
      } catch (IOException e) {
        // Only an index SQLite can make again; the database and its log are untouched.
      }
    }
    throw newer(file, version);
  }

  private static StoreException newer(Path file, int version) {
    return new StoreException(
        "The database "
            + file
            + " was made by a newer version of Attune. It has been left untouched. Update Attune,"
            + " or use another --data-dir.");
  }

  private static void configure(Connection connection) throws SQLException {
    try (Statement s = connection.createStatement()) {
      s.execute("PRAGMA busy_timeout = 5000");
      s.execute("PRAGMA foreign_keys = ON");
      // Deleted rows are overwritten with zeros, so a deleted answer leaves no bytes behind.
      s.execute("PRAGMA secure_delete = ON");
      // What a passphrase opens is kept in TEMP tables (Sealing): in memory, never in a file.
      s.execute("PRAGMA temp_store = MEMORY");
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
      throw newer(file, version);
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

  private static void closeQuietly(AutoCloseable resource, Exception primary) {
    if (resource == null) {
      return;
    }
    try {
      resource.close();
    } catch (Exception e) {
      if (primary != null) {
        primary.addSuppressed(e);
      }
    }
  }
}
