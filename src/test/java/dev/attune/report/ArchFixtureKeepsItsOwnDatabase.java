package dev.attune.report;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/** Breaks the library fence: JDBC outside {@code store}. */
public final class ArchFixtureKeepsItsOwnDatabase {
  private ArchFixtureKeepsItsOwnDatabase() {}

  public static Connection open() throws SQLException {
    return DriverManager.getConnection("jdbc:sqlite::memory:");
  }
}
