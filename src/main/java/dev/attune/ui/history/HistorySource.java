package dev.attune.ui.history;

import dev.attune.session.LastAnswers;
import dev.attune.session.NightSummary;
import dev.attune.session.OptionCount;
import java.awt.Image;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * What has been recorded, read and written off the Event Dispatch Thread. Futures complete on the
 * storage thread; screens hop back through {@link dev.attune.ui.kit.Background}.
 */
public interface HistorySource {

  /**
   * @param nights the newest page of nights; never a private-round answer
   * @param count how many nights there are in all
   * @param needs aftercare needs, most chosen first
   * @param chart pain over time, marking the nights tools were within reach
   */
  record History(List<NightSummary> nights, int count, List<OptionCount> needs, Image chart) {
    public History {
      nights = List.copyOf(nights);
      needs = List.copyOf(needs);
    }
  }

  /** Opens History: the newest {@code perPage} nights, the count, the needs and the chart. */
  CompletableFuture<History> load(int perPage, int chartWidth, int chartHeight);

  /** Another page of nights, newest first. */
  CompletableFuture<List<NightSummary>> nights(int offset, int limit);

  /** Writes every answer as CSV into the person's home folder; completes with the file. */
  CompletableFuture<Path> exportCsv();

  /** Writes the clinician's report into the person's home folder; completes with the file. */
  CompletableFuture<Path> report();

  /**
   * The files Attune has exported that are still there, as full paths, in the order first written.
   * They are outside Attune's folder and "delete everything" leaves them, so it names them.
   */
  CompletableFuture<List<Path>> exportsLeft();

  CompletableFuture<Void> deleteNight(long nightId);

  CompletableFuture<Void> deletePerson(long personId);

  CompletableFuture<Void> deleteEverything();

  /** The last finished Before's answers, by person, for "same as last time". */
  CompletableFuture<Optional<LastAnswers>> lastBefore();

  /** needs_now and next_time from the last After, carried forward to the next Before. */
  CompletableFuture<Optional<LastAnswers>> lastAftercare();

  /** A daily backup, newest first. */
  record Backup(String day, Path file) {}

  CompletableFuture<List<Backup>> backups();

  /** Restores the backup the next time Attune opens; what is there now is moved aside. */
  CompletableFuture<Void> restoreOnNextStart(Backup backup);

  /** The follow-up after that After check-in was offered (taken or not): ask only once. */
  void followUpOffered(String afterCheckInId);
}
