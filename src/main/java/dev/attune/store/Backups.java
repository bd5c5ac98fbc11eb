package dev.attune.store;

import dev.attune.disk.Cause;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.sqlite.SQLiteConfig;

/**
 * Daily copies of the database in {@code <data dir>/backups/attune-YYYY-MM-DD.db}, the newest
 * {@link #KEEP} kept. Copies are made with SQLite's {@code VACUUM INTO}, which reads one consistent
 * snapshot while the database stays open. Folder and files are owner-only on POSIX.
 *
 * <p>Thread confinement: call from the thread that uses the {@link Database} (the storage thread).
 */
public final class Backups {
  public static final String FOLDER = "backups";

  /** How many daily backups are kept. */
  public static final int KEEP = 7;

  private static final Pattern NAME = Pattern.compile("attune-(\\d{4}-\\d{2}-\\d{2})\\.db");

  /** One backup file, from the day in its name. */
  public record Backup(LocalDate date, Path file, long size) {
    public Backup {
      Objects.requireNonNull(date, "date");
      Objects.requireNonNull(file, "file");
      if (size < 0) {
        throw new IllegalArgumentException("size " + size);
      }
    }
  }

  /**
   * A restore that happened: the database now open, where the one it replaced was moved, and what
   * to tell the person (spoken and shown; names files only).
   */
  public record Restored(Database database, Path previous, String notice) {
    public Restored {
      Objects.requireNonNull(database, "database");
      Objects.requireNonNull(previous, "previous");
      Objects.requireNonNull(notice, "notice");
    }
  }

  private static final java.util.logging.Logger LOG =
      java.util.logging.Logger.getLogger(Backups.class.getName());

  private final Path dataDir;
  private final Path folder;
  private final Clock clock;

  /**
   * @param clock gives today's date (in its zone) and the time stamp of a file moved aside
   */
  public Backups(Path dataDir, Clock clock) {
    this.dataDir = dataDir.toAbsolutePath().normalize();
    this.folder = this.dataDir.resolve(FOLDER);
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  public Path folder() {
    return folder;
  }

  /**
   * Makes today's backup unless it exists, then deletes all but the newest {@link #KEEP}.
   *
   * @return today's backup
   * @throws StoreException naming the backup folder
   */
  public Backup daily(Database database) {
    PrivateFiles.subfolder(folder);
    Path target = folder.resolve(name(LocalDate.now(clock)));
    if (!Files.exists(target)) {
      // Written under another name first, so a crash never leaves a half copy that looks whole.
      Path partial = target.resolveSibling(target.getFileName() + ".partial");
      try {
        // Only ever a copy this class began and did not finish.
        Files.deleteIfExists(partial);
        // Owner-only from the moment it exists: VACUUM INTO fills an empty file it is given.
        PrivateFiles.create(partial);
        vacuumInto(database.connection(), partial);
        Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
      } catch (SQLException | IOException e) {
        throw StoreException.because(
            "Attune could not make today's backup in",
            folder,
            e,
            "Your answers are safe; Attune tries again the next time it opens.");
      }
    }
    prune();
    return read(target).orElseThrow();
  }

  /** The backups there are, newest first. */
  public List<Backup> list() {
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    List<Backup> backups = new ArrayList<>();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file : (Iterable<Path>) files::iterator) {
        read(file).ifPresent(backups::add);
      }
    } catch (IOException e) {
      throw StoreException.because("Attune cannot read its backup folder", folder, e, "");
    }
    backups.sort(Comparator.comparing(Backup::date).reversed());
    return backups;
  }

  /**
   * Replaces the database with {@code backup}. The backup is checked first; only then is {@code
   * current} closed and moved aside (never deleted), the backup copied in and the database opened
   * again. Whatever held {@code current} must use the returned database from now on.
   *
   * @throws StoreException when the backup cannot be used (then {@code current} is left open and
   *     untouched), or when the swap fails (the message says where the old database is)
   */
  public Restored restore(Database current, Path backup) {
    Path source = backup.toAbsolutePath().normalize();
    Path file = dataDir.resolve(Database.FILE_NAME);
    Path incoming = file.resolveSibling(Database.FILE_NAME + ".restoring");
    try {
      // Owner-only from the moment it exists, then filled.
      Files.deleteIfExists(incoming);
      PrivateFiles.create(incoming);
      try (java.io.OutputStream out =
          Files.newOutputStream(incoming, java.nio.file.StandardOpenOption.WRITE)) {
        Files.copy(source, out);
      }
      check(incoming, source);
      removeCompanions(incoming);
    } catch (IOException | SQLException | StoreException e) {
      discard(incoming, e);
      if (e instanceof StoreException) {
        throw (StoreException) e;
      }
      throw StoreException.because(
          "Attune cannot use the backup", source, e, "Nothing was changed.");
    }
    current.close();
    Path previous;
    try {
      previous = Recovery.moveAside(file, "before-restore", clock);
    } catch (IOException e) {
      throw StoreException.because(
          "Attune could not set aside its database, to restore a backup:",
          file,
          e,
          "Nothing was deleted.");
    }
    try {
      Files.move(incoming, file, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw StoreException.because(
          "Attune could not put the backup in place. The database as it was is kept at",
          previous,
          e,
          "Nothing was deleted.");
    }
    Database restored = Database.open(dataDir, clock);
    return new Restored(
        restored,
        previous,
        "The backup "
            + source.getFileName()
            + " was restored. The database as it was is kept at "
            + previous
            + ". Nothing was deleted.");
  }

  /**
   * After a damaged database was set aside and a fresh one started: brings back the latest backup
   * that is sound, so the person carries on with what they had instead of nothing. Backups that
   * fail their check are passed over; what they hold stays where it is.
   *
   * @return the backup's database and what to tell; empty when there is no sound backup, and {@code
   *     fresh} is still the one to use
   */
  public Optional<Restored> recoverLatest(Database fresh) {
    Path damaged = fresh.damagedAside();
    if (damaged == null) {
      return Optional.empty();
    }
    List<Backup> backups;
    try {
      backups = list();
    } catch (StoreException e) {
      LOG.warning("the backups could not be listed after damage: " + Recovery.cause(e));
      return Optional.empty(); // the fresh database opens, and its notice says where the old went
    }
    for (Backup backup : backups) {
      try {
        Restored restored = restore(fresh, backup.file());
        return Optional.of(
            new Restored(
                restored.database(),
                restored.previous(),
                "Attune's database was damaged, so it was set aside as "
                    + Cause.shown(damaged)
                    + ". The backup of "
                    + backup.date()
                    + " was brought back in its place: anything said after that is only in the"
                    + " damaged file. Nothing was deleted."));
      } catch (StoreException e) {
        if (!fresh.isOpen()) {
          throw e; // failed after the fresh one was set aside: the message says where things are
        }
        LOG.warning("a backup could not be brought back after damage: " + Recovery.cause(e));
      }
    }
    return Optional.empty();
  }

  static String name(LocalDate date) {
    return "attune-" + date + ".db";
  }

  private Optional<Backup> read(Path file) {
    Matcher m = NAME.matcher(file.getFileName().toString());
    if (!m.matches() || !Files.isRegularFile(file)) {
      return Optional.empty();
    }
    LocalDate date;
    try {
      date = LocalDate.parse(m.group(1));
    } catch (DateTimeParseException e) {
      // Shaped like a backup's name but not a real date: not one of ours, so not listed.
      return Optional.empty();
    }
    try {
      return Optional.of(new Backup(date, file, Files.size(file)));
    } catch (IOException e) {
      throw StoreException.because("Attune cannot read the backup", file, e, "");
    }
  }

  private void prune() {
    List<Backup> backups = list();
    for (Backup old : backups.subList(Math.min(KEEP, backups.size()), backups.size())) {
      try {
        Files.delete(old.file());
      } catch (IOException e) {
        throw StoreException.because(
            "Attune could not remove the old backup", old.file(), e, "Your answers are safe.");
      }
    }
  }

  private static void vacuumInto(Connection connection, Path target) throws SQLException {
    try (PreparedStatement s = connection.prepareStatement("VACUUM INTO ?")) {
      s.setString(1, target.toString());
      s.execute();
    }
  }

  /** Checks, read-only, that {@code copy} is a sound Attune database this version can use. */
  private static void check(Path copy, Path source) throws SQLException {
    if (Recovery.damage(copy).isPresent()) {
      throw new StoreException(
          "The backup " + source + " is damaged, so it was not restored. Nothing was changed.");
    }
    SQLiteConfig readOnly = new SQLiteConfig();
    readOnly.setReadOnly(true);
    int version;
    try (Connection c = readOnly.createConnection("jdbc:sqlite:" + copy);
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("PRAGMA user_version")) {
      version = rs.next() ? rs.getInt(1) : 0;
    }
    if (version < 1 || version > Migrations.latest()) {
      throw new StoreException(
          "The backup "
              + source
              + (version < 1 ? " is not an Attune database" : " was made by a newer Attune")
              + ", so it was not restored. Nothing was changed.");
    }
  }

  /**
   * Removes the copy of a backup that failed its check, and the empty index files a read-only look
   * at it may have left. The backup itself is untouched.
   */
  private static void discard(Path incoming, Exception primary) {
    try {
      removeCompanions(incoming);
      Files.deleteIfExists(incoming);
    } catch (IOException e) {
      primary.addSuppressed(e);
    }
  }

  /** Empty: a read-only connection never writes its log, and no log was copied in. */
  private static void removeCompanions(Path incoming) throws IOException {
    for (String suffix : Recovery.COMPANIONS) {
      Files.deleteIfExists(incoming.resolveSibling(incoming.getFileName() + suffix));
    }
  }
}
