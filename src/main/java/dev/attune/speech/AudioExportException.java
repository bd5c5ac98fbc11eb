package dev.attune.speech;

/**
 * An audio export could not be finished. The message names the directory or the item id, never the
 * text, so it can be printed and logged.
 */
public final class AudioExportException extends Exception {
  private static final long serialVersionUID = 1L;

  AudioExportException(String message, Throwable cause) {
    super(message, cause);
  }

  AudioExportException(String message) {
    super(message);
  }
}
