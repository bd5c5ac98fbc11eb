/**
 * The user interface: screens as Swing-free presenters ({@link dev.attune.ui.Controller} and the
 * {@code Screen} classes) behind a thin Swing view, key bindings, accessibility and the theme.
 *
 * <p>May use: Swing, AWT, FlatLaf, and the interfaces and values of {@code deck}, {@code session}
 * and {@code speech}. Never JDBC, FreeTTS or {@code javax.sound}; never constructs a concrete
 * speaker or store (the {@code app} package wires those in). The presenters keep Swing out so that
 * tests drive them with a hand-written fake view.
 */
package dev.attune.ui;
