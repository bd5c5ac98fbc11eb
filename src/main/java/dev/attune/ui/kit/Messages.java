package dev.attune.ui.kit;

import java.text.Format;
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
  private static final Map<String, Pattern> PATTERNS = new ConcurrentHashMap<>();

  /** Not thread-safe: held while it writes one number. */
  private static final NumberFormat NUMBERS = NumberFormat.getInstance(Locale.ROOT);

  private Messages() {}

  public static String get(String key) {
    return BUNDLE.getString(key);
  }

  /**
   * Fills in a pattern. A number in a plain placeholder ({@code {0}}) is written as MessageFormat
   * would ("1,234") through one shared number format: left to itself, MessageFormat makes a new one
   * for every number. A placeholder with a format of its own ({@code {0,choice,...}}) gets the
   * number itself.
   */
  public static String format(String key, Object... args) {
    Pattern pattern = PATTERNS.computeIfAbsent(key, k -> Pattern.of(get(k)));
    Object[] filled = args.clone();
    for (int i = 0; i < filled.length; i++) {
      if (filled[i] instanceof Number && pattern.plain(i)) {
        synchronized (NUMBERS) {
          filled[i] = NUMBERS.format(filled[i]);
        }
      }
    }
    // A MessageFormat is not thread-safe; each is held only while it fills one pattern.
    synchronized (pattern.format()) {
      return pattern.format().format(filled);
    }
  }

  /**
   * @param formats by argument index: the placeholder's own format, or null for a plain one
   */
  private record Pattern(MessageFormat format, Format[] formats) {
    static Pattern of(String text) {
      MessageFormat format = new MessageFormat(text, Locale.ROOT);
      return new Pattern(format, format.getFormatsByArgumentIndex());
    }

    boolean plain(int argument) {
      return argument >= formats.length || formats[argument] == null;
    }
  }
}
