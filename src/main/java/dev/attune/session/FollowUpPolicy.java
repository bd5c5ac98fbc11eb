package dev.attune.session;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * When to offer the next-day follow-up: from {@link #EARLIEST} to {@link #LATEST} after the last
 * finished After check-in, both ends included, and only once for that check-in.
 */
public final class FollowUpPolicy {
  public static final Duration EARLIEST = Duration.ofHours(12);
  public static final Duration LATEST = Duration.ofHours(72);

  private final Clock clock;

  public FollowUpPolicy(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * @param last the last finished After check-in, empty when there has been none
   */
  public boolean offerNow(Optional<LastAfter> last) {
    return last.map(this::offerNow).orElse(false);
  }

  public boolean offerNow(LastAfter last) {
    if (last.followUpHandled()) {
      return false;
    }
    Instant now = clock.instant();
    Instant from = last.finishedAt().plus(EARLIEST);
    Instant until = last.finishedAt().plus(LATEST);
    return !now.isBefore(from) && !now.isAfter(until);
  }
}
