package dev.attune.report;

import dev.attune.disk.Cause;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * An export or report could not be written. The message is written for the person using Attune: it
 * names the file (cut to 200 characters), says why in plain words and what to do.
 */
public final class ReportException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The longest file name most disks take, in bytes. */
  private static final int LONGEST_NAME = 255;

  public ReportException(String message, Throwable cause) {
    super(message, cause);
  }

  /**
   * "Attune could not write {@code what} {@code file}, because the disk is full. Free some space…":
   * the cause in plain words, from the failure's kind or the system's reason, and what to do.
   *
   * @param what "the CSV export", "the report"
   */
  static ReportException cannotWrite(String what, Path file, Throwable failure) {
    return new ReportException(
        "Attune could not write " + what + " " + Cause.shown(file) + because(file, failure),
        failure);
  }

  /** As {@link #cannotWrite(String, Path, Throwable)}, for output that is not a file of ours. */
  static ReportException cannotWrite(String what, Throwable failure) {
    return new ReportException(
        "Attune could not write " + what + Cause.of(failure).because(), failure);
  }

  /** ", because its folder is not there. …": the cause, said of {@code file}. */
  private static String because(Path file, Throwable failure) {
    Cause cause = Cause.of(failure);
    Path absolute = file.toAbsolutePath();
    Path folder = absolute.getParent();
    if ((cause == Cause.MISSING || cause == Cause.UNKNOWN)
        && folder != null
        && !Files.exists(folder)) {
      return ", because its folder is not there. Check the path, or make the folder first.";
    }
    if (cause == Cause.UNKNOWN
        && absolute.getFileName() != null
        && absolute.getFileName().toString().getBytes(StandardCharsets.UTF_8).length
            > LONGEST_NAME) {
      return ", because its name is longer than the disk allows. Choose a shorter name.";
    }
    return cause.because();
  }
}
