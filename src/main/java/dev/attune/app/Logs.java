package dev.attune.app;

import dev.attune.store.PrivateFiles;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.logging.ErrorManager;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import java.util.logging.StreamHandler;

/**
 * Attune's log: a rotating file in the data folder. It records what Attune did (started, saved,
 * failed) and never what anyone said: no answers, names or prompt text are ever passed to it.
 */
final class Logs {
  static final String PATTERN = "attune.%g.log";

  /** Bytes in a log file before it rotates; three are kept. */
  static final long LIMIT = 1_000_000;

  private static Handler handler;
  private static Path folder;

  private Logs() {}

  /**
   * A rotating log whose every file is owner-only from the moment it exists, like everything in the
   * data folder. {@link java.util.logging.FileHandler} makes its files with the process's default
   * mode, and makes new ones as it rotates, so it cannot be used for this.
   */
  static final class OwnerOnlyHandler extends StreamHandler {
    private final Path dir;
    private final long limit;
    private final int count;
    private long written;

    OwnerOnlyHandler(Path dir, long limit, int count) throws IOException {
      this.dir = dir;
      this.limit = limit;
      this.count = count;
      open();
    }

    private Path file(int generation) {
      return dir.resolve(PATTERN.replace("%g", String.valueOf(generation)));
    }

    private void open() throws IOException {
      Path file = file(0);
      if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
        PrivateFiles.create(file);
      }
      written = Files.size(file);
      OutputStream out =
          Files.newOutputStream(file, StandardOpenOption.APPEND, LinkOption.NOFOLLOW_LINKS);
      setOutputStream(
          new FilterOutputStream(out) {
            @Override
            public void write(int b) throws IOException {
              out.write(b);
              written++;
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
              out.write(b, off, len);
              written += len;
            }
          });
    }

    @Override
    public synchronized void publish(LogRecord record) {
      super.publish(record);
      flush();
      if (written >= limit) {
        rotate();
      }
    }

    private void rotate() {
      super.close();
      try {
        for (int g = count - 1; g > 0; g--) {
          if (Files.exists(file(g - 1), LinkOption.NOFOLLOW_LINKS)) {
            Files.move(file(g - 1), file(g), StandardCopyOption.REPLACE_EXISTING);
          }
        }
      } catch (IOException e) {
        reportError("cannot move the old log files on", e, ErrorManager.GENERIC_FAILURE);
      } finally {
        try {
          open(); // the log goes on, in a new file or the same one
        } catch (IOException e) {
          reportError("cannot open the log file", e, ErrorManager.OPEN_FAILURE);
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
      Handler file = new OwnerOnlyHandler(dir, LIMIT, 3);
      file.setFormatter(new SimpleFormatter());
      // A log that cannot be written (a full disk) says nothing on the terminal: the person is
      // told of the disk by Attune itself, in words.
      file.setErrorManager(
          new ErrorManager() {
            @Override
            public synchronized void error(String message, Exception e, int code) {
              // Nothing more can be done for a log line.
            }
          });
      file.setLevel(Level.INFO);
      Logger root = Logger.getLogger("");
      root.addHandler(file);
      handler = file;
      folder = dir;
    } catch (IOException | SecurityException e) {
      Logger.getLogger(Logs.class.getName())
          .warning("cannot write the log in " + dir + ": " + e.getMessage());
    }
  }

  /**
   * Takes away the console handler Java logs to by default: log lines (class names, stack traces
   * from libraries) belong in the log file, and the terminal gets Attune's own one-line messages.
   */
  static void quietConsole() {
    Logger root = Logger.getLogger("");
    for (Handler h : root.getHandlers()) {
      if (h instanceof java.util.logging.ConsoleHandler) {
        root.removeHandler(h);
      }
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
