package dev.attune.session;

import java.util.Objects;

/**
 * How often an option was chosen.
 *
 * @param personId whose choices were counted, or {@link #EVERYONE} for all together
 */
public record OptionCount(long personId, String optionId, int count) {
  /** Counted over everyone. */
  public static final long EVERYONE = -1;

  public OptionCount {
    Objects.requireNonNull(optionId, "optionId");
    if (count < 1) {
      throw new IllegalArgumentException("count " + count);
    }
  }
}
