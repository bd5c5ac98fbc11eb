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
   * @return the database to use, and what to tell the person
   */
  static Optional<Backups.Restored> apply(Path dataDir, Database current, Clock clock) {
    Path request = dataDir.resolve(FILE);
    if (!Files.exists(request)) {
      return Optional.empty();
    }
    try {
      Path backup = Path.of(Files.readString(request, StandardCharsets.UTF_8).strip());
      Files.delete(request);
      return Optional.of(new Backups(dataDir, clock).restore(current, backup));
    } catch (IOException e) {
      throw new StoreException(
          "Attune could not read the restore it was asked to do (" + request + ").", e);
    }
  }
}
