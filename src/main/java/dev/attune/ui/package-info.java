/**
 * The user interface: screens as Swing-free presenters ({@link dev.attune.ui.Controller} and the
 * {@code Screen} classes) behind a thin Swing view, key bindings, accessibility, the theme, and the
 * pain chart ({@link dev.attune.ui.PainChart}, drawn with XChart into an image, which History shows
 * and {@code app} also hands to the clinician's report as PNG).
 *
 * <p>May use: Swing, AWT, FlatLaf, XChart, {@code dev.attune.deck}, {@code dev.attune.session}, and
 * of {@code speech} only its interfaces and values {@link dev.attune.speech.Speaker}, {@link
 * dev.attune.speech.Utterance} and {@link dev.attune.speech.VoiceProfile}. Never JDBC, FreeTTS,
 * {@code javax.sound} or PDFBox, nor {@code store}, {@code report} or {@code app}: it never
 * constructs a concrete speaker or store (the {@code app} package wires those in). The presenters
 * keep Swing out so that tests drive them with a hand-written fake view. Sub-packages (when this
 * one is split) are still {@code ui}, with the same fence.
 */
package dev.attune.ui;
