package dev.attune.session;

import java.util.Objects;

/**
 * Someone who uses Attune on this device.
 *
 * @param id positive database id
 * @param name display name, possibly empty: names are optional
 * @param hasPelvicPain changes which prompts they are asked
 */
public record Person(long id, String name, boolean hasPelvicPain) {

  public Person {
    if (id < 1) {
      throw new IllegalArgumentException("person id must be positive, was " + id);
    }
    name = Objects.requireNonNullElse(name, "").strip();
  }

  public boolean named() {
    return !name.isEmpty();
  }
}
