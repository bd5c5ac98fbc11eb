package dev.attune.store;

import java.sql.Connection;
import java.sql.SQLException;

/** A unit of database work run inside one transaction. */
@FunctionalInterface
interface Work {
  void run(Connection connection) throws SQLException;
}
