package dev.attune.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseTest {
  @TempDir Path dir;

  @Test
  void open_createsTheSchemaAtTheLatestVersion_inWalMode() throws Exception {
    try (Database db = Database.open(dir.resolve("data"))) {
      assertEquals(Migrations.latest(), db.schemaVersion());
      assertEquals(dir.resolve("data").resolve("attune.db"), db.file());
      try (Statement s = db.connection().createStatement();
          ResultSet rs = s.executeQuery("PRAGMA journal_mode")) {
        rs.next();
        assertEquals("wal", rs.getString(1));
      }
    }
  }

  @Test
  void reopen_keepsTheVersionAndRunsNoStepTwice() {
    Database.open(dir).close();
    try (Database db = Database.open(dir)) {
      assertEquals(Migrations.latest(), db.schemaVersion());
    }
  }

  @Test
  void dataFolderAndFile_areOwnerOnly() throws Exception {
    Path data = dir.resolve("private");
    Database.open(data).close();
    assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(data)));
    assertEquals(
        "rw-------",
        PosixFilePermissions.toString(Files.getPosixFilePermissions(data.resolve("attune.db"))));
  }

  @Test
  void databaseFromANewerAttune_isLeftUntouched_withAClearMessage() throws Exception {
    Path file = dir.resolve("attune.db");
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
        Statement s = c.createStatement()) {
      s.execute("PRAGMA user_version = 99");
    }
    StoreException e = assertThrows(StoreException.class, () -> Database.open(dir));
    assertTrue(e.getMessage().contains("newer Attune"), e.getMessage());
    assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("PRAGMA user_version")) {
      rs.next();
      assertEquals(99, rs.getInt(1));
    }
  }

  @Test
  void folderThatCannotBeMade_isNamedInTheMessage() throws Exception {
    Path file = Files.writeString(dir.resolve("a-file"), "not a folder");
    Path impossible = file.resolve("attune");
    StoreException e = assertThrows(StoreException.class, () -> Database.open(impossible));
    assertTrue(e.getMessage().contains(impossible.toString()), e.getMessage());
    assertTrue(e.getMessage().contains("--data-dir"), e.getMessage());
  }
}
