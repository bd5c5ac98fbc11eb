package dev.attune.session;

import java.util.List;

/** The end of a check-in in a few natural sentences, spoken and shown. */
public record Summary(List<String> sentences) {
  public Summary {
    sentences = List.copyOf(sentences);
  }

  public String text() {
    return String.join(" ", sentences);
  }
}
