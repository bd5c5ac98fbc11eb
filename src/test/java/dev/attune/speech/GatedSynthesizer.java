package dev.attune.speech;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A fake synthesiser whose texts each have a fixed sound. Texts marked gated block in {@link
 * #synthesize} until {@link #release} is called for them, so a test can hold synthesis mid-way and
 * look at what already played. No timing: only latches.
 */
final class GatedSynthesizer implements Synthesizer {

  private static final long TIMEOUT_S = 10;

  private final Map<String, Pcm> sounds = new ConcurrentHashMap<>();
  private final Map<String, CountDownLatch> gates = new ConcurrentHashMap<>();
  private final Map<String, CountDownLatch> started = new ConcurrentHashMap<>();
  private final Map<String, CountDownLatch> finished = new ConcurrentHashMap<>();

  /** {@code text} synthesises to {@code pcm} at once. */
  GatedSynthesizer sound(String text, Pcm pcm) {
    sounds.put(text, pcm);
    started.put(text, new CountDownLatch(1));
    finished.put(text, new CountDownLatch(1));
    return this;
  }

  /** {@code text} synthesises to {@code pcm} only after {@link #release}. */
  GatedSynthesizer gated(String text, Pcm pcm) {
    sound(text, pcm);
    gates.put(text, new CountDownLatch(1));
    return this;
  }

  void release(String text) {
    gates.get(text).countDown();
  }

  boolean awaitStarted(String text) throws InterruptedException {
    return started.get(text).await(TIMEOUT_S, TimeUnit.SECONDS);
  }

  boolean hasFinished(String text) {
    return finished.get(text).getCount() == 0;
  }

  @Override
  public Pcm synthesize(String text, Utterance.Style style) {
    Pcm pcm = sounds.get(text);
    if (pcm == null) {
      throw new SpeechException("no sound for this text (test)");
    }
    started.get(text).countDown();
    CountDownLatch gate = gates.get(text);
    if (gate != null) {
      try {
        if (!gate.await(TIMEOUT_S, TimeUnit.SECONDS)) {
          throw new SpeechException("gate never opened (test)");
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new SpeechException("interrupted (test)", e);
      }
    }
    finished.get(text).countDown();
    return pcm;
  }

  @Override
  public void close() {}
}
