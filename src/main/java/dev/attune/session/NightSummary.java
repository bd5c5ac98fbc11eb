package dev.attune.session;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One night in the history list. Holds no private-round answer.
 *
 * @param decks the decks of its check-ins in the order they began, e.g. {@code before, after}
 * @param pain person id to the {@code pain_level} option id from that night's Before
 * @param regions the {@code pain_where} option ids of that night's Before, anyone's, deck order
 * @param tools the {@code tools} option ids of that night's Before, anyone's, deck order
 * @param signals how many pause-board signals were given
 */
public record NightSummary(
    long nightId,
    Instant startedAt,
    List<String> decks,
    Map<Long, String> pain,
    List<String> regions,
    List<String> tools,
    int signals) {

  public NightSummary {
    Objects.requireNonNull(startedAt, "startedAt");
    decks = List.copyOf(decks);
    pain = Map.copyOf(pain);
    regions = List.copyOf(regions);
    tools = List.copyOf(tools);
    if (signals < 0) {
      throw new IllegalArgumentException("signals " + signals);
    }
  }
}
