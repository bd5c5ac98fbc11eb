package dev.attune.app;

import dev.attune.ui.kit.Delay;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import javax.swing.SwingUtilities;

/**
 * The scanning pace of a real-window test: each wait ends when the test says, on the Event Dispatch
 * Thread as the real one does. Scanning then moves exactly when the test wants, however busy the
 * machine is, and without waiting real seconds.
 */
final class SteppedPace implements Delay {
  private final List<CompletableFuture<Void>> waiting = new ArrayList<>();

  @Override
  public synchronized CompletableFuture<Void> after(int millis) {
    CompletableFuture<Void> wait = new CompletableFuture<>();
    waiting.add(wait);
    return wait;
  }

  /** Whether scanning is waiting for its next step. */
  synchronized boolean pending() {
    waiting.removeIf(CompletableFuture::isDone);
    return !waiting.isEmpty();
  }

  /** Ends every wait: scanning goes on to its next option (older waits belong to stopped scans). */
  void step() {
    List<CompletableFuture<Void>> ending;
    synchronized (this) {
      ending = List.copyOf(waiting);
      waiting.clear();
    }
    SwingUtilities.invokeLater(() -> ending.forEach(w -> w.complete(null)));
  }
}
