package dev.attune.ui.kit;

import com.formdev.flatlaf.FlatDarkLaf;
import com.formdev.flatlaf.FlatLaf;

/** Installs FlatLaf Dark with Attune's own properties (dev/attune/ui/theme). */
public final class Theme {
  private Theme() {}

  /** Call once, on the Event Dispatch Thread, before any window is made. */
  public static void install() {
    FlatLaf.registerCustomDefaultsSource("dev.attune.ui.theme");
    FlatDarkLaf.setup();
  }
}
