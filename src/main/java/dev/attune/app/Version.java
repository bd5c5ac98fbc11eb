package dev.attune.app;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** Attune's version, written into the jar by the build. */
final class Version {
  private Version() {}

  static String get() {
    Properties properties = new Properties();
    try (InputStream in = Version.class.getResourceAsStream("version.properties")) {
      if (in != null) {
        properties.load(in);
      }
    } catch (IOException e) {
      return "(unknown version: " + e.getMessage() + ")";
    }
    return properties.getProperty("version", "(unknown version)");
  }
}
