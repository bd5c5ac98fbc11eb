package dev.attune.speech;

/**
 * No audio output could be opened (no sound card, device busy, or access denied).
 *
 * <p>Checked, because every caller must decide what silence means for it: Attune falls back to
 * captions ({@link SilentSpeaker}).
 */
public class AudioUnavailableException extends Exception {
  private static final long serialVersionUID = 1L;

  public AudioUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
