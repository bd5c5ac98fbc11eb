package dev.attune.ui;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** Attune's own words and key names, from {@code Messages.properties}. */
public final class Messages {
  private static final ResourceBundle BUNDLE =
      ResourceBundle.getBundle("dev.attune.ui.Messages", Locale.ROOT);

  private Messages() {}

  public static String get(String key) {
    return BUNDLE.getString(key);
  }

  public static String format(String key, Object... args) {
    return new MessageFormat(get(key), Locale.ROOT).format(args);
  }
}
