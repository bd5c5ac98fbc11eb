package dev.attune.session;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FollowUpPolicyTest {
  static final Instant AFTER = Instant.parse("2026-11-25T23:00:00Z");

  static FollowUpPolicy at(Duration sinceAfter) {
    return new FollowUpPolicy(Clock.fixed(AFTER.plus(sinceAfter), ZoneOffset.UTC));
  }

  @ParameterizedTest(name = "{0} after the After check-in: {1}")
  @CsvSource({
    "PT11H59M, false",
    "PT12H, true",
    "PT36H, true",
    "PT72H, true",
    "PT72H1M, false",
    "PT1M, false",
    "-PT1H, false"
  })
  void offeredFrom12To72HoursAfter_bothEndsIncluded(Duration since, boolean offered) {
    LastAfter last = new LastAfter("a1", 1, AFTER, false);
    assertEquals(offered, at(since).offerNow(last));
  }

  @Test
  void notOfferedAgain_onceBegunOrOffered() {
    LastAfter handled = new LastAfter("a1", 1, AFTER, true);
    assertEquals(false, at(Duration.ofHours(20)).offerNow(handled));
  }

  @Test
  void notOffered_withoutAnyAfterCheckIn() {
    assertEquals(false, at(Duration.ofHours(20)).offerNow(Optional.empty()));
    assertEquals(
        true, at(Duration.ofHours(20)).offerNow(Optional.of(new LastAfter("a1", 1, AFTER, false))));
  }
}
