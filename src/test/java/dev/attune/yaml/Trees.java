package dev.attune.yaml;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import org.snakeyaml.engine.v2.api.Dump;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.api.StreamDataWriter;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * YAML trees for the property tests of the files people edit: built node by node (so a test can
 * give a mapping a key twice, or a list for a key), written out by SnakeYAML Engine's own emitter
 * in a chosen style, and found again in the written text, to learn on which line a node ended up.
 */
public final class Trees {
  private Trees() {}

  /**
   * How a tree is written: block or flow collections, which quoting for text (the emitter falls
   * back to another where one cannot hold a value), and where long lines are folded.
   */
  public record Style(FlowStyle collections, ScalarStyle scalars, int width) {
    public static Arbitrary<Style> any() {
      return Combinators.combine(
              Arbitraries.of(FlowStyle.BLOCK, FlowStyle.BLOCK, FlowStyle.FLOW, FlowStyle.AUTO),
              Arbitraries.of(
                  ScalarStyle.PLAIN,
                  ScalarStyle.PLAIN,
                  ScalarStyle.DOUBLE_QUOTED,
                  ScalarStyle.SINGLE_QUOTED,
                  ScalarStyle.LITERAL,
                  ScalarStyle.FOLDED),
              Arbitraries.of(80, 40, 1000))
          .as(Style::new);
    }
  }

  /**
   * A text node in the style's quoting; folded text that starts with a space is written literally,
   * because SnakeYAML Engine 2.10's emitter folds such a more-indented line, which changes the text
   * (a bug in writing YAML, which Attune never does; found by {@code DeckPropertiesTest}).
   */
  public static ScalarNode text(String value, Style style) {
    ScalarStyle quoting = style.scalars();
    if (quoting == ScalarStyle.FOLDED
        && !value.isEmpty()
        && Character.isWhitespace(value.charAt(0))) {
      quoting = ScalarStyle.LITERAL;
    }
    return new ScalarNode(Tag.STR, value, quoting);
  }

  /** A mapping of {@code key, value} pairs: each key a String (a text node) or a Node. */
  public static MappingNode map(Style style, Object... keysAndValues) {
    List<NodeTuple> tuples = new ArrayList<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      Object key = keysAndValues[i];
      Node keyNode = key instanceof Node ? (Node) key : text((String) key, style);
      tuples.add(new NodeTuple(keyNode, (Node) keysAndValues[i + 1]));
    }
    return new MappingNode(Tag.MAP, tuples, style.collections());
  }

  public static SequenceNode list(Style style, List<? extends Node> items) {
    return new SequenceNode(Tag.SEQ, new ArrayList<>(items), style.collections());
  }

  /** The tree as YAML text, as SnakeYAML Engine writes it in {@code style}. */
  public static String write(Node root, Style style) {
    DumpSettings settings =
        DumpSettings.builder()
            .setDefaultFlowStyle(style.collections())
            .setDefaultScalarStyle(style.scalars())
            .setWidth(style.width())
            .build();
    StringWriter out = new StringWriter();
    new Dump(settings)
        .dumpNode(
            root,
            new StreamDataWriter() {
              @Override
              public void write(String str) {
                out.write(str);
              }

              @Override
              public void write(String str, int off, int len) {
                out.write(str, off, len);
              }
            });
    return out.toString();
  }

  /** Reads written text back into nodes, as the parsers do, to find lines. */
  public static Node read(String text) {
    try {
      return SafeYaml.compose(text, "written").orElseThrow();
    } catch (YamlProblem e) {
      throw new AssertionError("SnakeYAML wrote what it cannot read: " + e.getMessage(), e);
    }
  }

  /** A node's 1-based line. */
  public static int line(Node node) {
    return node.getStartMark().orElseThrow().getLine() + 1;
  }

  /**
   * The node at {@code path} below {@code root}: each step is the index of a mapping's pair (going
   * into its value) or of a list's item; with {@code key}, the last step stops at the pair's key.
   */
  public static Node at(Node root, List<Integer> path, boolean key) {
    Node node = root;
    for (int i = 0; i < path.size(); i++) {
      int step = path.get(i);
      if (node instanceof MappingNode) {
        NodeTuple tuple = ((MappingNode) node).getValue().get(step);
        node = key && i == path.size() - 1 ? tuple.getKeyNode() : tuple.getValueNode();
      } else {
        node = ((SequenceNode) node).getValue().get(step);
      }
    }
    return node;
  }

  /** The index of the first pair of {@code map} with this key, or -1. */
  public static int indexOf(MappingNode map, String key) {
    List<NodeTuple> tuples = map.getValue();
    for (int i = 0; i < tuples.size(); i++) {
      if (tuples.get(i).getKeyNode() instanceof ScalarNode
          && ((ScalarNode) tuples.get(i).getKeyNode()).getValue().equals(key)) {
        return i;
      }
    }
    return -1;
  }

  /** The keys of {@code map} that are text, in order. */
  public static List<String> keys(MappingNode map) {
    List<String> keys = new ArrayList<>();
    for (NodeTuple tuple : map.getValue()) {
      if (tuple.getKeyNode() instanceof ScalarNode) {
        keys.add(((ScalarNode) tuple.getKeyNode()).getValue());
      }
    }
    return keys;
  }

  /**
   * A random tree up to {@code depth} deep: mappings whose keys are drawn from {@code keys} or are
   * random, lists, and scalars of every YAML type (text, numbers, booleans, null, long text).
   */
  public static Arbitrary<Node> random(List<String> keys, int depth, Style style) {
    Arbitrary<Node> scalar =
        Arbitraries.oneOf(
                Arbitraries.of(keys),
                Arbitraries.of("", "~", "null", "true", "false", "yes", "0", "-1", "3.5", ".inf"),
                Arbitraries.strings().withCharRange(' ', '~').ofMaxLength(12),
                Arbitraries.strings().withCharRange('a', 'z').ofMinLength(201).ofMaxLength(400),
                Arbitraries.strings().all().ofMaxLength(6))
            .map(s -> (Node) text(s, style));
    if (depth == 0) {
      return scalar;
    }
    Arbitrary<Node> child = Arbitraries.lazy(() -> random(keys, depth - 1, style));
    Arbitrary<String> key =
        Arbitraries.oneOf(
            Arbitraries.of(keys),
            Arbitraries.of(keys),
            Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(8));
    Arbitrary<Node> mapping =
        Combinators.combine(key, child)
            .as((k, v) -> new NodeTuple(text(k, style), v))
            .list()
            .ofMaxSize(6)
            .map(tuples -> (Node) new MappingNode(Tag.MAP, tuples, style.collections()));
    Arbitrary<Node> sequence = child.list().ofMaxSize(5).map(items -> (Node) list(style, items));
    return Arbitraries.frequencyOf(
        Tuple.of(2, scalar), Tuple.of(3, mapping), Tuple.of(2, sequence));
  }
}
