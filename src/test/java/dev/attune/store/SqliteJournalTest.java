package dev.attune.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.attune.session.Outcome;
import dev.attune.session.Person;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteJournalTest {
  @TempDir Path dir;

  static final Instant NINE_PM = Instant.parse("2026-11-25T21:00:00Z");

  static List<String> rows(Database db, String sql) throws SQLException {
    List<String> rows = new ArrayList<>();
    try (PreparedStatement s = db.connection().prepareStatement(sql);
        ResultSet rs = s.executeQuery()) {
      int columns = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        StringBuilder row = new StringBuilder();
        for (int i = 1; i <= columns; i++) {
          row.append(i > 1 ? "|" : "").append(rs.getString(i));
        }
        rows.add(row.toString());
      }
    }
    return rows;
  }

  @Test
  void answers_arePersisted_andSurviveReopening() throws Exception {
    try (Database db = Database.open(dir)) {
      Person sam = new SqlitePeople(db, Clock.systemUTC()).add("Sam", true);
      SqliteJournal journal = new SqliteJournal(db);
      journal.begin("c1", "before", List.of(sam), NINE_PM);
      journal.answer("c1", sam.id(), "pain_level", List.of("mild"), NINE_PM);
      journal.answer("c1", sam.id(), "pain_where", List.of("vulva", "lower_left"), NINE_PM);
      journal.finish("c1", Outcome.COMPLETED, NINE_PM.plusSeconds(60));
    }
    try (Database db = Database.open(dir)) {
      assertEquals(
          List.of("1|pain_level|mild", "1|pain_where|lower_left", "1|pain_where|vulva"),
          rows(db, "SELECT person_id, prompt_id, option_id FROM answer ORDER BY 2, 3"));
      assertEquals(List.of("before|COMPLETED"), rows(db, "SELECT deck, outcome FROM checkin"));
      assertEquals(List.of("Sam|1"), rows(db, "SELECT name, has_pelvic_pain FROM person"));
    }
  }

  @Test
  void privateAnswersAnOlderAttuneKept_areForgottenAtStart_leavingNoBytes() throws Exception {
    Path file;
    try (Database db = Database.open(dir)) {
      file = db.file();
      Person sam = new SqlitePeople(db, Clock.systemUTC()).add("Sam", true);
      SqliteJournal journal = new SqliteJournal(db);
      journal.begin("c1", "before", List.of(sam), NINE_PM);
      journal.answer("c1", sam.id(), "pain_level", List.of("mild"), NINE_PM);
      journal.answer("c1", sam.id(), "want_massage", List.of("maybe"), NINE_PM);
      journal.answer("c1", sam.id(), "want_shower", List.of("skip"), NINE_PM);
      journal.settle("c1", java.util.Map.of("want_slow_kissing", "both_yes"), NINE_PM);
      assertEquals(
          2,
          SqliteJournal.forgetPrivateAnswers(
              db, List.of(new dev.attune.deck.DeckLoader().bundled("before"))));
      assertEquals(
          List.of("1|pain_level|mild", "0|want_slow_kissing|both_yes"),
          rows(db, "SELECT person_id, prompt_id, option_id FROM answer ORDER BY 2"));
    }
    for (String gone : List.of("want_massage", "want_shower")) {
      for (Path f : List.of(file, Path.of(file + "-wal"))) {
        if (java.nio.file.Files.exists(f)) {
          String bytes =
              new String(
                  java.nio.file.Files.readAllBytes(f),
                  java.nio.charset.StandardCharsets.ISO_8859_1);
          org.junit.jupiter.api.Assertions.assertFalse(
              bytes.contains(gone), gone + " is still in the bytes of " + f.getFileName());
        }
      }
    }
  }

  @Test
  void aNewAnswerToTheSamePrompt_replacesTheOld_andWithdrawRemovesIt() throws Exception {
    try (Database db = Database.open(dir)) {
      SqliteJournal journal = new SqliteJournal(db);
      journal.begin("c1", "before", List.of(), NINE_PM);
      journal.answer("c1", 1, "tools", List.of("lube"), NINE_PM);
      journal.answer("c1", 1, "tools", List.of("lube", "pillows"), NINE_PM);
      assertEquals(
          List.of("lube", "pillows"),
          rows(db, "SELECT option_id FROM answer WHERE prompt_id = 'tools' ORDER BY 1"));
      journal.withdraw("c1", 1, "tools");
      assertEquals(List.of(), rows(db, "SELECT option_id FROM answer"));
    }
  }

  @Test
  void beforeSignalsAndAfter_withinTwelveHours_shareOneNight() throws Exception {
    try (Database db = Database.open(dir)) {
      SqliteJournal journal = new SqliteJournal(db);
      journal.begin("before", "before", List.of(), NINE_PM);
      journal.signal("slower", NINE_PM.plusSeconds(1200));
      journal.begin("after", "after", List.of(), NINE_PM.plusSeconds(3600));
      journal.begin("next", "before", List.of(), NINE_PM.plusSeconds(13 * 3600));
      assertEquals(
          List.of("after|1", "before|1", "next|2"),
          rows(db, "SELECT id, night_id FROM checkin ORDER BY id"));
      assertEquals(List.of("slower|1"), rows(db, "SELECT signal_id, night_id FROM signal"));
    }
  }
}
