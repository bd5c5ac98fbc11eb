package dev.attune.store;

import java.sql.Connection;
import java.sql.SQLException;

/** Runs several queries on one consistent snapshot of the database. */
final class Reads {
  private Reads() {}

  /**
   * @param what what was being read, for the message, e.g. "the history"
   * @throws StoreException naming the database file
   */
  static void run(Database database, String what, Work work) {
    Connection c = database.connection();
    try {
      c.setAutoCommit(false);
      try {
        work.run(c);
      } finally {
        // A read has nothing to keep; ending it lets a checkpoint go past this snapshot.
        c.rollback();
        c.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw StoreException.because(
          "Attune could not read " + what + " from", database.file(), e, "");
    }
  }
}
