package dev.attune.session;

/** How a check-in ended. */
public enum Outcome {
  /** Every prompt was answered or skipped. */
  COMPLETED,
  /** Someone chose "Not today"; what was said before is kept. */
  NOT_TODAY,
  /** Left before the end (back to Home, window closed). */
  LEFT
}
