package dev.attune.store;

import java.sql.Connection;
import java.sql.SQLException;

/** Runs work in a transaction: committed on success, rolled back and reported on failure. */
final class Transactions {
  private Transactions() {}

  static void run(Database database, Work work) {
    Connection c = database.connection();
    try {
      c.setAutoCommit(false);
      try {
        work.run(c);
        c.commit();
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      } finally {
        c.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw new StoreException(
          "Attune could not save to " + database.file() + ". What you said is kept on screen.", e);
    }
  }
}
