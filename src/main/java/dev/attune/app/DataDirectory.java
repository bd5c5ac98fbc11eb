package dev.attune.app;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/** The per-user data directory of SPEC §6, for each operating system. */
final class DataDirectory {
  private DataDirectory() {}

  /**
   * @param os the {@code os.name} system property
   * @param env the environment (XDG_DATA_HOME, APPDATA)
   * @param home the {@code user.home} system property
   */
  static Path defaultFor(String os, Map<String, String> env, String home) {
    String name = os.toLowerCase(Locale.ROOT);
    if (name.contains("win")) {
      String appData = env.get("APPDATA");
      Path base =
          appData == null || appData.isBlank()
              ? Path.of(home, "AppData", "Roaming")
              : Path.of(appData);
      return base.resolve("Attune");
    }
    if (name.contains("mac")) {
      return Path.of(home, "Library", "Application Support", "Attune");
    }
    String xdg = env.get("XDG_DATA_HOME");
    // The XDG spec says a relative XDG_DATA_HOME is invalid and must be ignored.
    if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
      return Path.of(xdg, "attune");
    }
    return Path.of(home, ".local", "share", "attune");
  }

  static Path current() {
    return defaultFor(
        System.getProperty("os.name", ""), System.getenv(), System.getProperty("user.home"));
  }
}
