package dev.attune.store;

import dev.attune.disk.Cause;

/**
 * Storage failed. The message is written for the person using Attune: it names the file or folder
 * and says what to do.
 */
public sealed class StoreException extends RuntimeException permits AlreadyOpenException {
  private static final long serialVersionUID = 1L;

  public StoreException(String message) {
    super(message);
  }

  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }

  /**
   * "{@code what} {@code file}, because the disk is full. Free some space…", then {@code after}:
   * the cause in plain words (from SQLite's result code or the disk's reason) and what to do, the
   * path cut to 200 characters.
   *
   * @param after a last sentence ("Your answers are safe."), or empty
   */
  public static StoreException because(
      String what, java.nio.file.Path file, Throwable e, String after) {
    String said = what + " " + Cause.shown(file) + Recovery.cause(e).because();
    return new StoreException(after.isEmpty() ? said : said + " " + after, e);
  }
}
