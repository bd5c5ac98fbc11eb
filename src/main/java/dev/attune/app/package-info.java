/**
 * The application: the command line, the data directory, and the wiring of concrete classes (store,
 * speech, decks) into the user interface. No singletons: everything is made here and passed in.
 *
 * <p>May use every Attune package, Swing and FlatLaf.
 */
package dev.attune.app;
