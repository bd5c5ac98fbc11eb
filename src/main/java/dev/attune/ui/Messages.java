package dev.attune.ui;

import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

/** Attune's own words and key names, from {@code Messages.properties}. Thread-safe. */
public final class Messages {
  private static final ResourceBundle BUNDLE =
      ResourceBundle.getBundle("dev.attune.ui.Messages", Locale.ROOT);

  /** Parsed once per key: parsing a pattern costs more than filling it in, on every tap. */
  private static final Map<String, MessageFormat> FORMATS = new ConcurrentHashMap<>();

  private static final NumberFormat NUMBERS = NumberFormat.getInstance(Locale.ROOT);

  private Messages() {}

  public static String get(String key) {
    return BUNDLE.getString(key);
  }

  public static String format(String key, Object... args) {
    MessageFormat format =
        FORMATS.computeIfAbsent(key, k -> new MessageFormat(get(k), Locale.ROOT));
    // A MessageFormat is not thread-safe; each is held only while it fills one pattern.
    synchronized (format) {
      return format.format(args);
    }
  }
}
