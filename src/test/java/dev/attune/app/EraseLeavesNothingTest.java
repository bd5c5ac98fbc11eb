package dev.attune.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.attune.deck.Deck;
import dev.attune.session.Journal;
import dev.attune.session.Outcome;
import dev.attune.session.Person;
import dev.attune.store.Backups;
import dev.attune.store.Database;
import dev.attune.store.PendingJournal;
import dev.attune.store.SqliteJournal;
import dev.attune.store.SqlitePeople;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Without a passphrase, each delete leaves nothing of what it deleted in any file of the data
 * folder: the database, its journal files, the backups, the logs. Read byte by byte.
 */
class EraseLeavesNothingTest {
  static final Instant NIGHT = Instant.parse("2026-11-20T21:00:00Z");
  static final Clock CLOCK = Clock.fixed(NIGHT.plus(Duration.ofDays(3)), ZoneOffset.UTC);

  @TempDir Path dataDir;
  @TempDir Path exports;

  List<String> onDisk(Set<String> words) throws Exception {
    return dev.attune.OnDisk.find(dataDir, words);
  }

  @Test
  void aNight_aPerson_andEverything_leaveNoBytesBehind() throws Exception {
    Map<String, Deck> decks = HistoryExportTest.decks();
    try (Database db = Database.open(dataDir)) {
      SqlitePeople people = new SqlitePeople(db, CLOCK);
      Person zeb = people.add("Zebediah", true);
      Person quin = people.add("Quinlan", false);
      SqliteJournal journal = new SqliteJournal(db);
      for (String id : List.of("night-one-QUOKKA", "night-two-WOMBAT")) {
        Instant at = id.startsWith("night-one") ? NIGHT : NIGHT.plus(Duration.ofDays(1));
        journal.begin(id, "before", List.of(zeb, quin), at);
        journal.answer(id, zeb.id(), "pain_level", List.of("moderate"), at);
        journal.answer(id, zeb.id(), "pain_where", List.of("vulva_opening"), at);
        journal.answer(id, quin.id(), "partner_worries", List.of("causing_pain"), at);
        journal.answer(id, Journal.TOGETHER, "stop_word", List.of("traffic_lights"), at);
        journal.signal("slower", at.plusSeconds(60));
        journal.finish(id, Outcome.COMPLETED, at.plusSeconds(120));
      }
      Backups backups = new Backups(dataDir, CLOCK);
      backups.daily(db);
      assertFalse(onDisk(Set.of("Quinlan", "night-one-QUOKKA")).isEmpty(), "the test can see");

      Records records = new Records(db, decks, CLOCK);
      PendingJournal pending = new PendingJournal(journal, new Quiet());
      StoredHistory history =
          new StoredHistory(records, backups, Runnable::run, CLOCK, exports, () -> {}, pending);
      long first = records.history().nights().get(1).nightId(); // newest first: [1] is night one
      history.deleteNight(first).join();
      assertEquals(List.of(), onDisk(Set.of("night-one-QUOKKA")), "the night is gone everywhere");

      history.deletePerson(quin.id()).join();
      assertEquals(
          List.of(), onDisk(Set.of("Quinlan", "causing_pain")), "the person is gone everywhere");

      history.deleteEverything().join();
      assertEquals(List.of(), onDisk(secrets(decks)), "nothing is left anywhere");
    }
  }

  static Set<String> secrets(Map<String, Deck> decks) {
    Set<String> words = new TreeSet<>(List.of("Zebediah", "Quinlan", "night-two-WOMBAT", "slower"));
    words.addAll(dev.attune.OnDisk.deckWords(decks.values()));
    return words;
  }

  private static final class Quiet implements PendingJournal.Listener {
    @Override
    public void cannotSave(String message, RuntimeException cause) {}

    @Override
    public void savedAgain(String message) {}
  }
}
