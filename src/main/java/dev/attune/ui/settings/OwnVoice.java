package dev.attune.ui.settings;

import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * A person's own voice: recordings of prompts, made through the microphone and played instead of
 * the synthetic voice. Wired by the {@code app} package. Every future completes off the Event
 * Dispatch Thread.
 */
public interface OwnVoice {

  /** What became of a take. */
  enum Kept {
    KEPT,
    HEARD_NOTHING
  }

  /** There is no microphone to record with. */
  final class NoMicrophone extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public NoMicrophone(Throwable cause) {
      super("no microphone", cause);
    }
  }

  /**
   * Starts listening; fails with {@link NoMicrophone} when there is none.
   *
   * @param ended run, on any thread, when this take stops listening for whatever reason, including
   *     by itself at its time limit
   */
  CompletableFuture<Void> listen(Runnable ended);

  /**
   * Stops listening and keeps the take as the recording of {@code text} in {@code voice}.
   *
   * @param name the file name, e.g. {@code before.pain_level}
   */
  CompletableFuture<Kept> keep(String voice, String name, String text);

  /** Stops listening and throws the take away. Returns at once. */
  void discard();

  /** Whether {@code voice} has a recording of exactly {@code text}. Fast: reads an index. */
  boolean has(String voice, String text);

  /** Removes the recording; the synthetic voice says it again. */
  CompletableFuture<Void> remove(String voice, String text);

  /** What could not be used among {@code voice}'s recordings, each naming the file. */
  List<String> problems(String voice);

  /** No recording at all: for tests and for when there is no data folder. */
  static OwnVoice none() {
    return new OwnVoice() {
      @Override
      public CompletableFuture<Void> listen(Runnable ended) {
        return CompletableFuture.failedFuture(new NoMicrophone(null));
      }

      @Override
      public CompletableFuture<Kept> keep(String voice, String name, String text) {
        return CompletableFuture.failedFuture(new IllegalStateException("not listening"));
      }

      @Override
      public void discard() {}

      @Override
      public boolean has(String voice, String text) {
        return false;
      }

      @Override
      public CompletableFuture<Void> remove(String voice, String text) {
        return CompletableFuture.completedFuture(null);
      }

      @Override
      public List<String> problems(String voice) {
        return List.of();
      }
    };
  }
}
