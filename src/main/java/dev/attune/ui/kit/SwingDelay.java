package dev.attune.ui.kit;

import java.util.concurrent.CompletableFuture;
import javax.swing.Timer;

/** A {@link Delay} on a one-shot Swing timer, so it completes on the Event Dispatch Thread. */
public final class SwingDelay implements Delay {
  @Override
  public CompletableFuture<Void> after(int millis) {
    CompletableFuture<Void> done = new CompletableFuture<>();
    Timer timer = new Timer(millis, e -> done.complete(null));
    timer.setRepeats(false);
    timer.start();
    return done;
  }
}
