package dev.attune.app;

import dev.attune.speech.Speaker;
import dev.attune.speech.Utterance;
import dev.attune.speech.VoiceProfile;
import java.util.concurrent.CompletableFuture;

/**
 * The real speaker, watched: whether the last thing it was asked to say is still playing. A new say
 * cuts off the one before, so the last one alone tells whether Attune is speaking.
 */
final class TrackedSpeaker implements Speaker {
  private final Speaker real;
  private volatile CompletableFuture<Boolean> last = CompletableFuture.completedFuture(true);

  /** The words of everything asked to be said, in order. */
  final java.util.List<String> heard = new java.util.concurrent.CopyOnWriteArrayList<>();

  TrackedSpeaker(Speaker real) {
    this.real = real;
  }

  boolean speaking() {
    return !last.isDone();
  }

  @Override
  public CompletableFuture<Boolean> say(Utterance utterance) {
    heard.add(
        utterance.parts().stream()
            .filter(p -> p instanceof Utterance.Part.Speech)
            .map(p -> ((Utterance.Part.Speech) p).text())
            .collect(java.util.stream.Collectors.joining(" ")));
    CompletableFuture<Boolean> said = real.say(utterance);
    last = said;
    return said;
  }

  @Override
  public void stop() {
    real.stop();
  }

  @Override
  public void prepare(Utterance utterance) {
    real.prepare(utterance);
  }

  @Override
  public void useVoice(VoiceProfile profile) {
    real.useVoice(profile);
  }

  @Override
  public CompletableFuture<Boolean> preview(VoiceProfile profile) {
    return real.preview(profile);
  }

  @Override
  public boolean audible() {
    return real.audible();
  }

  @Override
  public void close() {
    real.close();
  }
}
