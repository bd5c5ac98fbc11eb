/**
 * Speech: turning text into sound and playing it.
 *
 * <p>Owns FreeTTS synthesis (into memory only, through FreeTTS's {@code AudioPlayer} interface),
 * playback of that PCM on one audio thread through a {@code SourceDataLine}, earcons, and the
 * silent fallback when no audio device exists. Also voices: profiles ({@code voices/*.yaml} in the
 * jar and {@code <data dir>/voices/}), the pronunciation lexicon ({@code voices/lexicon.txt}) and
 * the audio export. The rest of Attune sees mainly {@link dev.attune.speech.Speaker} and {@link
 * dev.attune.speech.Utterance}.
 *
 * <p>May use: the JDK, {@code javax.sound}, FreeTTS, SnakeYAML Engine (profile files). Never Swing,
 * AWT widgets or JDBC. This is the only package allowed to import FreeTTS or {@code javax.sound}.
 */
package dev.attune.speech;
