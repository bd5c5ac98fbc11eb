package dev.attune.ui.kit;

import dev.attune.store.SqliteHistory;

/**
 * Breaks the layering from a sub-package: when {@code ui} is split into {@code ui.kit}, {@code
 * ui.checkin} and so on, they are still {@code ui}, and {@code ui} never sees {@code store}.
 */
public final class ArchFixtureReadsTheHistory {
  private ArchFixtureReadsTheHistory() {}

  public static int nights(SqliteHistory history) {
    return history.nightCount();
  }
}
