package dev.attune.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {
  @TempDir Path dir;

  record Run(int code, String out, String err) {}

  static Run run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        Main.run(
            args,
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(
        code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void unknownOption_printsUsageAndExits2() {
    Run r = run("--frobnicate");
    assertEquals(2, r.code());
    assertTrue(r.err().contains("--frobnicate"), r.err());
    assertTrue(r.err().contains("java -jar target/attune.jar [options]"), r.err());
  }

  @Test
  void exportWithAPassphrase_asksForIt_andWritesOnlyWhenItMatches() throws Exception {
    Path data = sealedData("kiwi boat");
    Path csv = dir.resolve("answers.csv");
    String[] args = {"--data-dir", data.toString(), "--export-csv", csv.toString()};
    for (java.util.Optional<char[]> typed :
        List.of(java.util.Optional.<char[]>empty(), java.util.Optional.of("kiwi".toCharArray()))) {
      ByteArrayOutputStream err = new ByteArrayOutputStream();
      int code =
          Main.run(
              args,
              new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
              new PrintStream(err, true, StandardCharsets.UTF_8),
              () -> typed);
      assertEquals(1, code);
      assertTrue(
          err.toString(StandardCharsets.UTF_8)
              .contains(typed.isEmpty() ? "locked with a passphrase" : "does not match"),
          err.toString(StandardCharsets.UTF_8));
      assertFalse(java.nio.file.Files.exists(csv), "nothing written");
    }
    int code =
        Main.run(
            args,
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
            () -> java.util.Optional.of("kiwi boat".toCharArray()));
    assertEquals(0, code);
    String written = java.nio.file.Files.readString(csv);
    assertTrue(written.contains("Robin"), "the answers, with names, once unlocked");
    assertTrue(written.lines().count() > 20, written);
  }

  @Test
  void exportWithAPassphraseFile_readsItsFirstLine_andRefusesAFileOthersCanRead() throws Exception {
    Path data = sealedData("kiwi boat");
    Path csv = dir.resolve("answers.csv");
    Path pass = dir.resolve("pass");
    java.nio.file.Files.writeString(pass, "kiwi boat\nignored second line\n");
    java.nio.file.Files.setPosixFilePermissions(
        pass, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
    String[] args = {
      "--data-dir",
      data.toString(),
      "--export-csv",
      csv.toString(),
      "--passphrase-file",
      pass.toString()
    };
    Run open = run(args);
    assertEquals(1, open.code());
    assertTrue(open.err().contains(pass.toString()), open.err());
    assertTrue(open.err().contains("can be read by other accounts"), open.err());
    assertFalse(java.nio.file.Files.exists(csv), "nothing written");

    java.nio.file.Files.setPosixFilePermissions(
        pass, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
    Run r = run(args);
    assertEquals(0, r.code(), r.err());
    assertTrue(java.nio.file.Files.readString(csv).contains("Robin"));

    java.nio.file.Files.writeString(pass, "kiwi\n");
    Run wrong = run("--force", args[0], args[1], args[2], args[3], args[4], args[5]);
    assertEquals(1, wrong.code());
    assertTrue(wrong.err().contains("does not match"), wrong.err());

    Run missing =
        run(
            "--data-dir",
            data.toString(),
            "--report",
            dir.resolve("r.pdf").toString(),
            "--passphrase-file",
            dir.resolve("nowhere").toString());
    assertEquals(1, missing.code());
    assertTrue(missing.err().contains("There is no passphrase file at"), missing.err());

    Run alone = run("--passphrase-file", pass.toString());
    assertEquals(2, alone.code(), "only for an export");
    assertTrue(alone.err().contains("only for --export-csv and --report"), alone.err());
  }

  @Test
  void anExport_readsOnly_thenNotesWhereItWrote_andMakesNothingElse() throws Exception {
    Path data = dir.resolve("data");
    try (dev.attune.store.Database db = dev.attune.store.Database.open(data)) {
      new dev.attune.store.SampleData(List.copyOf(HistoryExportTest.decks().values()), 3)
          .generate(
              db, 5, java.time.Instant.parse("2026-01-01T20:00:00Z"), java.time.Duration.ofDays(5));
    }
    java.util.Set<String> before = sha256s(data).keySet();
    String answers = answers(data);
    Run r = run("--data-dir", data.toString(), "--export-csv", dir.resolve("a.csv").toString());
    assertEquals(0, r.code(), r.err());
    assertEquals("", r.err());
    Run pdf = run("--data-dir", data.toString(), "--report", dir.resolve("a.pdf").toString());
    assertEquals(0, pdf.code(), pdf.err());
    assertEquals(before, sha256s(data).keySet(), "no file made or removed in the data folder");
    assertEquals(answers, answers(data), "what was said is as it was");
    try (dev.attune.store.Database db = dev.attune.store.Database.open(data)) {
      assertEquals(
          List.of(dir.resolve("a.csv"), dir.resolve("a.pdf")),
          new dev.attune.store.SqliteExports(db).all(),
          "each export noted, for Delete everything to name");
    }
  }

  @Test
  void anExport_readsWhatIsStillOnlyInTheLog() throws Exception {
    Path data = dir.resolve("data");
    try (dev.attune.store.Database db = dev.attune.store.Database.open(data)) {
      new dev.attune.store.SampleData(List.copyOf(HistoryExportTest.decks().values()), 3)
          .generate(
              db, 2, java.time.Instant.parse("2026-01-01T20:00:00Z"), java.time.Duration.ofDays(5));
    }
    // Another connection keeps the log from being folded in, as a killed Attune leaves it.
    try (java.sql.Connection c =
            java.sql.DriverManager.getConnection("jdbc:sqlite:" + data.resolve("attune.db"));
        java.sql.Statement s = c.createStatement()) {
      s.execute("PRAGMA wal_autocheckpoint = 0");
      s.execute(
          "INSERT INTO answer SELECT checkin_id, person_id, 'tools', 'only-in-the-log',"
              + " answered_at FROM answer LIMIT 1");
      assertTrue(java.nio.file.Files.size(data.resolve("attune.db-wal")) > 0);
      Run r = run("--data-dir", data.toString(), "--export-csv", dir.resolve("a.csv").toString());
      assertEquals(0, r.code(), r.err());
      assertTrue(
          java.nio.file.Files.readString(dir.resolve("a.csv")).contains("only-in-the-log"),
          "an answer still in the log is exported");
    }
  }

  /** Every answer row, as text. */
  private static String answers(Path data) throws Exception {
    try (java.sql.Connection c =
            java.sql.DriverManager.getConnection("jdbc:sqlite:" + data.resolve("attune.db"));
        java.sql.Statement s = c.createStatement();
        java.sql.ResultSet rs = s.executeQuery("SELECT * FROM answer ORDER BY rowid")) {
      StringBuilder b = new StringBuilder();
      while (rs.next()) {
        for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
          b.append(rs.getString(i)).append('|');
        }
        b.append('\n');
      }
      return b.toString();
    }
  }

  @Test
  void anExportFromADamagedDatabase_saysSo_andLeavesItAsItWas() throws Exception {
    Path data = java.nio.file.Files.createDirectories(dir.resolve("data"));
    java.nio.file.Files.write(data.resolve("attune.db"), new byte[8192]); // not a database
    java.util.Map<String, String> before = sha256s(data);
    Run r = run("--data-dir", data.toString(), "--export-csv", dir.resolve("a.csv").toString());
    assertEquals(1, r.code());
    assertTrue(r.err().contains(data.resolve("attune.db") + ", because it is damaged."), r.err());
    assertFalse(r.err().contains("SQLITE") || r.err().contains("Exception"), r.err());
    assertEquals(before, sha256s(data), "not moved aside, not replaced: an export only reads");
    assertFalse(java.nio.file.Files.exists(dir.resolve("a.csv")));
  }

  @Test
  void aLongBadValue_isShownCut() {
    Run mode = run("--mode", "x".repeat(5000));
    assertEquals(2, mode.code());
    assertTrue(mode.err().lines().allMatch(l -> l.length() < 400), "no line echoes it whole");
    Run deck = run("--print-deck", "y".repeat(5000));
    assertEquals(2, deck.code());
    assertTrue(deck.err().length() < 400, deck.err());
    assertTrue(deck.err().contains("The decks are before, during, after, followup."), deck.err());
  }

  /** Every file in {@code folder} with its sha256. */
  static java.util.Map<String, String> sha256s(Path folder) throws Exception {
    java.util.Map<String, String> sums = new java.util.TreeMap<>();
    try (var files = java.nio.file.Files.list(folder)) {
      for (Path f : files.toList()) {
        byte[] digest =
            java.security.MessageDigest.getInstance("SHA-256")
                .digest(java.nio.file.Files.readAllBytes(f));
        sums.put(f.getFileName().toString(), java.util.HexFormat.of().formatHex(digest));
      }
    }
    return sums;
  }

  /** A data folder with five nights, sealed with {@code passphrase}. */
  Path sealedData(String passphrase) throws Exception {
    Path data = dir.resolve("data");
    try (dev.attune.store.Database db = dev.attune.store.Database.open(data)) {
      new dev.attune.store.SampleData(List.copyOf(HistoryExportTest.decks().values()), 3)
          .generate(
              db, 5, java.time.Instant.parse("2026-01-01T20:00:00Z"), java.time.Duration.ofDays(5));
      db.protect(
          dev.attune.store.Vault.create(
              passphrase.toCharArray(),
              new dev.attune.store.Vault.KeyParams(new byte[16], 64, 1, 1)));
    }
    return data;
  }

  @Test
  void helpAndVersion_exit0() {
    assertTrue(run("--help").out().contains("--print-deck"));
    Run version = run("--version");
    assertEquals(0, version.code());
    assertTrue(version.out().matches("Attune \\d+\\.\\d+\\.\\d+\\s*"), version.out());
  }

  @Test
  void printDeck_printsAPaperGuide() {
    Run r = run("--print-deck", "before");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().startsWith("BEFORE"), r.out());
    assertTrue(r.out().contains("1. How"), r.out());
    assertTrue(r.out().contains("[ ] "), r.out());
    assertTrue(r.out().contains("Or: Skip, or Not today."), r.out());
    assertTrue(r.out().contains("Only if \""), "conditions are explained");
  }

  @Test
  void printDeck_ofTheBoard_listsItsPhrases() {
    Run r = run("--print-deck", "during");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("[ ] Pause"), r.out());
  }

  @Test
  void printDeck_unknown_isAClearErrorWithExit2() {
    Run r = run("--print-deck", "someday");
    assertEquals(2, r.code());
    assertTrue(r.err().contains("'someday'"), r.err());
    assertTrue(r.err().contains("before, during, after, followup"), r.err());
  }

  @Test
  void exportAudio_writesAWavPerPromptAndOption_andAnIndex() throws Exception {
    Path out = dir.resolve("audio");
    Run r = run("--export-audio", "after", out.toString());
    assertEquals(0, r.code(), r.err());
    List<String> index = java.nio.file.Files.readAllLines(out.resolve("index.tsv"));
    long wavs;
    try (var files = java.nio.file.Files.list(out)) {
      wavs = files.filter(f -> f.toString().endsWith(".wav")).count();
    }
    assertEquals(index.size(), wavs, "one index line per WAV");
    assertTrue(index.contains("body_now.wav\tHow does your body feel right now?"), index::toString);
    assertTrue(
        index.stream().anyMatch(l -> l.startsWith("breathing.start.wav\t")), index::toString);
  }

  @Test
  void exportAudio_ofAnUnknownDeck_isAUsageError() {
    Run r = run("--export-audio", "someday", dir.toString());
    assertEquals(2, r.code());
    assertTrue(r.err().contains("'someday'"), r.err());
  }

  @Test
  void exportCsvAndReport_workWithoutAWindow_andLeaveOutThePrivateRound() throws Exception {
    try (dev.attune.store.Database db = dev.attune.store.Database.open(dir)) {
      dev.attune.store.SqliteJournal journal = new dev.attune.store.SqliteJournal(db);
      dev.attune.session.Person sam = new dev.attune.session.Person(1, "Sam", true);
      java.time.Instant at = java.time.Instant.parse("2026-11-20T21:00:00Z");
      journal.person(sam, at);
      journal.begin("c1", "before", List.of(sam), at);
      journal.answer("c1", 1, "pain_level", List.of("mild"), at);
      journal.answer("c1", 1, "want_massage", List.of("no"), at);
      journal.finish("c1", dev.attune.session.Outcome.COMPLETED, at);
    }
    Path csv = dir.resolve("answers.csv");
    Path pdf = dir.resolve("report.pdf");
    Run r =
        run(
            "--data-dir",
            dir.toString(),
            "--export-csv",
            csv.toString(),
            "--report",
            pdf.toString());
    assertEquals(0, r.code(), r.err());
    String text = java.nio.file.Files.readString(csv);
    assertTrue(text.contains("pain_level"), text);
    assertFalse(text.contains("want_massage"), "the private round is never exported: " + text);
    assertTrue(java.nio.file.Files.size(pdf) > 1000, "a PDF was written");
  }

  @org.junit.jupiter.api.Nested
  class SafeExports {
    Path data;

    @org.junit.jupiter.api.BeforeEach
    void aDataFolder() {
      data = dir.resolve("data");
      dev.attune.store.Database.open(data).close();
    }

    @Test
    void aFileThatIsThere_isKept_unlessForced() throws Exception {
      Path csv = java.nio.file.Files.writeString(dir.resolve("mine.csv"), "my own notes");
      Run r = run("--data-dir", data.toString(), "--export-csv", csv.toString());
      assertEquals(1, r.code());
      assertTrue(r.err().contains(csv.toString()) && r.err().contains("--force"), r.err());
      assertEquals("my own notes", java.nio.file.Files.readString(csv), "kept");
      Run forced = run("--data-dir", data.toString(), "--export-csv", csv.toString(), "--force");
      assertEquals(0, forced.code(), forced.err());
      assertTrue(java.nio.file.Files.readString(csv).startsWith("date_time"), "replaced");
      try (var files = java.nio.file.Files.list(dir)) {
        assertTrue(
            files.noneMatch(f -> f.getFileName().toString().endsWith(".partial")),
            "no temporary file left");
      }
    }

    @Test
    void aLink_isNeverWrittenThrough_evenForced() throws Exception {
      Path target = java.nio.file.Files.writeString(dir.resolve("precious.txt"), "precious");
      Path link = java.nio.file.Files.createSymbolicLink(dir.resolve("report.pdf"), target);
      Run r = run("--data-dir", data.toString(), "--report", link.toString(), "--force");
      assertEquals(1, r.code());
      assertTrue(r.err().contains("is a link"), r.err());
      assertEquals("precious", java.nio.file.Files.readString(target));
      assertTrue(java.nio.file.Files.isSymbolicLink(link));
    }

    @Test
    void aFolderWithNoAttuneData_isNotMade_andNothingIsWritten() {
      Path typo = dir.resolve("atune-data");
      Path csv = dir.resolve("empty.csv");
      Run r = run("--data-dir", typo.toString(), "--export-csv", csv.toString());
      assertEquals(1, r.code());
      assertTrue(r.err().contains("holds no Attune data"), r.err());
      assertFalse(java.nio.file.Files.exists(typo), "the mistyped folder is not made");
      assertFalse(java.nio.file.Files.exists(csv));
    }

    @Test
    void aRepeatedOption_exits2_andNamesIt() {
      Run r = run("--data-dir", data.toString(), "--export-csv", "a.csv", "--export-csv", "b.csv");
      assertEquals(2, r.code());
      assertTrue(r.err().contains("--export-csv is given twice"), r.err());
    }

    /** One line for people: the cause in words, no failure's class name, no stack trace. */
    String refused(String... args) {
      Run r = run(args);
      assertEquals(1, r.code(), r.err());
      assertTrue(r.err().startsWith("attune: "), r.err());
      assertEquals(1, r.err().lines().count(), r.err());
      assertFalse(r.err().contains("Exception"), r.err());
      assertFalse(r.err().contains("\tat "), r.err());
      assertTrue(r.err().length() < 600, r.err());
      assertEquals("", r.out());
      return r.err().strip();
    }

    @Test
    void aFolderGivenAsTheFile_saysItIsAFolder_evenForced() throws Exception {
      for (String option : List.of("--export-csv", "--report")) {
        String example = option.equals("--report") ? "attune-report.pdf" : "attune-answers.csv";
        String what = option.equals("--report") ? "the report" : "the CSV export";
        assertEquals(
            "attune: / is a folder, not a file. Give "
                + what
                + " a file name, such as ~/"
                + example
                + ".",
            refused("--data-dir", data.toString(), option, "/", "--force"));
        String said = refused("--data-dir", data.toString(), option, dir.toString());
        assertTrue(said.startsWith("attune: " + dir + " is a folder, not a file."), said);
        assertTrue(said.contains(dir.resolve(example).toString()), said);
        assertEquals(
            said, refused("--data-dir", data.toString(), option, dir.toString(), "--force"));
      }
    }

    @Test
    void anEmptyFileName_isAUsageError() {
      Run r = run("--data-dir", data.toString(), "--export-csv", "", "--force");
      assertEquals(2, r.code());
      assertTrue(r.err().startsWith("attune: --export-csv needs a file\n"), r.err());
    }

    @Test
    void aMissingFolder_namesTheFile_andSaysWhy() {
      Path pdf = dir.resolve("not-made").resolve("report.pdf");
      assertEquals(
          "attune: Attune could not write the report "
              + pdf
              + ", because its folder is not there. Check the path, or make the folder first.",
          refused("--data-dir", data.toString(), "--report", pdf.toString()));
      assertFalse(java.nio.file.Files.exists(pdf.getParent()));
    }

    @Test
    void aHugeArgument_isNotEchoedWhole() {
      Run r = run("x".repeat(100_000));
      assertEquals(2, r.code());
      assertTrue(r.err().length() < 3_000, "cut: " + r.err().length() + " characters");
    }
  }

  /** A real child JVM with no DISPLAY: one plain line, no stack trace, a non-zero exit. */
  @Test
  void withoutADisplay_saysSoInOneLine() throws Exception {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add("dev.attune.app.Main");
    command.add("--data-dir");
    command.add(dir.toString());
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().remove("DISPLAY");
    builder.environment().remove("WAYLAND_DISPLAY");
    Process process = builder.start();
    assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the child process finished");
    String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(1, process.exitValue(), err);
    assertTrue(err.startsWith("Attune needs a desktop display"), err);
    assertEquals(1, err.strip().lines().count(), err);
    assertFalse(err.contains("Exception"), err);
  }

  /** A display that is named but dead: one line, exit 1, no data folder made. */
  @Test
  void aDisplayThatCannotBeReached_saysSoInOneLine_andMakesNothing() throws Exception {
    Path data = dir.resolve("not-made");
    ProcessBuilder builder =
        new ProcessBuilder(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-cp",
            System.getProperty("java.class.path"),
            "dev.attune.app.Main",
            "--data-dir",
            data.toString());
    builder.environment().put("DISPLAY", ":777"); // xvfb-run -a takes :99 and up
    builder.environment().remove("WAYLAND_DISPLAY");
    Process process = builder.start();
    assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the child process finished");
    String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(1, process.exitValue(), err);
    assertTrue(err.contains("cannot reach the desktop display (DISPLAY=:777)"), err);
    assertEquals(1, err.strip().lines().count(), err);
    assertFalse(java.nio.file.Files.exists(data), "nothing made");
  }
}
