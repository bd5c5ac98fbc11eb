package dev.attune.report;

/**
 * An export or report could not be written. The message is written for the person using Attune: it
 * names the file and says what to do.
 */
public final class ReportException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public ReportException(String message, Throwable cause) {
    super(message, cause);
  }
}
