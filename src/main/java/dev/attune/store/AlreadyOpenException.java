package dev.attune.store;

import java.nio.file.Path;

/**
 * Another Attune is already using the data folder. Two at once could interleave their writes, so
 * the second one says so and exits.
 */
public final class AlreadyOpenException extends StoreException {
  private static final long serialVersionUID = 1L;

  private final transient Path folder;

  AlreadyOpenException(Path folder, Throwable cause) {
    super(
        "Attune is already open, using the folder "
            + folder
            + ". Switch to that window, or close it before starting Attune again.",
        cause);
    this.folder = folder;
  }

  /** The data folder the other Attune holds. */
  public Path folder() {
    return folder;
  }
}
