package dev.attune.report;

import dev.attune.deck.Deck;
import dev.attune.session.AnswerRow;
import dev.attune.session.Names;
import dev.attune.session.Person;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.apache.commons.csv.CSVFormat;

/**
 * Writes answers as CSV, one chosen option a row, as they come (nothing is held in memory).
 * Private-round answers are dropped even if handed in.
 *
 * <pre>{@code
 * try (CsvExport csv = new CsvExport(writer, decks, people, zone)) {
 *   history.forEachAnswer(csv::write);
 * }
 * }</pre>
 */
public final class CsvExport implements AutoCloseable {
  public static final List<String> COLUMNS =
      List.of(
          "date_time",
          "night",
          "checkin",
          "deck",
          "person",
          "prompt_id",
          "prompt_text",
          "option_id",
          "option_label");

  /** What is written, in messages. */
  static final String WHAT = "the CSV export";

  /** The file name suggested when a folder is given. */
  static final String EXAMPLE = "attune-answers.csv";

  private static final DateTimeFormatter ISO_LOCAL = DateTimeFormatter.ISO_LOCAL_DATE_TIME;

  // CSVFormat's own printRecord, not CSVPrinter: that class carries SpotBugs annotations whose
  // jar is not on the class path, and javac warns (-Werror) on loading it.
  private static final CSVFormat FORMAT = CSVFormat.RFC4180;

  private final Writer out;
  private final Labels labels;
  private final Names names;
  private final ZoneId zone;

  /** The file being written, when opened on one; {@code null} for a given writer. */
  private final SafeFile file;

  /**
   * @param out where the CSV goes; closed with this export
   * @param zone the time zone the local date and time are written in
   * @throws ReportException when the header cannot be written
   */
  public CsvExport(Writer out, Collection<Deck> decks, List<Person> people, ZoneId zone) {
    this(out, decks, people, zone, null);
  }

  private CsvExport(
      Writer out, Collection<Deck> decks, List<Person> people, ZoneId zone, SafeFile file) {
    this.labels = new Labels(decks);
    this.names = new Names(people);
    this.zone = Objects.requireNonNull(zone, "zone");
    this.file = file;
    this.out = Objects.requireNonNull(out, "out");
    try {
      FORMAT.printRecord(out, COLUMNS.toArray());
    } catch (IOException e) {
      throw failed(e);
    }
  }

  /**
   * Starts a UTF-8 CSV file, owner-only from birth, under a temporary name: {@link #finish} moves
   * it into place, and closing without finishing throws it away.
   *
   * @param replace whether a file already there may be replaced (a link never is)
   * @throws ReportException naming the file
   */
  public static CsvExport open(
      Path file, boolean replace, Collection<Deck> decks, List<Person> people, ZoneId zone) {
    SafeFile safe = SafeFile.create(file, replace, WHAT, EXAMPLE);
    Writer out =
        new java.io.BufferedWriter(
            new java.io.OutputStreamWriter(safe.stream(), StandardCharsets.UTF_8));
    try {
      return new CsvExport(out, decks, people, zone, safe);
    } catch (RuntimeException e) {
      safe.close();
      throw e;
    }
  }

  /** As {@link #open(Path, boolean, Collection, List, ZoneId)}, replacing a file that is there. */
  public static CsvExport open(
      Path file, Collection<Deck> decks, List<Person> people, ZoneId zone) {
    return open(file, true, decks, people, zone);
  }

  /** Every row is written: the file takes its name. Without this, closing throws it away. */
  public void finish() {
    try {
      out.flush();
      if (file != null) {
        file.commit();
      }
    } catch (IOException e) {
      throw failed(e);
    }
  }

  /**
   * Writes one row, unless it belongs to the private round.
   *
   * @throws ReportException when writing fails
   */
  public void write(AnswerRow row) {
    if (!labels.shareable(row.deckId(), row.promptId(), row.optionId())) {
      return;
    }
    LocalDateTime local =
        LocalDateTime.ofInstant(row.answeredAt(), zone).truncatedTo(ChronoUnit.SECONDS);
    try {
      FORMAT.printRecord(
          out,
          ISO_LOCAL.format(local),
          row.nightId(),
          row.checkInId(),
          row.deckId(),
          names.of(row.personId()),
          row.promptId(),
          labels.promptText(row.deckId(), row.promptId()),
          row.optionId(),
          labels.option(row.deckId(), row.promptId(), row.optionId()));
    } catch (IOException | UncheckedIOException e) {
      throw failed(e);
    }
  }

  /**
   * @throws ReportException when the last rows cannot be written
   */
  @Override
  public void close() {
    if (file != null) {
      file.close(); // after finish, nothing; before it, the half-written file goes
      return;
    }
    try {
      out.close();
    } catch (IOException e) {
      throw failed(e);
    }
  }

  /** "Attune could not write the CSV export /x/y.csv, because the disk is full. Free…" */
  private ReportException failed(Exception e) {
    return file == null ? ReportException.cannotWrite(WHAT, e) : file.failed(e);
  }
}
