package dev.attune.ui.kit;

import java.util.concurrent.CompletableFuture;

/** Waits without blocking: the pacing of scanning. Tests complete it by hand. */
@FunctionalInterface
public interface Delay {
  /** Completes on the Event Dispatch Thread after about {@code millis}. */
  CompletableFuture<Void> after(int millis);
}
