package dev.attune.store;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Runs work in a transaction: committed on success, rolled back and reported on failure. Work run
 * inside another transaction joins it, and is committed or rolled back with it.
 */
final class Transactions {
  private Transactions() {}

  /**
   * @throws StoreException naming the database file, caused by the first failure; later failures
   *     while cleaning up are attached to it as suppressed, never put in its place
   */
  static void run(Database database, Work work) {
    Connection c = database.connection();
    try {
      if (!c.getAutoCommit()) {
        // Inside another transaction (the held answers, saved all at once): part of it.
        work.run(c);
        return;
      }
    } catch (SQLException e) {
      throw StoreException.because(
          "Attune could not save to", database.file(), e, "What you said is kept on screen.");
    }
    Exception failure = null;
    try {
      c.setAutoCommit(false);
      work.run(c);
      c.commit();
    } catch (SQLException | RuntimeException e) {
      failure = e;
      try {
        c.rollback();
      } catch (SQLException r) {
        // SQLite may already have rolled back by itself (as it does on SQLITE_FULL).
        e.addSuppressed(r);
      }
    }
    try {
      c.setAutoCommit(true);
    } catch (SQLException e) {
      if (failure == null) {
        failure = e;
      } else {
        failure.addSuppressed(e);
      }
    }
    if (failure instanceof RuntimeException) {
      throw (RuntimeException) failure;
    }
    if (failure != null) {
      throw StoreException.because(
          "Attune could not save to", database.file(), failure, "What you said is kept on screen.");
    }
  }
}
