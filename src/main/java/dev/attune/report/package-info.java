/**
 * Reports: the CSV of every answer, the one-page PDF for a clinician and its pain chart. Works on
 * the plain records that {@code store} returns ({@link dev.attune.session.NightSummary}, {@link
 * dev.attune.session.PainPoint}, {@link dev.attune.session.AnswerRow}); {@code app} wires the two
 * together. Never shows a private-round answer.
 *
 * <p>May use: the JDK, {@code dev.attune.deck}, {@code dev.attune.session}, Apache Commons CSV,
 * PDFBox, XChart, and {@code java.awt} to draw the chart into an image. Never Swing, JDBC, FreeTTS
 * or {@code javax.sound}. Everything here may block on the disk: callers run it off the Event
 * Dispatch Thread.
 */
package dev.attune.report;
