package dev.attune.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Deletes for good: one night, one person, or everything. Each delete is one transaction, written
 * with {@code secure_delete} (freed space is overwritten with zeros; {@link Database} keeps it on),
 * then the database is rebuilt with {@code VACUUM} and the write-ahead log is emptied, so nothing
 * deleted can be read back from {@code attune.db} or its {@code -wal} file.
 *
 * <p>Backups made earlier still hold what was deleted; {@link #deleteBackups(Backups)} removes
 * them. Thread confinement: call from the storage thread, never the Event Dispatch Thread.
 */
public final class Erasure {
  private final Database database;

  public Erasure(Database database) {
    this.database = database;
  }

  /**
   * Deletes one night: its check-ins, their people and answers, and its pause-board signals.
   *
   * @return the ids of the check-ins deleted
   */
  public java.util.List<String> deleteNight(long nightId) {
    java.util.List<String> checkIns = new java.util.ArrayList<>();
    delete(
        c -> {
          try (PreparedStatement s =
              c.prepareStatement("SELECT id FROM checkin WHERE night_id = ?")) {
            s.setLong(1, nightId);
            try (ResultSet rs = s.executeQuery()) {
              while (rs.next()) {
                checkIns.add(rs.getString(1));
              }
            }
          }
          update(
              c,
              "DELETE FROM setting WHERE key = '"
                  + SqliteFollowUp.OFFERED
                  + "' AND value IN (SELECT id FROM checkin WHERE night_id = ?)",
              nightId);
          update(c, "DELETE FROM night WHERE id = ?", nightId);
        });
    return checkIns;
  }

  /**
   * Deletes one person: their profile and every answer they gave alone. Answers given together, and
   * everyone else's, stay.
   */
  public void deletePerson(long personId) {
    if (personId < 1) {
      throw new IllegalArgumentException("person id must be positive, was " + personId);
    }
    delete(
        c -> {
          update(c, "DELETE FROM answer WHERE person_id = ?", personId);
          update(c, "DELETE FROM checkin_person WHERE person_id = ?", personId);
          update(c, "DELETE FROM person WHERE id = ?", personId);
          // With a passphrase, also what could not be opened (changed on disk).
          update(c, "DELETE FROM main.sealed_answer WHERE person_id = ?", personId);
          update(c, "DELETE FROM main.person WHERE id = ?", personId);
        });
  }

  /**
   * Deletes every person, night, check-in, answer, signal and setting, and the list of exports (the
   * exported files themselves are the person's; see {@link SqliteExports}).
   */
  public void deleteEverything() {
    delete(
        c -> {
          try (Statement s = c.createStatement()) {
            for (String table :
                new String[] {
                  "answer",
                  "checkin_person",
                  "signal",
                  "checkin",
                  "night",
                  "person",
                  "setting",
                  "export_file",
                  "held_applied"
                }) {
              s.executeUpdate("DELETE FROM " + table);
            }
            // With a passphrase, also what could not be opened (changed on disk).
            for (String table : new String[] {"sealed_answer", "signal", "checkin", "person"}) {
              s.executeUpdate("DELETE FROM main." + table);
            }
          }
        });
  }

  /**
   * Deletes the copies Attune set aside next to its database (a damaged one, the one replaced by a
   * restore, pieces without their database) and the older logs, and empties the current log: after
   * "delete everything", nothing of before is left in the data folder. Each copy is overwritten
   * with zeros before it is deleted.
   *
   * @return how many files were deleted
   * @throws StoreException naming the file that could not be deleted
   */
  public int deleteSetAside() {
    return deleteSetAside(true);
  }

  /**
   * As {@link #deleteSetAside()}; with {@code logs} false, the logs are left as they are (they hold
   * nothing said), and only the copies of older databases go.
   */
  public int deleteSetAside(boolean logs) {
    Path dir = database.file().getParent();
    String db = Database.FILE_NAME + ".";
    int deleted = 0;
    try (java.util.stream.Stream<Path> files = Files.list(dir)) {
      for (Path f : files.toList()) {
        String name = f.getFileName().toString();
        boolean copy =
            name.startsWith(db)
                    && (name.contains(".damaged-")
                        || name.contains(".before-restore-")
                        || name.contains(".orphaned-"))
                // A held-answers file that could not be read, moved aside with its bytes; and the
                // reserve, which may hold answers written into it when a rename failed (it is
                // made again, as zeros, at the next start).
                || name.startsWith(HeldFile.NAME + ".damaged-")
                || name.equals(HeldFile.RESERVE_NAME);
        boolean oldLog = logs && name.matches("attune\\.[1-9][0-9]*\\.log");
        if ((copy || oldLog) && Files.isRegularFile(f, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
          zero(f);
          Files.delete(f);
          deleted++;
        } else if (logs && name.equals("attune.0.log")) {
          zero(f);
        }
      }
    } catch (IOException e) {
      throw new StoreException(
          "Attune could not delete the older copies in "
              + dir
              + ". Delete the files whose names start with attune.db. yourself.",
          e);
    }
    return deleted;
  }

  /** Overwrites a file with zeros and empties it. */
  private static void zero(Path file) throws IOException {
    try (java.nio.channels.FileChannel ch =
        java.nio.channels.FileChannel.open(file, java.nio.file.StandardOpenOption.WRITE)) {
      long size = ch.size();
      java.nio.ByteBuffer zeros = java.nio.ByteBuffer.allocate(64 * 1024);
      for (long at = 0; at < size; ) {
        zeros.clear();
        zeros.limit((int) Math.min(zeros.capacity(), size - at));
        at += ch.write(zeros, at);
      }
      ch.force(true);
      ch.truncate(0);
    }
  }

  /**
   * Deletes every backup file, which still hold what was deleted since they were made.
   *
   * @return how many were deleted
   * @throws StoreException naming the backup folder
   */
  public int deleteBackups(Backups backups) {
    int deleted = 0;
    for (Backups.Backup backup : backups.list()) {
      try {
        if (Files.isRegularFile(backup.file())) {
          zero(backup.file());
        }
        if (Files.deleteIfExists(backup.file())) {
          deleted++;
        }
      } catch (IOException e) {
        throw new StoreException(
            "Attune could not delete the backup "
                + backup.file()
                + ". Delete the folder "
                + backups.folder()
                + " yourself to remove older copies.",
            e);
      }
    }
    return deleted;
  }

  /** Deletes in one transaction (secure delete is always on), then scrubs the file. */
  private void delete(Work work) {
    deleteOrNothing(work);
    try {
      database.scrub();
    } catch (StoreException e) {
      throw new StoreException(
          "Attune could not wipe every trace of what you deleted from "
              + database.file()
              + ". Close Attune and open it again, then delete once more.",
          e);
    }
  }

  private void deleteOrNothing(Work work) {
    try {
      Transactions.run(database, work);
    } catch (StoreException e) {
      throw new StoreException(
          "Attune could not delete that from " + database.file() + ". Nothing was deleted.", e);
    }
  }

  private static void update(Connection c, String sql, long id) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(sql)) {
      s.setLong(1, id);
      s.executeUpdate();
    }
  }
}
