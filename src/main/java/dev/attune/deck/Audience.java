package dev.attune.deck;

import java.util.Locale;

/** Who answers a prompt. */
public enum Audience {
  /** People with the "has pelvic pain" flag. */
  PAIN,
  /** People without it. */
  PARTNER,
  /** Each person, in turn. */
  EVERYONE,
  /** Asked once for the couple, after everyone's own turn. */
  TOGETHER;

  /** The spelling used in deck files. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Whether a person with or without pelvic pain answers this on their own turn. */
  public boolean asks(boolean hasPelvicPain) {
    switch (this) {
      case PAIN:
        return hasPelvicPain;
      case PARTNER:
        return !hasPelvicPain;
      case EVERYONE:
        return true;
      default:
        return false;
    }
  }
}
