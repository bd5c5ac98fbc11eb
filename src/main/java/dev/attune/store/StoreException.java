package dev.attune.store;

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
}
