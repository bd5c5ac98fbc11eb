package dev.attune.speech;

/**
 * Turns text into {@link Pcm}.
 *
 * <p>Implementations need not be thread-safe: {@link VoiceSpeaker} calls every method from its one
 * synthesis thread.
 */
public interface Synthesizer extends AutoCloseable {

  /**
   * Loads whatever the synthesiser needs, so the first {@link #synthesize} is fast. Idempotent.
   *
   * @throws SpeechException when the voice cannot be loaded
   */
  default void warmUp() {}

  /**
   * @return the spoken text; empty for blank text
   * @throws SpeechException when synthesis fails
   */
  Pcm synthesize(String text, Utterance.Style style);

  /**
   * Speaks with the given profile. The default ignores the profile, for synthesisers that have only
   * one voice.
   *
   * @return the spoken text; empty for blank text
   * @throws SpeechException when synthesis fails
   */
  default Pcm synthesize(String text, Utterance.Style style, VoiceProfile profile) {
    return synthesize(text, style);
  }

  /** Releases the voice. Idempotent. */
  @Override
  void close();
}
