/**
 * Sessions: the check-in as a state machine. Turns between people, handoffs, the private round,
 * built-in Skip and Not today, back and undo, and the spoken summary.
 *
 * <p>Pure Java: may use the JDK and {@code dev.attune.deck}. Never Swing, AWT, JDBC, FreeTTS or
 * {@code javax.sound}. Persistence goes through the {@link dev.attune.session.Journal} interface,
 * which {@code store} implements.
 */
package dev.attune.session;
