package dev.attune.store;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

/**
 * The files Attune has exported (the CSV, the clinician's report), by full path. They are written
 * where the person asked, outside the data folder, and they are the person's to keep or copy, so
 * "delete everything" does not delete them: it names those still there, so nobody thinks they went
 * too. Only paths are kept here, never what the files hold; they stay plain with a passphrase (a
 * path holds nothing anyone said). Deleting everything deletes this list as well.
 *
 * <p>Thread confinement: call from the storage thread, never the Event Dispatch Thread.
 */
public final class SqliteExports {
  private final Database database;

  public SqliteExports(Database database) {
    this.database = database;
  }

  /**
   * Notes an export that has just been written; writing the same path again notes it once.
   *
   * @throws StoreException naming the file, which was written but will not be named later
   */
  public void written(Path file) {
    Path full = file.toAbsolutePath().normalize();
    try {
      Transactions.run(
          database,
          c -> {
            try (PreparedStatement s =
                c.prepareStatement("INSERT OR IGNORE INTO export_file (path) VALUES (?)")) {
              s.setString(1, full.toString());
              s.executeUpdate();
            }
          });
    } catch (StoreException e) {
      throw new StoreException(
          "Attune wrote "
              + full
              + ", but could not note it in "
              + database.file()
              + ", so deleting everything will not name it. If you delete everything, delete"
              + " that file yourself too.",
          e);
    }
  }

  /** Every export noted, in the order first written, whether or not it is still there. */
  public List<Path> all() {
    List<Path> files = new ArrayList<>();
    Reads.run(
        database,
        "the list of exports",
        c -> {
          try (PreparedStatement s =
                  c.prepareStatement("SELECT path FROM export_file ORDER BY rowid");
              ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
              files.add(Path.of(rs.getString(1)));
            }
          }
        });
    return files;
  }
}
