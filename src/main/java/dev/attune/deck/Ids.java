package dev.attune.deck;

import java.util.regex.Pattern;

/** The shape of a stable id: lower case letters, digits and underscores, starting with a letter. */
public final class Ids {
  private static final Pattern ID = Pattern.compile("[a-z][a-z0-9_]*");

  private Ids() {}

  public static boolean valid(String id) {
    return id != null && ID.matcher(id).matches();
  }

  static String require(String id, String what) {
    if (!valid(id)) {
      throw new IllegalArgumentException(
          what + " '" + id + "' must be lower case letters, digits and underscores");
    }
    return id;
  }
}
