/**
 * The user interface, in sub-packages: {@code kit} (the reusable parts and the interfaces a screen
 * is given), one package per area ({@code home}, {@code checkin}, {@code board}, {@code history},
 * {@code settings}, {@code lock}), and {@code nav} (the window, the screen stack and navigation).
 * Screens are Swing-free presenters behind a thin Swing view, so tests drive them with a fake view.
 *
 * <p>May use: Swing, AWT, FlatLaf, XChart, {@code dev.attune.deck}, {@code dev.attune.session}, and
 * of {@code speech} only its interfaces and values {@link dev.attune.speech.Speaker}, {@link
 * dev.attune.speech.Utterance} and {@link dev.attune.speech.VoiceProfile}. Never JDBC, FreeTTS,
 * {@code javax.sound} or PDFBox, nor {@code store}, {@code report} or {@code app}: it never
 * constructs a concrete speaker or store (the {@code app} package wires those in). Inside, {@code
 * kit} uses no other part of {@code ui}, an area uses {@code kit} (and {@code settings} also {@code
 * history} and {@code lock}), and only {@code nav} knows every area.
 */
package dev.attune.ui;
