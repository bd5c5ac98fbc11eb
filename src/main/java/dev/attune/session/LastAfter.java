package dev.attune.session;

import java.time.Instant;
import java.util.Objects;

/**
 * The last After check-in that was finished, for deciding on the next-day follow-up.
 *
 * @param finishedAt when it ended
 * @param followUpHandled a follow-up was begun after it, or was already offered once for it
 */
public record LastAfter(
    String checkInId, long nightId, Instant finishedAt, boolean followUpHandled) {

  public LastAfter {
    Objects.requireNonNull(checkInId, "checkInId");
    Objects.requireNonNull(finishedAt, "finishedAt");
  }
}
