package dev.attune.ui.kit;

import java.time.Clock;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.logging.Logger;

/**
 * Every notice told since Attune opened (a file moved aside, saving held, an export written, a
 * failure), kept so it can be heard again from Settings, and logged in full. A notice that carries
 * what someone typed (a word looked up) is logged with that part left out. Event Dispatch Thread
 * only.
 */
public final class Notices {
  private static final Logger LOG = Logger.getLogger(Notices.class.getName());

  /** The most kept: the oldest go first. */
  static final int KEPT = 20;

  /** One notice, and when it was told. */
  public record Notice(LocalTime at, String text) {}

  private final Clock clock;
  private final Deque<Notice> told = new ArrayDeque<>();

  public Notices(Clock clock) {
    this.clock = clock;
  }

  /**
   * Keeps a notice and logs it.
   *
   * @param text what was said and shown, in full
   * @param forTheLog the same words with anything private left out
   */
  public void add(String text, String forTheLog) {
    if (text.isBlank()) {
      return;
    }
    told.addFirst(new Notice(LocalTime.now(clock).truncatedTo(ChronoUnit.MINUTES), text));
    while (told.size() > KEPT) {
      told.removeLast();
    }
    LOG.info("notice: " + forTheLog);
  }

  /** The notices, the latest first. */
  public List<Notice> all() {
    return List.copyOf(told);
  }
}
