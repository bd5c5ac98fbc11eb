package dev.attune.speech;

/**
 * A recording of a person's own voice could not be saved, removed or read. The message names the
 * file and says what to do; it never contains prompt text.
 */
public class RecordingException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public RecordingException(String message, Throwable cause) {
    super(message, cause);
  }
}
