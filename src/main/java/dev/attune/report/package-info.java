/**
 * Reports: the CSV of every answer and the one-page PDF for a clinician. Works on the plain records
 * that {@code store} returns ({@link dev.attune.session.NightSummary}, {@link
 * dev.attune.session.PainPoint}, {@link dev.attune.session.AnswerRow}); {@code app} wires the two
 * together. Never shows a private-round answer.
 *
 * <p>May use: the JDK, {@code dev.attune.deck}, {@code dev.attune.session}, {@code dev.attune.disk}
 * (why a file could not be written, in words), Apache Commons CSV and PDFBox. Never Swing, AWT,
 * XChart, JDBC, FreeTTS or {@code javax.sound}, nor {@code store}, {@code ui} or {@code app}. The
 * PDF's pain chart comes in drawn, as PNG bytes: {@code app} has {@code ui}'s {@code PainChart}
 * draw it, the same chart History shows. Everything here may block on the disk: callers run it off
 * the Event Dispatch Thread.
 */
package dev.attune.report;
