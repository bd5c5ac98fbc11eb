package dev.attune.app;

import dev.attune.speech.AudioUnavailableException;
import dev.attune.speech.VoiceRecorder;
import dev.attune.ui.settings.OwnVoice;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.logging.Logger;

/**
 * The screens' {@link OwnVoice} over the real microphone and recordings. Opening the device and
 * writing files run on the storage thread, which Attune waits for when it closes, so a kept take is
 * never cut off half written.
 */
record RecordedVoice(VoiceRecorder recorder, Executor work) implements OwnVoice {
  private static final Logger LOG = Logger.getLogger(RecordedVoice.class.getName());

  @Override
  public CompletableFuture<Void> listen(Runnable ended) {
    return CompletableFuture.runAsync(
        () -> {
          try {
            recorder.listen().thenRun(ended);
          } catch (AudioUnavailableException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            LOG.info(
                "No microphone: " + e.getMessage() + " (" + cause.getClass().getSimpleName() + ")");
            throw new NoMicrophone(e);
          }
        },
        work);
  }

  @Override
  public CompletableFuture<Kept> keep(String voice, String name, String text) {
    return CompletableFuture.supplyAsync(
        () ->
            recorder.keep(voice, name, text) == VoiceRecorder.Kept.KEPT
                ? Kept.KEPT
                : Kept.HEARD_NOTHING,
        work);
  }

  /**
   * Stopping the microphone can wait for its device (up to 2 s), so it runs on the storage thread,
   * in order after any take it stops: a tap on the Event Dispatch Thread never waits for it.
   */
  @Override
  public void discard() {
    work.execute(
        () -> {
          try {
            recorder.discard();
          } catch (RuntimeException e) {
            LOG.warning("the microphone could not be stopped: " + e.getClass().getName());
          }
        });
  }

  @Override
  public boolean has(String voice, String text) {
    return recorder.recordings().has(voice, text);
  }

  @Override
  public CompletableFuture<Void> remove(String voice, String text) {
    return CompletableFuture.runAsync(() -> recorder.recordings().remove(voice, text), work);
  }

  @Override
  public List<String> problems(String voice) {
    return recorder.recordings().problems(voice);
  }
}
