package dev.attune.deck;

import static dev.attune.yaml.FileProblems.shown;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * A YAML mapping read field by field, keeping line numbers so every problem can say where it is.
 * Problems are collected rather than thrown, so one load reports all of them.
 */
final class YamlMap {
  private final Node node;
  private final Map<String, Node> fields = new LinkedHashMap<>();
  private final Map<String, Node> keys = new LinkedHashMap<>();
  private final List<DeckException.Problem> problems;

  private YamlMap(Node node, List<DeckException.Problem> problems) {
    this.node = node;
    this.problems = problems;
  }

  /** Reads a mapping, or reports that {@code what} should have been one. */
  static Optional<YamlMap> of(Node node, String what, List<DeckException.Problem> problems) {
    if (!(node instanceof MappingNode)) {
      problems.add(new DeckException.Problem(line(node), what + " should be a mapping of fields"));
      return Optional.empty();
    }
    YamlMap map = new YamlMap(node, problems);
    for (NodeTuple tuple : ((MappingNode) node).getValue()) {
      Node key = tuple.getKeyNode();
      if (!(key instanceof ScalarNode)) {
        map.problem(key, "field names must be plain words");
        continue;
      }
      String name = ((ScalarNode) key).getValue();
      map.keys.putIfAbsent(name, key);
      if (map.fields.put(name, tuple.getValueNode()) != null) {
        map.problem(key, "the field '" + shown(name) + "' appears twice in " + what);
      }
    }
    return Optional.of(map);
  }

  static int line(Node node) {
    return node.getStartMark().map(m -> m.getLine() + 1).orElse(0);
  }

  int line() {
    return line(node);
  }

  int line(String field) {
    Node value = fields.get(field);
    return value == null ? line() : line(value);
  }

  void problem(Node at, String message) {
    problems.add(new DeckException.Problem(line(at), message));
  }

  void problem(String message) {
    problems.add(new DeckException.Problem(line(), message));
  }

  void problemAt(String field, String message) {
    problems.add(new DeckException.Problem(line(field), message));
  }

  /** Reports every field not in {@code known}, naming the ones that are allowed. */
  void allowOnly(Set<String> known, String what) {
    for (Map.Entry<String, Node> field : keys.entrySet()) {
      if (!known.contains(field.getKey())) {
        problem(
            field.getValue(),
            "unknown field '"
                + shown(field.getKey())
                + "' in "
                + what
                + "; the fields allowed are: "
                + String.join(", ", known.stream().sorted().toList()));
      }
    }
  }

  boolean has(String field) {
    return fields.containsKey(field);
  }

  Optional<Node> node(String field) {
    return Optional.ofNullable(fields.get(field));
  }

  /** A text field; reports it when required and missing or blank. */
  String text(String field, boolean required, String what) {
    Node value = fields.get(field);
    if (value == null) {
      if (required) {
        problem(what + " is missing the field '" + field + "'");
      }
      return "";
    }
    if (!(value instanceof ScalarNode)) {
      problem(value, "'" + field + "' in " + what + " should be plain text");
      return "";
    }
    String text = ((ScalarNode) value).getValue().strip();
    if (required && text.isEmpty() && !"phrase".equals(field)) {
      problem(value, "'" + field + "' in " + what + " is empty");
    }
    return text;
  }

  boolean flag(String field, String what) {
    String value = text(field, false, what);
    if (value.isEmpty() || "false".equals(value)) {
      return false;
    }
    if ("true".equals(value)) {
      return true;
    }
    problemAt(
        field,
        "'" + field + "' in " + what + " should be true or false, not '" + shown(value) + "'");
    return false;
  }

  int number(String field, int fallback, String what) {
    String value = text(field, false, what);
    if (value.isEmpty()) {
      return fallback;
    }
    try {
      return Integer.parseInt(value);
    } catch (NumberFormatException e) {
      problemAt(
          field,
          "'" + field + "' in " + what + " should be a whole number, not '" + shown(value) + "'");
      return fallback;
    }
  }

  /** A list field; reports it when it is not a list. */
  List<Node> list(String field, String what) {
    Node value = fields.get(field);
    if (value == null) {
      return List.of();
    }
    if (!(value instanceof SequenceNode)) {
      problem(value, "'" + field + "' in " + what + " should be a list");
      return List.of();
    }
    return new ArrayList<>(((SequenceNode) value).getValue());
  }

  /** A list of plain words, for condition option ids. */
  List<String> words(String field, String what) {
    List<String> words = new ArrayList<>();
    for (Node item : list(field, what)) {
      if (item instanceof ScalarNode) {
        words.add(((ScalarNode) item).getValue());
      } else {
        problem(item, "'" + field + "' in " + what + " should list plain option ids");
      }
    }
    return words;
  }
}
