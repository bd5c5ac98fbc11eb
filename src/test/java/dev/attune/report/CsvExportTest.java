package dev.attune.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.attune.session.AnswerRow;
import dev.attune.session.Journal;
import dev.attune.session.Person;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvExportTest {
  static final Instant AT = Instant.parse("2026-11-25T21:00:05.250Z");
  static final ZoneId KOLKATA = ZoneId.of("Asia/Kolkata");
  static final List<Person> PEOPLE =
      List.of(new Person(1, "Robin, \"R\"", true), new Person(2, "", false));

  @TempDir Path dir;

  static AnswerRow row(long person, String prompt, String option) {
    return new AnswerRow(AT, 7, "c1", "before", person, prompt, option);
  }

  static List<CSVRecord> parse(String csv) throws IOException {
    try (CSVParser parser =
        CSVFormat.RFC4180
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .get()
            .parse(new StringReader(csv))) {
      assertEquals(CsvExport.COLUMNS, parser.getHeaderNames());
      return parser.getRecords();
    }
  }

  @Test
  @org.junit.jupiter.api.condition.EnabledOnOs({
    org.junit.jupiter.api.condition.OS.LINUX,
    org.junit.jupiter.api.condition.OS.MAC
  })
  void theFile_isTheOwnersOnly_fromBirth_andWhenItReplacesAnOpenOne() throws IOException {
    Path fresh = dir.resolve("fresh.csv");
    Path open = Files.writeString(dir.resolve("open.csv"), "old");
    Files.setPosixFilePermissions(
        open, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
    for (Path file : List.of(fresh, open)) {
      try (CsvExport csv = CsvExport.open(file, Decks.bundled(), PEOPLE, KOLKATA)) {
        csv.write(row(1, "pain_where", "lower_left"));
        csv.finish();
      }
      assertEquals(
          "rw-------",
          java.nio.file.attribute.PosixFilePermissions.toString(
              Files.getPosixFilePermissions(file)),
          file.getFileName().toString());
    }
  }

  @Test
  void everyColumn_readsBack_withNamesLabelsAndLocalTime() throws IOException {
    StringWriter out = new StringWriter();
    try (CsvExport csv = new CsvExport(out, Decks.bundled(), PEOPLE, KOLKATA)) {
      csv.write(row(1, "pain_where", "lower_left"));
      csv.write(row(2, "partner_worries", "skip"));
      csv.write(row(Journal.TOGETHER, "stop_word", "traffic_lights"));
    }

    List<CSVRecord> records = parse(out.toString());

    assertEquals(3, records.size());
    CSVRecord first = records.get(0);
    assertEquals("2026-11-26T02:30:05", first.get("date_time"));
    assertEquals("7", first.get("night"));
    assertEquals("c1", first.get("checkin"));
    assertEquals("before", first.get("deck"));
    assertEquals("Robin, \"R\"", first.get("person"));
    assertEquals("pain_where", first.get("prompt_id"));
    assertEquals("Where do you feel it?", first.get("prompt_text"));
    assertEquals("lower_left", first.get("option_id"));
    assertEquals("Lower left side", first.get("option_label"));
    assertEquals("partner two", records.get(1).get("person"));
    assertEquals("Skip", records.get(1).get("option_label"));
    assertEquals("together", records.get(2).get("person"));
    assertEquals("Traffic lights", records.get(2).get("option_label"));
  }

  @Test
  void privateRoundAnswers_areNeverWritten_evenIfHandedIn() throws IOException {
    StringWriter out = new StringWriter();
    try (CsvExport csv = new CsvExport(out, Decks.bundled(), PEOPLE, KOLKATA)) {
      csv.write(row(1, "want_massage", "no"));
      csv.write(row(2, "want_shower", "maybe"));
      csv.write(row(2, "some_removed_prompt", "yes"));
      csv.write(row(1, "tools", "lube"));
    }

    List<CSVRecord> records = parse(out.toString());

    assertEquals(1, records.size());
    assertEquals("lube", records.get(0).get("option_id"));
  }

  @Test
  void openedOnAFile_writesUtf8() throws IOException {
    Path file = dir.resolve("answers.csv");
    try (CsvExport csv =
        CsvExport.open(file, Decks.bundled(), List.of(new Person(1, "Zoë", true)), KOLKATA)) {
      csv.write(row(1, "pain_level", "mild"));
      csv.finish();
    }
    List<CSVRecord> records = parse(Files.readString(file, StandardCharsets.UTF_8));
    assertEquals("Zoë", records.get(0).get("person"));
    assertEquals("Mild", records.get(0).get("option_label"));
  }

  @Test
  void aFailingWriter_isReportedAsAReportException() {
    Writer broken =
        new Writer() {
          @Override
          public void write(char[] buffer, int offset, int length) throws IOException {
            throw new IOException("disk full");
          }

          @Override
          public void flush() {}

          @Override
          public void close() {}
        };
    ReportException e =
        assertThrows(
            ReportException.class, () -> new CsvExport(broken, Decks.bundled(), PEOPLE, KOLKATA));
    plain(e.getMessage());
  }

  @Test
  void aFullDisk_isToldAsFull_withWhatToDo() {
    Writer full =
        new Writer() {
          @Override
          public void write(char[] buffer, int offset, int length) throws IOException {
            throw new IOException("No space left on device");
          }

          @Override
          public void flush() {}

          @Override
          public void close() {}
        };
    ReportException e =
        assertThrows(
            ReportException.class, () -> new CsvExport(full, Decks.bundled(), PEOPLE, KOLKATA));
    assertEquals(
        "Attune could not write the CSV export, because the disk is full. Free some space on that"
            + " disk, then try again.",
        e.getMessage());
  }

  /** A message for people: a cause in plain words, no failure's class name, not a page long. */
  static String plain(String message) {
    assertTrue(message.contains(", because ") || message.contains(" is "), message);
    assertFalse(message.contains("Exception"), message);
    assertFalse(message.contains("\n\tat "), message);
    assertTrue(message.length() < 600, message.length() + " characters: " + message);
    return message;
  }

  ReportException refused(Path file, boolean replace) {
    ReportException e =
        assertThrows(
            ReportException.class,
            () -> {
              try (CsvExport csv =
                  CsvExport.open(file, replace, Decks.bundled(), PEOPLE, KOLKATA)) {
                csv.finish();
              }
            });
    plain(e.getMessage());
    return e;
  }

  @Test
  void aFolderGivenAsTheFile_isToldAsAFolder_withOrWithoutReplacing() throws IOException {
    for (boolean replace : List.of(false, true)) {
      String said = refused(dir, replace).getMessage();
      assertEquals(
          dir
              + " is a folder, not a file. Give the CSV export a file name, such as "
              + dir.resolve("attune-answers.csv")
              + ".",
          said);
    }
    try (var files = Files.list(dir)) {
      assertEquals(0, files.count(), "nothing is made in it");
    }
  }

  @Test
  void theRootFolder_isAFolder_notAFailureInsideAttune() {
    Path root = dir.getRoot();
    for (boolean replace : List.of(false, true)) {
      assertEquals(
          root
              + " is a folder, not a file. Give the CSV export a file name, such as"
              + " ~/attune-answers.csv.",
          refused(root, replace).getMessage());
    }
  }

  @Test
  void anEmptyName_saysItIsEmpty() {
    assertEquals(
        "The file name given for the CSV export is empty. Give it a file name, such as"
            + " ~/attune-answers.csv.",
        refused(Path.of(""), true).getMessage());
  }

  @Test
  void aMissingFolder_isNamed_andNothingIsMade() {
    Path file = dir.resolve("not-made").resolve("answers.csv");
    assertEquals(
        "Attune could not write the CSV export "
            + file
            + ", because its folder is not there. Check the path, or make the folder first.",
        refused(file, false).getMessage());
    assertFalse(Files.exists(file.getParent()));
  }

  @Test
  void aFileWhereAFolderShouldBe_isToldSo() throws IOException {
    Path notAFolder = Files.writeString(dir.resolve("notes.txt"), "mine");
    Path file = notAFolder.resolve("answers.csv");
    String said = refused(file, true).getMessage();
    assertTrue(
        said.startsWith("Attune could not write the CSV export " + file + ", because "), said);
    assertTrue(said.contains("part of the path is a file, not a folder"), said);
    assertEquals("mine", Files.readString(notAFolder));
  }

  @Test
  void aLongPath_isCutTo200Characters() throws IOException {
    Path deep = dir;
    while (deep.toString().length() < 400) {
      deep = deep.resolve("a-folder-of-many-letters");
    }
    Path file = deep.resolve("answers.csv");
    String said = refused(file, true).getMessage();
    assertTrue(said.contains(file.toString().substring(0, 200) + "…"), said);
    assertFalse(said.contains(file.toString()), said);
  }

  @Test
  void aNameTooLongForTheDisk_isToldSo_andLeavesNoTemporaryFile() throws IOException {
    Path file = dir.resolve("a".repeat(300) + ".csv");
    String said = refused(file, true).getMessage();
    assertTrue(said.contains(", because its name is longer than the disk allows"), said);
    try (var files = Files.list(dir)) {
      assertEquals(0, files.count(), "no .partial file is left");
    }
  }
}
