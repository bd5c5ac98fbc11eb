package dev.attune.speech;

/**
 * Speech could not be produced: the voice would not load or synthesis failed.
 *
 * <p>Messages never contain the text being spoken, so they are safe to log.
 */
public class SpeechException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public SpeechException(String message) {
    super(message);
  }

  public SpeechException(String message, Throwable cause) {
    super(message, cause);
  }
}
