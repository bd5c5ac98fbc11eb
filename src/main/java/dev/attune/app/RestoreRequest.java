package dev.attune.app;

import dev.attune.store.Backups;
import dev.attune.store.Database;
import dev.attune.store.StoreException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;

/**
 * A restore chosen in Settings waits for the next start, so it happens before anything has read the
 * database: a file in the data folder names the backup.
 */
final class RestoreRequest {
  static final String FILE = "restore.request";

  private RestoreRequest() {}

  static void write(Path dataDir, Path backup) {
    Path file = dataDir.resolve(FILE);
    try {
      // Made owner-only from the moment it exists, as everything in the data folder.
      Files.deleteIfExists(file);
      dev.attune.store.PrivateFiles.create(file);
      Files.writeString(file, backup.toString(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      try {
        Files.deleteIfExists(file); // never an empty request for the next start to trip on
      } catch (IOException ignored) {
        // Nothing more can be done; the restore is told as failed.
      }
      throw new UncheckedIOException("Attune could not note the restore in " + dataDir, e);
    }
  }

  /**
   * Carries out a waiting restore, if any: the current database is moved aside, never deleted.
   *
   * <p>A request that cannot be carried out (its note is damaged, the backup is gone or damaged) is
   * dropped, and Attune opens as it was, saying so in {@code notices}: a note must never keep
   * Attune from opening.
   *
   * @return the database to use, and what to tell the person; empty when nothing was restored
   */
  static Optional<Backups.Restored> apply(
      Path dataDir, Database current, Clock clock, java.util.List<String> notices) {
    Path request = dataDir.resolve(FILE);
    if (!Files.exists(request)) {
      return Optional.empty();
    }
    Path backup;
    try {
      byte[] bytes = Files.readAllBytes(request);
      backup =
          Path.of(
              StandardCharsets.UTF_8
                  .newDecoder()
                  .decode(java.nio.ByteBuffer.wrap(bytes))
                  .toString()
                  .strip());
    } catch (IOException | java.nio.file.InvalidPathException e) {
      drop(request);
      notices.add(
          "Attune was asked to restore a backup, but its note "
              + dev.attune.disk.Cause.shown(request)
              + " was damaged, so nothing was restored and everything is as it was. Choose the"
              + " backup again in Settings › Restore a backup.");
      return Optional.empty();
    }
    drop(request);
    try {
      return Optional.of(new Backups(dataDir, clock).restore(current, backup));
    } catch (StoreException e) {
      if (!current.isOpen()) {
        throw e; // it failed after the database was set aside: the message says where it is
      }
      notices.add(e.getMessage() + " Attune opened as it was.");
      return Optional.empty();
    }
  }

  /** Takes the note away, so it is never tried twice. */
  private static void drop(Path request) {
    try {
      Files.deleteIfExists(request);
    } catch (IOException e) {
      throw StoreException.because(
          "Attune cannot take away its restore note",
          request,
          e,
          "Delete that file yourself, then start Attune again.");
    }
  }
}
