package dev.attune.app;

import dev.attune.session.LastAnswers;
import dev.attune.store.Backups;
import dev.attune.store.PendingJournal;
import dev.attune.store.SqliteFollowUp;
import dev.attune.ui.history.HistorySource;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

/**
 * History for the screens: every read and write runs on the storage thread. After any delete the
 * backups are deleted too and a fresh one made, so no copy of what was deleted stays behind.
 */
final class StoredHistory implements HistorySource {
  private static final java.util.logging.Logger LOG =
      java.util.logging.Logger.getLogger(StoredHistory.class.getName());

  private final Records records;
  private final Backups backups;
  private final Executor storage;
  private final Clock clock;
  private final Path exportDir;
  private final Runnable eraseRecordings;
  private final PendingJournal pending;

  /**
   * @param eraseRecordings removes every recording of a person's own voice, for "delete everything"
   * @param pending answers waiting to be saved; a delete drops those it deletes, so they never come
   *     back
   */
  StoredHistory(
      Records records,
      Backups backups,
      Executor storage,
      Clock clock,
      Path exportDir,
      Runnable eraseRecordings,
      PendingJournal pending) {
    this.eraseRecordings = eraseRecordings;
    this.pending = pending;
    this.records = records;
    this.backups = backups;
    this.storage = storage;
    this.clock = clock;
    this.exportDir = exportDir;
  }

  @Override
  public CompletableFuture<History> load(int perPage, int chartWidth, int chartHeight) {
    return on(
        () ->
            new History(
                records.history().nights(0, perPage),
                records.history().nightCount(),
                records.aftercareNeeds(),
                records.chart(chartWidth, chartHeight)));
  }

  @Override
  public CompletableFuture<java.util.List<dev.attune.session.NightSummary>> nights(
      int offset, int limit) {
    return on(() -> records.history().nights(offset, limit));
  }

  @Override
  public CompletableFuture<Path> exportCsv() {
    return on(
        () -> {
          Path file = free("attune-answers-" + LocalDate.now(clock), ".csv");
          records.exportCsv(file, false);
          return file;
        });
  }

  @Override
  public CompletableFuture<Path> report() {
    return on(
        () -> {
          Path file = free("attune-report-" + LocalDate.now(clock), ".pdf");
          records.report(file, false);
          return file;
        });
  }

  /**
   * A name in the export folder that nothing has yet: {@code base.ext}, else {@code base-2.ext} and
   * on. An export never writes over a file.
   */
  private Path free(String base, String ext) {
    Path file = exportDir.resolve(base + ext);
    for (int n = 2;
        java.nio.file.Files.exists(file, java.nio.file.LinkOption.NOFOLLOW_LINKS);
        n++) {
      file = exportDir.resolve(base + "-" + n + ext);
    }
    return file;
  }

  @Override
  public CompletableFuture<java.util.List<Path>> exportsLeft() {
    return on(records::exportsLeft);
  }

  @Override
  public CompletableFuture<Void> deleteNight(long nightId) {
    return erase(() -> pending.forgetCheckIns(records.erasure().deleteNight(nightId)));
  }

  @Override
  public CompletableFuture<Void> deletePerson(long personId) {
    return erase(
        () -> {
          pending.forgetPerson(personId);
          records.erasure().deletePerson(personId);
        });
  }

  @Override
  public CompletableFuture<Void> deleteEverything() {
    return erase(
        () -> {
          pending.forgetAll();
          records.erasure().deleteEverything();
          records.erasure().deleteSetAside();
          eraseRecordings.run();
        });
  }

  @Override
  public CompletableFuture<Optional<LastAnswers>> lastBefore() {
    return on(() -> records.history().lastBefore());
  }

  @Override
  public CompletableFuture<Optional<LastAnswers>> lastAftercare() {
    return on(() -> records.history().lastAftercare());
  }

  @Override
  public CompletableFuture<java.util.List<Backup>> backups() {
    return on(
        () -> backups.list().stream().map(b -> new Backup(b.date().toString(), b.file())).toList());
  }

  @Override
  public CompletableFuture<Void> restoreOnNextStart(Backup backup) {
    return on(
        () -> {
          RestoreRequest.write(records.database().file().getParent(), backup.file());
          return null;
        });
  }

  @Override
  public void followUpOffered(String afterCheckInId) {
    on(() -> {
          new SqliteFollowUp(records.database()).offered(afterCheckInId);
          return null;
        })
        .whenComplete(
            (done, error) -> {
              if (error != null) {
                // Worst case the follow-up is offered once more; say why, never what was said.
                LOG.warning("could not note the follow-up offer: " + error.getMessage());
              }
            });
  }

  private CompletableFuture<Void> erase(Runnable delete) {
    return on(
        () -> {
          delete.run();
          records.erasure().deleteBackups(backups);
          backups.daily(records.database());
          return null;
        });
  }

  private <T> CompletableFuture<T> on(Supplier<T> work) {
    return CompletableFuture.supplyAsync(work, storage);
  }
}
