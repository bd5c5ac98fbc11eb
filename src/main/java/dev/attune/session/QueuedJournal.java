package dev.attune.session;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * Hands every journal call to one executor, in order, so the caller (the Event Dispatch Thread)
 * never waits for the disk. A failure is passed to {@code onFailure}; it never vanishes.
 */
public final class QueuedJournal implements Journal {
  private final Journal target;
  private final Executor executor;
  private final Consumer<RuntimeException> onFailure;

  /**
   * @param executor must run tasks one at a time, in submission order
   */
  public QueuedJournal(Journal target, Executor executor, Consumer<RuntimeException> onFailure) {
    this.target = Objects.requireNonNull(target, "target");
    this.executor = Objects.requireNonNull(executor, "executor");
    this.onFailure = Objects.requireNonNull(onFailure, "onFailure");
  }

  @Override
  public void setting(String key, String value) {
    submit(() -> target.setting(key, value));
  }

  @Override
  public void person(Person person, Instant at) {
    submit(() -> target.person(person, at));
  }

  @Override
  public void begin(String checkInId, String deckId, List<Person> people, Instant at) {
    submit(() -> target.begin(checkInId, deckId, people, at));
  }

  @Override
  public void answer(
      String checkInId, long personId, String promptId, List<String> optionIds, Instant at) {
    List<String> copy = List.copyOf(optionIds);
    submit(() -> target.answer(checkInId, personId, promptId, copy, at));
  }

  @Override
  public void settle(String checkInId, java.util.Map<String, String> outcomes, Instant at) {
    java.util.Map<String, String> copy =
        java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(outcomes));
    submit(() -> target.settle(checkInId, copy, at));
  }

  @Override
  public void withdraw(String checkInId, long personId, String promptId) {
    submit(() -> target.withdraw(checkInId, personId, promptId));
  }

  @Override
  public void finish(String checkInId, Outcome outcome, Instant at) {
    submit(() -> target.finish(checkInId, outcome, at));
  }

  @Override
  public void signal(String signalId, Instant at) {
    submit(() -> target.signal(signalId, at));
  }

  @Override
  public void follows(String checkInId, String afterCheckInId) {
    submit(() -> target.follows(checkInId, afterCheckInId));
  }

  private void submit(Runnable work) {
    executor.execute(
        () -> {
          try {
            work.run();
          } catch (RuntimeException e) {
            onFailure.accept(e);
          }
        });
  }
}
