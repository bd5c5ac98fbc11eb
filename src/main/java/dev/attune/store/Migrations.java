package dev.attune.store;

import java.util.List;

/**
 * The schema, one step per version. Version N is reached by running step N-1 on a database whose
 * {@code PRAGMA user_version} is N-1. Steps are append-only: never edit a released one.
 */
final class Migrations {
  private Migrations() {}

  static final List<List<String>> STEPS =
      List.of(
          List.of(
              "CREATE TABLE person ("
                  + " id INTEGER PRIMARY KEY,"
                  + " name TEXT NOT NULL DEFAULT '',"
                  + " has_pelvic_pain INTEGER NOT NULL DEFAULT 0,"
                  + " voice TEXT,"
                  + " created_at INTEGER NOT NULL)",
              "CREATE TABLE night (id INTEGER PRIMARY KEY, started_at INTEGER NOT NULL)",
              "CREATE TABLE checkin ("
                  + " id TEXT PRIMARY KEY,"
                  + " night_id INTEGER NOT NULL REFERENCES night(id) ON DELETE CASCADE,"
                  + " deck TEXT NOT NULL,"
                  + " started_at INTEGER NOT NULL,"
                  + " finished_at INTEGER,"
                  + " outcome TEXT)",
              "CREATE TABLE checkin_person ("
                  + " checkin_id TEXT NOT NULL REFERENCES checkin(id) ON DELETE CASCADE,"
                  + " person_id INTEGER NOT NULL,"
                  + " turn INTEGER NOT NULL,"
                  + " PRIMARY KEY (checkin_id, person_id))",
              "CREATE TABLE answer ("
                  + " checkin_id TEXT NOT NULL REFERENCES checkin(id) ON DELETE CASCADE,"
                  + " person_id INTEGER NOT NULL,"
                  + " prompt_id TEXT NOT NULL,"
                  + " option_id TEXT NOT NULL,"
                  + " answered_at INTEGER NOT NULL,"
                  + " PRIMARY KEY (checkin_id, person_id, prompt_id, option_id))",
              "CREATE TABLE signal ("
                  + " id INTEGER PRIMARY KEY,"
                  + " night_id INTEGER NOT NULL REFERENCES night(id) ON DELETE CASCADE,"
                  + " signal_id TEXT NOT NULL,"
                  + " at INTEGER NOT NULL)",
              "CREATE TABLE setting (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
              "CREATE INDEX checkin_night ON checkin(night_id)",
              "CREATE INDEX signal_night ON signal(night_id)"),
          // 2: History reads a few prompts across years of answers (pain, regions, tools).
          List.of(
              "CREATE INDEX answer_prompt ON answer(prompt_id, checkin_id)",
              "CREATE INDEX checkin_deck ON checkin(deck, started_at)"),
          // 3: a passphrase seals what people said (Sealing): the wrapped key, and sealed columns.
          List.of(
              "CREATE TABLE vault (id INTEGER PRIMARY KEY CHECK (id = 1), salt BLOB NOT NULL,"
                  + " memory_kib INTEGER NOT NULL, iterations INTEGER NOT NULL,"
                  + " lanes INTEGER NOT NULL, wrapped BLOB NOT NULL)",
              "ALTER TABLE person ADD COLUMN sealed BLOB",
              "ALTER TABLE checkin ADD COLUMN sealed BLOB",
              "ALTER TABLE signal ADD COLUMN sealed BLOB",
              "CREATE TABLE sealed_answer (id INTEGER PRIMARY KEY,"
                  + " checkin_id TEXT NOT NULL REFERENCES checkin(id) ON DELETE CASCADE,"
                  + " person_id INTEGER NOT NULL, answered_at INTEGER NOT NULL,"
                  + " sealed BLOB NOT NULL)",
              "CREATE INDEX sealed_answer_checkin ON sealed_answer(checkin_id)"),
          // 4: the exports Attune wrote, outside its folder, for "delete everything" to name.
          List.of("CREATE TABLE export_file (path TEXT PRIMARY KEY)"),
          // 5: each held-answers file saved, by its id, in the same transaction as its calls: a
          // file left by a kill between that commit and its deletion is never saved twice.
          List.of("CREATE TABLE held_applied (id TEXT PRIMARY KEY)"));

  static int latest() {
    return STEPS.size();
  }
}
