package dev.attune.app;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/**
 * The system clock, which a test can move forward; the app reads it from any thread. Window tests
 * give it to Attune, so the pause after a choice (when presses are ignored) passes when the test
 * says, by the same clock the app uses, instead of after real time.
 */
final class TestClock extends Clock {
  private volatile Duration ahead = Duration.ZERO;

  void advance(Duration by) {
    ahead = ahead.plus(by);
  }

  @Override
  public ZoneId getZone() {
    return ZoneId.systemDefault();
  }

  @Override
  public Clock withZone(ZoneId zone) {
    throw new UnsupportedOperationException("window tests use the system zone");
  }

  @Override
  public Instant instant() {
    return Instant.now().plus(ahead);
  }
}
