package dev.attune.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.attune.session.FollowUpPolicy;
import dev.attune.session.LastAfter;
import dev.attune.session.Outcome;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteFollowUpTest {
  static final Instant NIGHT = Instant.parse("2026-11-25T21:00:00Z");

  @TempDir Path dir;

  @Test
  void last_isTheLastCompletedAfter_untilAFollowUpBegins() {
    try (Database db = Database.open(dir)) {
      SqliteJournal journal = new SqliteJournal(db);
      SqliteFollowUp followUp = new SqliteFollowUp(db);
      assertEquals(Optional.empty(), followUp.last());

      journal.begin("a1", "after", List.of(), NIGHT);
      journal.finish("a1", Outcome.COMPLETED, NIGHT.plusSeconds(300));
      journal.begin("a2", "after", List.of(), NIGHT.plus(Duration.ofDays(1)));
      journal.finish("a2", Outcome.LEFT, NIGHT.plus(Duration.ofDays(1)).plusSeconds(30));

      LastAfter last = followUp.last().orElseThrow();
      assertEquals("a1", last.checkInId());
      assertEquals(NIGHT.plusSeconds(300), last.finishedAt());
      assertFalse(last.followUpHandled());

      journal.begin("f1", "followup", List.of(), NIGHT.plus(Duration.ofHours(14)));
      assertTrue(followUp.last().orElseThrow().followUpHandled());
    }
  }

  @Test
  void anOfferedFollowUp_isNotOfferedAgain() {
    try (Database db = Database.open(dir)) {
      SqliteJournal journal = new SqliteJournal(db);
      SqliteFollowUp followUp = new SqliteFollowUp(db);
      journal.begin("a1", "after", List.of(), NIGHT);
      journal.finish("a1", Outcome.COMPLETED, NIGHT.plusSeconds(300));
      MutableClock clock = new MutableClock(NIGHT.plus(Duration.ofHours(13)));
      FollowUpPolicy policy = new FollowUpPolicy(clock);
      assertTrue(policy.offerNow(followUp.last()));

      followUp.offered("a1");

      assertFalse(policy.offerNow(followUp.last()));
    }
  }
}
