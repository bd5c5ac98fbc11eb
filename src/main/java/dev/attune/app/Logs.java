package dev.attune.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.logging.FileHandler;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * Attune's log: a rotating file in the data folder. It records what Attune did (started, saved,
 * failed) and never what anyone said: no answers, names or prompt text are ever passed to it.
 */
final class Logs {
  static final String PATTERN = "attune.%g.log";
  private static Handler handler;
  private static Path folder;

  private Logs() {}

  /** Log files are readable by their owner only, like everything in the data folder. */
  private static void ownerOnly(Path dir) throws IOException {
    if (!dir.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      return;
    }
    try (var files = java.nio.file.Files.list(dir)) {
      for (Path f : files.filter(f -> f.getFileName().toString().startsWith("attune.")).toList()) {
        if (java.nio.file.Files.isRegularFile(f)) {
          java.nio.file.Files.setPosixFilePermissions(
              f, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        }
      }
    }
  }

  /**
   * A rotating file handler whose every file is owner-only: the handler opens a new file (at start,
   * and each time the log rotates) through {@link #setOutputStream}, so that is where the new file
   * is closed to other accounts, before anything is written into it.
   */
  private static final class OwnerOnlyHandler extends FileHandler {
    private final Path dir;

    OwnerOnlyHandler(Path dir, int limit, int count) throws IOException {
      super(dir.resolve(PATTERN).toString(), limit, count, true);
      this.dir = dir;
    }

    @Override
    protected synchronized void setOutputStream(java.io.OutputStream out) {
      super.setOutputStream(out);
      if (dir != null) { // null while the constructor opens the first file; start() covers it
        try {
          ownerOnly(dir);
        } catch (IOException e) {
          reportError(
              "cannot make the log owner-only", e, java.util.logging.ErrorManager.OPEN_FAILURE);
        }
      }
    }
  }

  /**
   * Sends Attune's and its libraries' log records to {@code dir}/attune.0.log (3 × 1 MB), and no
   * longer to the folder of an Attune that ran before in this JVM (tests start many).
   */
  static synchronized void start(Path dir) {
    if (handler != null && dir.equals(folder)) {
      return;
    }
    stopAny();
    try {
      FileHandler file = new OwnerOnlyHandler(dir, 1_000_000, 3);
      file.setFormatter(new SimpleFormatter());
      file.setLevel(Level.INFO);
      Logger root = Logger.getLogger("");
      root.addHandler(file);
      handler = file;
      folder = dir;
      ownerOnly(dir);
    } catch (IOException | SecurityException e) {
      Logger.getLogger(Logs.class.getName())
          .warning("cannot write the log in " + dir + ": " + e.getMessage());
    }
  }

  /** Closes the log file in {@code dir}: the Attune that wrote it has closed. */
  static synchronized void stop(Path dir) {
    if (dir.equals(folder)) {
      stopAny();
    }
  }

  private static void stopAny() {
    if (handler != null) {
      Logger.getLogger("").removeHandler(handler);
      handler.close();
      handler = null;
      folder = null;
    }
  }
}
