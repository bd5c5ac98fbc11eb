package dev.attune.session;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a person is called in an export or on the pain chart: their display name, or "partner one",
 * "partner two" and so on in the order they were added; answers given for the couple are
 * "together". Shared by {@code report} and {@code ui}, so the PDF's words and its chart's legend
 * name people alike.
 */
public final class Names {
  private static final List<String> ORDINALS =
      List.of("one", "two", "three", "four", "five", "six", "seven", "eight", "nine");

  private final Map<Long, String> names = new HashMap<>();

  public Names(List<Person> people) {
    List<Person> byId = people.stream().sorted((a, b) -> Long.compare(a.id(), b.id())).toList();
    for (int i = 0; i < byId.size(); i++) {
      Person p = byId.get(i);
      names.put(p.id(), p.named() ? p.name() : "partner " + ordinal(i));
    }
  }

  public String of(long personId) {
    if (personId == Journal.TOGETHER) {
      return "together";
    }
    // Someone deleted since: their answers went with them, but be safe with leftovers.
    return names.getOrDefault(personId, "someone");
  }

  private static String ordinal(int index) {
    return index < ORDINALS.size() ? ORDINALS.get(index) : Integer.toString(index + 1);
  }
}
