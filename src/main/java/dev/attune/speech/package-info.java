/**
 * Speech: turning text into sound and playing it.
 *
 * <p>Owns FreeTTS synthesis (into memory only, through FreeTTS's {@code AudioPlayer} interface),
 * playback of that PCM on one audio thread through a {@code SourceDataLine}, earcons, and the
 * silent fallback when no audio device exists. The rest of Attune sees only {@link
 * dev.attune.speech.Speaker} and {@link dev.attune.speech.Utterance}.
 *
 * <p>May use: the JDK, {@code javax.sound}, FreeTTS. Never Swing, AWT widgets or JDBC. This is the
 * only package allowed to import FreeTTS or {@code javax.sound}.
 */
package dev.attune.speech;
