package dev.attune.store;

import dev.attune.session.LastAfter;
import dev.attune.session.Outcome;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What {@link dev.attune.session.FollowUpPolicy} needs to know: the last completed After check-in,
 * and whether its follow-up was begun or already offered once.
 *
 * <p>A follow-up begun 12 hours or more after a night falls into a night of its own (see {@link
 * SqliteJournal#NIGHT}), so "done" means a follow-up check-in started after the After ended.
 *
 * <p>Thread confinement: call from the storage thread, never the Event Dispatch Thread.
 */
public final class SqliteFollowUp {
  /** Setting holding the id of the After check-in whose follow-up has been offered. */
  static final String OFFERED = "followup.offered_for";

  private final Database database;

  public SqliteFollowUp(Database database) {
    this.database = database;
  }

  /** The last completed After check-in; empty when there has been none. */
  public Optional<LastAfter> last() {
    List<LastAfter> found = new ArrayList<>();
    Reads.run(
        database,
        "the last aftercare",
        c -> {
          try (PreparedStatement s =
              c.prepareStatement(
                  // The last After is found first, so the follow-up test runs once, not per row.
                  "SELECT a.id, a.night_id, a.finished_at,"
                      + " EXISTS (SELECT 1 FROM checkin f WHERE f.deck = 'followup'"
                      + " AND f.started_at >= a.finished_at)"
                      + " OR EXISTS (SELECT 1 FROM setting WHERE key = ? AND value = a.id)"
                      + " FROM (SELECT id, night_id, finished_at FROM checkin"
                      + " WHERE deck = 'after' AND outcome = ? AND finished_at IS NOT NULL"
                      + " ORDER BY finished_at DESC LIMIT 1) a")) {
            s.setString(1, OFFERED);
            s.setString(2, Outcome.COMPLETED.name());
            try (ResultSet rs = s.executeQuery()) {
              if (rs.next()) {
                found.add(
                    new LastAfter(
                        rs.getString(1),
                        rs.getLong(2),
                        Instant.ofEpochMilli(rs.getLong(3)),
                        rs.getInt(4) != 0));
              }
            }
          }
        });
    return found.stream().findFirst();
  }

  /**
   * Remembers that the follow-up for {@code afterCheckInId} was offered, so a "not now" is not
   * asked again.
   */
  public void offered(String afterCheckInId) {
    Transactions.run(
        database,
        c -> {
          try (PreparedStatement s =
              c.prepareStatement(
                  "INSERT INTO setting (key, value) VALUES (?, ?)"
                      + " ON CONFLICT (key) DO UPDATE SET value = excluded.value")) {
            s.setString(1, OFFERED);
            s.setString(2, afterCheckInId);
            s.executeUpdate();
          }
        });
  }
}
