package dev.attune.speech;

import java.util.concurrent.CompletableFuture;

/**
 * The speaker used when no sound device exists: it plays nothing and never touches audio, so Attune
 * runs on captions alone. Stateless and thread-safe.
 */
public final class SilentSpeaker implements Speaker {

  @Override
  public CompletableFuture<Boolean> say(Utterance utterance) {
    return CompletableFuture.completedFuture(false);
  }

  @Override
  public void stop() {}

  @Override
  public boolean audible() {
    return false;
  }

  @Override
  public void close() {}
}
