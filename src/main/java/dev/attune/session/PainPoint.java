package dev.attune.session;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One person's pain before one night, for the pain-over-time chart.
 *
 * @param at when the pain was told
 * @param levelId the {@code pain_level} option id
 * @param band {@code levelId}'s place among the deck's pain options: 0 (none) to 4 (severe)
 * @param tools the tools wished within reach that night, anyone's, deck order
 */
public record PainPoint(
    Instant at, long nightId, long personId, String levelId, int band, List<String> tools) {

  public PainPoint {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(levelId, "levelId");
    if (band < 0) {
      throw new IllegalArgumentException("band " + band);
    }
    tools = List.copyOf(tools);
  }
}
