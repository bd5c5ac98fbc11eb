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
import java.util.List;
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
    assertTrue(e.getMessage().contains("made by a newer version of Attune"), e.getMessage());
    assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("PRAGMA user_version")) {
      rs.next();
      assertEquals(99, rs.getInt(1));
    }
  }

  /** Every file in the folder, by name, with the SHA-256 of its bytes. */
  private static java.util.Map<String, String> fingerprints(Path folder) throws Exception {
    java.util.Map<String, String> sums = new java.util.TreeMap<>();
    try (var files = Files.list(folder)) {
      for (Path f : files.toList()) {
        byte[] sum =
            java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(f));
        sums.put(f.getFileName().toString(), java.util.HexFormat.of().formatHex(sum));
      }
    }
    return sums;
  }

  @Test
  void aNewerRollbackJournalDatabase_keepsEveryByte() throws Exception {
    Path file = dir.resolve("attune.db");
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
        Statement s = c.createStatement()) {
      s.execute("PRAGMA journal_mode = DELETE");
      s.execute("CREATE TABLE future (x TEXT)");
      s.execute("INSERT INTO future VALUES ('kept')");
      s.execute("PRAGMA user_version = 99");
    }
    java.util.Map<String, String> before = fingerprints(dir);
    StoreException e = assertThrows(StoreException.class, () -> Database.open(dir));
    assertTrue(e.getMessage().contains("made by a newer version of Attune"), e.getMessage());
    assertEquals(before, fingerprints(dir), "no byte changed and no file added");
  }

  @Test
  void aNewerWalDatabase_withItsLogBeside_keepsEveryByte() throws Exception {
    Path live = dir.resolve("live");
    Files.createDirectories(live);
    Path copy = dir.resolve("copy");
    Files.createDirectories(copy);
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + live.resolve("attune.db"));
        Statement s = c.createStatement()) {
      s.execute("PRAGMA journal_mode = WAL");
      s.execute("PRAGMA wal_autocheckpoint = 0");
      s.execute("CREATE TABLE future (x TEXT)");
      s.execute("INSERT INTO future VALUES ('in the log')");
      s.execute("PRAGMA user_version = 99");
      // Copied while open: the newer version is still in the write-ahead log.
      for (String name : List.of("attune.db", "attune.db-wal")) {
        Files.copy(live.resolve(name), copy.resolve(name));
      }
    }
    assertTrue(Files.size(copy.resolve("attune.db-wal")) > 0);
    java.util.Map<String, String> before = fingerprints(copy);
    StoreException e = assertThrows(StoreException.class, () -> Database.open(copy));
    assertTrue(e.getMessage().contains("made by a newer version of Attune"), e.getMessage());
    assertEquals(before, fingerprints(copy), "no byte changed and no file added");
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
