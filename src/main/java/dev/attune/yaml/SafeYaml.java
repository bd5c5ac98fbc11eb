package dev.attune.yaml;

import dev.attune.disk.Cause;
import java.io.Reader;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.ReaderException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * Composes YAML into nodes that keep their line numbers, turning every way it can fail into a
 * {@link YamlProblem}. SnakeYAML Engine 2.10 composes recursively (thousands of nested brackets
 * overflow the stack) and reads one char past its buffer when a read ends on the first half of a
 * surrogate pair (an emoji at char 1024 failed a valid file); both were found by fuzzing.
 */
public final class SafeYaml {
  /** Deepest nesting accepted; Attune's files need five levels. */
  public static final int MAX_DEPTH = 20;

  private SafeYaml() {}

  /**
   * @return the root node, or empty for an empty file
   */
  public static Optional<Node> compose(String text, String label) throws YamlProblem {
    LoadSettings settings = LoadSettings.builder().setLabel(label).build();
    try {
      checkDepth(settings, text);
      return new Compose(settings).composeReader(new WholeCharacters(text));
    } catch (MarkedYamlEngineException e) {
      int line = e.getProblemMark().map(m -> m.getLine() + 1).orElse(0);
      String column = e.getProblemMark().map(m -> " at column " + (m.getColumn() + 1)).orElse("");
      throw new YamlProblem(line, "is not valid YAML" + column + ": " + plain(e.getProblem()));
    } catch (ReaderException e) {
      throw new YamlProblem(
          lineAt(text, e.getPosition()),
          "is not valid YAML: it holds a character that is not allowed ("
              + String.format("U+%04X", e.getCodePoint())
              + "). Remove it, or save the file again as plain text");
    } catch (YamlEngineException e) {
      throw new YamlProblem(0, "is not valid YAML: " + plain(e.getMessage()));
    } catch (RuntimeException e) {
      // The reader failed in a way of its own: its words and kind are for developers.
      throw new YamlProblem(
          0,
          "could not be read as YAML: something in it confuses the reader. Look for unusual"
              + " characters or a line cut short, or write it again");
    }
  }

  /**
   * The reader's problem in plainer words where it has a usual one (a tab, a stray colon, an
   * unclosed quote), else its own, on one line and cut to 200 characters.
   */
  static String plain(String problem) {
    if (problem == null || problem.isBlank()) {
      return "something in it is not where YAML allows it";
    }
    if (problem.contains("\\t(TAB)")) {
      return "a tab is used to indent. Indent with spaces instead";
    }
    if (problem.startsWith("mapping values are not allowed")) {
      return "a colon is where YAML does not allow one. Put quotes around a value that holds ': '";
    }
    if (problem.startsWith("found unexpected end of stream") || problem.endsWith("<stream end>")) {
      return "the file ends inside a quote or a bracket. Close it";
    }
    return Cause.shown(problem.replaceAll("\\s+", " ").strip());
  }

  /** The 1-based line of a character position in {@code text}. */
  private static int lineAt(String text, int position) {
    int line = 1;
    for (int i = 0; i < Math.min(position, text.length()); i++) {
      if (text.charAt(i) == '\n') {
        line++;
      }
    }
    return line;
  }

  private static void checkDepth(LoadSettings settings, String text) throws YamlProblem {
    int depth = 0;
    for (Event event : new Parse(settings).parseReader(new WholeCharacters(text))) {
      Event.ID id = event.getEventId();
      if (id == Event.ID.MappingStart || id == Event.ID.SequenceStart) {
        depth++;
        if (depth > MAX_DEPTH) {
          int line = event.getStartMark().map(m -> m.getLine() + 1).orElse(0);
          throw new YamlProblem(line, "is nested more than " + MAX_DEPTH + " levels deep");
        }
      } else if (id == Event.ID.MappingEnd || id == Event.ID.SequenceEnd) {
        depth--;
      }
    }
  }

  /**
   * Hands the text to SnakeYAML in reads that never end between the two halves of a surrogate pair,
   * where its reader would read one char past its buffer.
   */
  private static final class WholeCharacters extends Reader {
    private final String text;
    private int next;

    WholeCharacters(String text) {
      this.text = text;
    }

    @Override
    public int read(char[] buffer, int offset, int length) {
      if (next >= text.length()) {
        return -1;
      }
      if (length == 0) {
        return 0;
      }
      int end = Math.min(text.length(), next + length);
      if (end - next > 1 && Character.isHighSurrogate(text.charAt(end - 1))) {
        end--;
      }
      text.getChars(next, end, buffer, offset);
      int count = end - next;
      next = end;
      return count;
    }

    @Override
    public void close() {
      next = text.length();
    }
  }
}
