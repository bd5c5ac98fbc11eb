/**
 * Reading YAML files that people edit (decks, voice profiles) safely: any input gives either a node
 * tree with line numbers or a {@link dev.attune.yaml.YamlProblem} naming the line.
 *
 * <p>May use: the JDK and SnakeYAML Engine. Never Swing, AWT, JDBC, FreeTTS or {@code javax.sound},
 * and no other Attune package.
 */
package dev.attune.yaml;
