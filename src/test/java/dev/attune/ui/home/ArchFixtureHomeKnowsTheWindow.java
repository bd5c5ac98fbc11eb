package dev.attune.ui.home;

import dev.attune.ui.nav.Controller;

/**
 * Breaks the layering inside {@code ui}: an area that reaches into {@code nav}, the only part that
 * knows every area. A screen is given narrow interfaces from {@code kit} instead.
 */
public final class ArchFixtureHomeKnowsTheWindow {
  private ArchFixtureHomeKnowsTheWindow() {}

  public static void press(Controller controller) {
    controller.tapped();
  }
}
