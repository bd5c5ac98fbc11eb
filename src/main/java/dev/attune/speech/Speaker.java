package dev.attune.speech;

import java.util.concurrent.CompletableFuture;

/**
 * Attune's voice, as the rest of the app sees it.
 *
 * <p>Every method returns at once and is safe to call from any thread, the Event Dispatch Thread
 * included: synthesis and playback happen on the speaker's own threads. A new {@link #say} cuts off
 * whatever is playing, so speech never talks over itself.
 */
public interface Speaker extends AutoCloseable {

  /**
   * Plays the parts of an utterance in order, after cutting off anything still playing.
   *
   * @return completes with {@code true} when the utterance played to its end, {@code false} when it
   *     was cut off (by {@link #stop}, a newer utterance, or {@link #close}) or when there is no
   *     sound device. Never completes exceptionally.
   */
  CompletableFuture<Boolean> say(Utterance utterance);

  default CompletableFuture<Boolean> say(String text) {
    return say(Utterance.of(text));
  }

  /** Stops speaking at once. Does nothing when silent. */
  void stop();

  /**
   * Synthesises ahead of time so that a later {@link #say} of the same text starts without delay. A
   * hint only: it never plays anything.
   */
  default void prepare(Utterance utterance) {}

  /**
   * Speaks every later {@link #say} and {@link #prepare} with this voice profile. Ignored when
   * silent.
   */
  default void useVoice(VoiceProfile profile) {}

  /**
   * Says the profile's description in that profile's voice, for choosing a voice in settings; the
   * current voice does not change.
   *
   * @return as for {@link #say}; {@code false} at once when silent
   */
  default CompletableFuture<Boolean> preview(VoiceProfile profile) {
    return CompletableFuture.completedFuture(false);
  }

  /** Whether sound reaches a device. False means Attune runs silently and shows captions. */
  boolean audible();

  /** Stops and releases the audio device and threads. Idempotent. */
  @Override
  void close();
}
