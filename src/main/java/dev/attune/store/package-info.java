/**
 * Storage: the SQLite database in the data directory, its versioned migrations, and the
 * repositories the rest of Attune uses through interfaces such as {@link
 * dev.attune.session.Journal}.
 *
 * <p>May use: the JDK, {@code java.sql} with sqlite-jdbc, {@code dev.attune.deck} and {@code
 * dev.attune.session}. The only package that touches JDBC. Never Swing, AWT, FreeTTS or {@code
 * javax.sound}. Callers run everything here off the Event Dispatch Thread.
 */
package dev.attune.store;
