/**
 * Decks: the check-ins as data. Prompts, options, conditions, and loading and validating the
 * bundled YAML deck files.
 *
 * <p>May use: the JDK and SnakeYAML Engine (to parse deck files). Never Swing, AWT, JDBC, FreeTTS
 * or {@code javax.sound}.
 */
package dev.attune.deck;
