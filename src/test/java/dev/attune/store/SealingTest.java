package dev.attune.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.attune.deck.Deck;
import dev.attune.deck.DeckLoader;
import dev.attune.session.Journal;
import dev.attune.session.Outcome;
import dev.attune.session.Person;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A passphrase seals what people said: every read gives the same as before, the files hold none of
 * it, and it opens again only with the passphrase.
 */
class SealingTest {
  @TempDir Path dir;

  static final char[] PASS = "a long walk on the beach".toCharArray();
  static final Instant FROM = Instant.parse("2025-01-01T20:00:00Z");

  List<Deck> decks;
  Vault.Wrapped wrapped;

  @BeforeEach
  void decks() throws Exception {
    DeckLoader loader = new DeckLoader();
    decks = new ArrayList<>();
    for (String name : List.of("before", "during", "after", "followup")) {
      decks.add(loader.bundled(name));
    }
  }

  /** Everything the app reads, as text. */
  String reads(Database db) {
    SqliteHistory history = new SqliteHistory(db, decks);
    List<String> answers = new ArrayList<>();
    history.forEachAnswer(a -> answers.add(a.toString()));
    return String.join(
        "\n",
        history.nights().toString(),
        history.painSeries().toString(),
        history.aftercareNeeds().toString(),
        history.aftercareNeedsByPerson().toString(),
        history.lastBefore().toString(),
        history.lastAftercare().toString(),
        new SqlitePeople(db, Clock.systemUTC()).all().toString(),
        SqliteJournal.unfinished(db, FROM).toString(),
        String.valueOf(answers.size()),
        answers.toString());
  }

  /** Words that must never be found in the files: names, the decks' words, decks and outcomes. */
  Set<String> secrets() {
    Set<String> words = new TreeSet<>(List.of("Robin", "Alex", "Zebediah"));
    words.addAll(dev.attune.OnDisk.deckWords(decks));
    words.addAll(List.of("before", "after", "COMPLETED", "NOT_TODAY", "slower"));
    return words;
  }

  List<String> foundOnDisk() throws Exception {
    return dev.attune.OnDisk.find(dir, secrets());
  }

  static Vault.KeyParams cheap() {
    return VaultTest.cheap();
  }

  @Test
  void sealing_keepsEveryReadTheSame_andLeavesNoWordOnDisk() throws Exception {
    String plain;
    try (Database db = Database.open(dir)) {
      new SampleData(decks, 7).generate(db, 120, FROM, Duration.ofDays(200));
      plain = reads(db);
      assertFalse(foundOnDisk().isEmpty(), "the test can see words on disk");
      Vault vault = Vault.create(PASS, cheap());
      wrapped = vault.wrapped();
      db.protect(vault);
      assertTrue(db.sealed());
      assertEquals(plain, reads(db), "unlocked, every read is as before");
    }
    assertEquals(List.of(), foundOnDisk(), "nothing anyone said is on disk");
    try (Database db = Database.open(dir)) {
      assertFalse(db.unlocked(), "a sealed database opens locked");
      assertTrue(Vault.open("wrong".toCharArray(), db.wrapped().orElseThrow()).isEmpty());
      assertEquals(
          List.of(), db.unlock(Vault.open(PASS, db.wrapped().orElseThrow()).orElseThrow()));
      assertEquals(plain, reads(db), "unlocked again, every read is as before");
      db.lock();
      assertFalse(db.unlocked());
      SqliteJournal journal = new SqliteJournal(db);
      StoreException refused =
          org.junit.jupiter.api.Assertions.assertThrows(
              StoreException.class,
              () -> journal.answer("late", 1, "pain_level", List.of("mild"), FROM));
      assertTrue(
          String.valueOf(refused.getCause()).contains("Attune is locked"), refused.toString());
      assertTrue(
          new SqlitePeople(db, Clock.systemUTC()).all().stream().allMatch(p -> p.name().isEmpty()),
          "locked, no name can be read");
    }
  }

  @Test
  void everyWrite_isSealedAsItHappens_andDeletesReachTheDisk() throws Exception {
    Person zeb;
    try (Database db = Database.open(dir)) {
      db.protect(Vault.create(PASS, cheap()));
      SqlitePeople people = new SqlitePeople(db, Clock.systemUTC());
      zeb = people.add("Zebediah", true);
      Person sam = people.add("Sam", false);
      SqliteJournal journal = new SqliteJournal(db);
      journal.person(new Person(sam.id(), "Robin", false), FROM);
      journal.begin("c1", "before", List.of(zeb, sam), FROM);
      journal.answer("c1", zeb.id(), "pain_level", List.of("moderate"), FROM);
      journal.answer("c1", zeb.id(), "pain_where", List.of("vulva_opening", "inside"), FROM);
      journal.withdraw("c1", zeb.id(), "pain_where");
      journal.answer("c1", sam.id(), "partner_worries", List.of("causing_pain"), FROM);
      journal.answer("c1", Journal.TOGETHER, "stop_word", List.of("traffic_lights"), FROM);
      journal.settle("c1", java.util.Map.of("want_massage", "both_yes"), FROM);
      journal.signal("slower", FROM.plusSeconds(60));
      journal.finish("c1", Outcome.COMPLETED, FROM.plusSeconds(120));
      journal.begin("c2", "after", List.of(zeb, sam), FROM.plusSeconds(3600));
      journal.answer(
          "c2", zeb.id(), "needs_now", List.of("water", "blanket"), FROM.plusSeconds(3601));
      journal.begin("c3", "before", List.of(zeb), FROM.plus(Duration.ofDays(3)));
      journal.answer(
          "c3", zeb.id(), "pain_level", List.of("severe"), FROM.plus(Duration.ofDays(3)));
      new Erasure(db).deletePerson(sam.id());
      assertEquals("[Person[id=1, name=Zebediah, hasPelvicPain=true]]", people.all().toString());
    }
    assertEquals(List.of(), foundOnDisk(), "nothing anyone said is on disk");
    try (Database db = Database.open(dir)) {
      db.unlock(Vault.open(PASS, db.wrapped().orElseThrow()).orElseThrow());
      assertEquals(
          List.of(
              "c1|0|stop_word|traffic_lights",
              "c1|0|want_massage|both_yes",
              "c1|1|pain_level|moderate",
              "c2|1|needs_now|blanket",
              "c2|1|needs_now|water",
              "c3|1|pain_level|severe"),
          SqliteJournalTest.rows(
              db,
              "SELECT checkin_id, person_id, prompt_id, option_id FROM answer ORDER BY 1, 2, 3, 4"));
      assertEquals(
          List.of("before|COMPLETED", "after|null", "before|null"),
          SqliteJournalTest.rows(db, "SELECT deck, outcome FROM checkin ORDER BY started_at"));
      assertEquals(List.of("slower"), SqliteJournalTest.rows(db, "SELECT signal_id FROM signal"));
      long night =
          Long.parseLong(
              SqliteJournalTest.rows(db, "SELECT night_id FROM checkin WHERE id = 'c1'").get(0));
      new Erasure(db).deleteNight(night);
      assertEquals(
          List.of("c3|1|pain_level|severe"),
          SqliteJournalTest.rows(
              db, "SELECT checkin_id, person_id, prompt_id, option_id FROM answer"));
      assertEquals(List.of(), SqliteJournalTest.rows(db, "SELECT * FROM signal"));
      assertEquals(
          List.of("1"),
          SqliteJournalTest.rows(db, "SELECT COUNT(*) FROM main.sealed_answer"),
          "the night's sealed answers went with it");
    }
  }

  @Test
  void aSignalGivenWhileLocked_isHeldWithoutAWord_andSavedOnceUnlocked() throws Exception {
    try (Database db = Database.open(dir)) {
      db.protect(Vault.create(PASS, cheap()));
      db.lock();
      PendingJournalTest.Told told = new PendingJournalTest.Told();
      PendingJournal journal = new PendingJournal(new SqliteJournal(db), told);
      journal.signal("red", FROM); // the board works from the lock screen
      assertEquals(1, journal.pending());
      assertEquals(List.of(), told.messages, "nothing is wrong, so nothing is said");
      db.unlock(Vault.open(PASS, db.wrapped().orElseThrow()).orElseThrow());
      assertTrue(journal.retry());
      assertEquals(List.of("red"), SqliteJournalTest.rows(db, "SELECT signal_id FROM signal"));
      assertEquals(List.of(), told.messages);
    }
  }

  @Test
  void aFullDiskWithAPassphrase_holdsTheAnswers_andSavesThemSealedOnceThereIsRoom()
      throws Exception {
    List<String> said = new ArrayList<>();
    try (Database db = Database.open(dir)) {
      db.protect(Vault.create(PASS, cheap()));
      SqlitePeople people = new SqlitePeople(db, Clock.systemUTC());
      Person zeb = people.add("Zebediah", true);
      PendingJournalTest.Told told = new PendingJournalTest.Told();
      PendingJournal journal = new PendingJournal(new SqliteJournal(db), told);
      journal.begin("c1", "before", List.of(zeb), FROM);
      int pages = Integer.parseInt(SqliteJournalTest.rows(db, "PRAGMA page_count").get(0));
      PendingJournalTest.pragma(db, "PRAGMA max_page_count = " + (pages + 2));
      for (int n = 0; n < 400 && told.messages.isEmpty(); n++) {
        String prompt = "pain_level_" + n;
        said.add("c1|1|" + prompt + "|moderate");
        journal.answer("c1", zeb.id(), prompt, List.of("moderate"), FROM.plusSeconds(n));
      }
      assertEquals(
          List.of("cannot: " + PendingJournal.cannotSave(dev.attune.disk.Cause.FULL, false)),
          told.messages);
      assertTrue(journal.pending() > 0, "answers are held");
      PendingJournalTest.pragma(db, "PRAGMA max_page_count = 1073741823");
      assertTrue(journal.retry());
      assertEquals("again: " + PendingJournal.SAVED_AGAIN, told.messages.get(1));
    }
    try (Database db = Database.open(dir)) {
      db.unlock(Vault.open(PASS, db.wrapped().orElseThrow()).orElseThrow());
      List<String> kept =
          SqliteJournalTest.rows(
              db, "SELECT checkin_id, person_id, prompt_id, option_id FROM answer ORDER BY rowid");
      assertEquals(said, kept, "every answer, in order, none lost");
    }
    assertEquals(List.of(), foundOnDisk(), "and all of them sealed");
  }

  @Test
  void aDamagedValue_isNamed_andEverythingElseOpens() throws Exception {
    try (Database db = Database.open(dir)) {
      new SampleData(decks, 7).generate(db, 5, FROM, Duration.ofDays(10));
      db.protect(Vault.create(PASS, cheap()));
      // One answer's sealed bytes changed on disk, one person's cut short.
      SqliteJournalTest.rows(db, "SELECT 1"); // the connection is alive
      try (var s = db.connection().createStatement()) {
        s.executeUpdate(
            "UPDATE main.sealed_answer SET sealed = zeroblob(length(sealed))"
                + " WHERE id = (SELECT MIN(id) FROM main.sealed_answer)");
        s.executeUpdate("UPDATE main.person SET sealed = substr(sealed, 1, 10) WHERE id = 2");
      }
      int answers =
          Integer.parseInt(
              SqliteJournalTest.rows(db, "SELECT COUNT(*) FROM main.sealed_answer").get(0));
      db.lock();
      List<String> damaged = db.unlock(Vault.open(PASS, db.wrapped().orElseThrow()).orElseThrow());
      assertEquals(2, damaged.size(), damaged.toString());
      assertTrue(damaged.get(0).startsWith("person 2"), damaged.toString());
      assertTrue(damaged.get(1).startsWith("answer "), damaged.toString());
      assertEquals(
          List.of(String.valueOf(answers - 1)),
          SqliteJournalTest.rows(db, "SELECT COUNT(*) FROM answer"),
          "every other answer opened");
      assertEquals(
          List.of("1|Robin", "2|"),
          SqliteJournalTest.rows(db, "SELECT id, name FROM person ORDER BY id"),
          "the damaged person keeps its place, blank, so its id is never given to someone new");
      assertEquals(
          "3", String.valueOf(new SqlitePeople(db, Clock.systemUTC()).add("Sam", false).id()));
    }
  }

  @Test
  void takingThePassphraseAway_givesBackThePlainDatabase() throws Exception {
    try (Database db = Database.open(dir)) {
      new SampleData(decks, 7).generate(db, 30, FROM, Duration.ofDays(60));
      String plain = reads(db);
      db.protect(Vault.create(PASS, cheap()));
      db.unprotect();
      assertFalse(db.sealed());
      assertEquals(plain, reads(db));
      assertEquals(
          List.of("0"), SqliteJournalTest.rows(db, "SELECT COUNT(*) FROM main.sealed_answer"));
      assertEquals(
          List.of("0"),
          SqliteJournalTest.rows(db, "SELECT COUNT(*) FROM main.person WHERE sealed IS NOT NULL"));
    }
  }
}
