package dev.attune.ui.history;

import dev.attune.ui.kit.Messages;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What "delete everything" says about the exports it leaves behind: Attune does not delete them
 * (they are the person's, and may have been copied on), so it names each by its full path, for the
 * person to delete. Shown in small words under the buttons, one path a line, up to {@link #SHOWN}
 * lines (which leaves the question and the buttons their room); heard after the question, the first
 * {@link #HEARD}. The rest are counted, with their folders; once the named ones are deleted, asking
 * again names the rest.
 */
final class ExportsLeft {
  static final int SHOWN = 8;
  static final int HEARD = 5;

  private ExportsLeft() {}

  /** The exports, one a line, to show under the question; empty when there are none. */
  static String shown(List<Path> files) {
    if (files.isEmpty()) {
      return "";
    }
    // Past SHOWN, the last line counts the rest: never more lines than SHOWN.
    int first = files.size() <= SHOWN ? files.size() : SHOWN - 1;
    return Messages.format(
        "delete.everything.exports.shown", String.join("\n", named(files, first)));
  }

  /** The question as heard: the question, then the first exports and how many more. */
  static String heard(String question, List<Path> files) {
    if (files.isEmpty()) {
      return question;
    }
    return question
        + " "
        + Messages.format(
            "delete.everything.exports.heard",
            String.join(", ", named(files, Math.min(HEARD, files.size()))));
  }

  /** The {@code first} paths, then how many more and in which folders. */
  private static List<String> named(List<Path> files, int first) {
    List<String> named = new ArrayList<>();
    for (Path file : files.subList(0, first)) {
      named.add(file.toString());
    }
    if (first < files.size()) {
      Set<String> folders = new LinkedHashSet<>();
      for (Path file : files.subList(first, files.size())) {
        folders.add(String.valueOf(file.getParent()));
      }
      named.add(
          Messages.format(
              "delete.everything.exports.more", files.size() - first, String.join(", ", folders)));
    }
    return named;
  }
}
