package dev.attune.ui.kit;

import dev.attune.ui.checkin.ArchFixtureScreenUsesTheKit;

/**
 * Half of a cycle between two sub-packages of one package: reusable parts ({@code ui.kit}) that
 * know a screen ({@code ui.checkin}), which uses the parts.
 */
public final class ArchFixtureKitUsesAScreen {
  private ArchFixtureKitUsesAScreen() {}

  public static ArchFixtureScreenUsesTheKit screen() {
    return null;
  }
}
