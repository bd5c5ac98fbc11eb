package dev.attune.ui.checkin;

import dev.attune.ui.kit.ArchFixtureKitUsesAScreen;

/** The other half of the cycle {@link ArchFixtureKitUsesAScreen} starts. */
public final class ArchFixtureScreenUsesTheKit {
  private ArchFixtureScreenUsesTheKit() {}

  public static ArchFixtureKitUsesAScreen part() {
    return null;
  }
}
