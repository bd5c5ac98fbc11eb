package dev.attune.speech;

import java.util.concurrent.PriorityBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The one "attune-synth" daemon thread, running tasks by priority and, within a priority, in the
 * order they came. A say's work jumps ahead of queued prepares, so a say waits at most for the one
 * task already running. Thread-safe.
 */
final class SynthesisQueue {

  /** Lower runs first. */
  enum Priority {
    /** Loading the voice and rendering a say: someone is waiting. */
    NOW,
    /** Synthesising ahead, one speech part per task. */
    AHEAD,
    /** Releasing the voice, after everything else. */
    LAST
  }

  private final AtomicLong order = new AtomicLong();
  private final ThreadPoolExecutor executor =
      new ThreadPoolExecutor(
          1,
          1,
          0,
          TimeUnit.MILLISECONDS,
          new PriorityBlockingQueue<>(),
          body -> {
            Thread t = new Thread(body, "attune-synth");
            t.setDaemon(true);
            return t;
          });

  /**
   * @throws RejectedExecutionException after {@link #shutdown}
   */
  void execute(Priority priority, Runnable body) {
    executor.execute(new Task(priority, order.incrementAndGet(), body));
  }

  /** Runs what is queued, then ends the thread. */
  void shutdown() {
    executor.shutdown();
  }

  private record Task(Priority priority, long order, Runnable body)
      implements Runnable, Comparable<Task> {

    @Override
    public void run() {
      body.run();
    }

    @Override
    public int compareTo(Task other) {
      int byPriority = priority.compareTo(other.priority);
      return byPriority != 0 ? byPriority : Long.compare(order, other.order);
    }
  }
}
