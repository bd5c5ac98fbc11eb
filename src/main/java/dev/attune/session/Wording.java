package dev.attune.session;

import java.util.List;
import java.util.Locale;

/** Small helpers that make generated sentences read naturally aloud. */
public final class Wording {
  private Wording() {}

  /** "a", "a and b", "a, b and c". */
  public static String join(List<String> phrases) {
    List<String> parts = phrases.stream().filter(p -> !p.isBlank()).toList();
    if (parts.isEmpty()) {
      return "";
    }
    if (parts.size() == 1) {
      return parts.get(0);
    }
    return String.join(", ", parts.subList(0, parts.size() - 1))
        + " and "
        + parts.get(parts.size() - 1);
  }

  public static String capitalise(String text) {
    if (text.isEmpty()) {
      return text;
    }
    return text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
  }

  /** Ends a sentence with a full stop unless it already ends with punctuation. */
  public static String sentence(String text) {
    String s = capitalise(text.strip());
    if (s.isEmpty() || ".!?".indexOf(s.charAt(s.length() - 1)) >= 0) {
      return s;
    }
    return s + ".";
  }
}
