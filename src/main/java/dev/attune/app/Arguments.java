package dev.attune.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.DefaultParser;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.apache.commons.cli.ParseException;
import org.apache.commons.cli.help.HelpFormatter;
import org.apache.commons.cli.help.TextHelpAppendable;

/**
 * The command line, parsed and checked.
 *
 * @param dataDir from {@code --data-dir}, else empty for the per-user default
 * @param mode the interaction mode to start in; empty keeps the stored setting
 * @param printDeck a deck to print as a paper guide, then exit
 * @param force an export may replace a file that is there (never a link)
 * @param passphraseFile where an export reads the passphrase, instead of asking at the terminal
 */
public record Arguments(
    Optional<Path> dataDir,
    Optional<Mode> mode,
    Optional<String> printDeck,
    Optional<ExportAudio> exportAudio,
    Optional<Path> exportCsv,
    Optional<Path> report,
    boolean force,
    Optional<Path> passphraseFile,
    boolean help,
    boolean version) {

  /** {@code --export-audio NAME DIR}. */
  public record ExportAudio(String deck, Path dir) {}

  /** How options are chosen. */
  public enum Mode {
    DIRECT,
    SCANNING
  }

  /** A command line that cannot be used; the message says which value is wrong. */
  public static final class UsageException extends Exception {
    private static final long serialVersionUID = 1L;

    public UsageException(String message) {
      super(message);
    }

    public UsageException(String message, Throwable cause) {
      super(message, cause);
    }
  }

  static Options options() {
    Options options = new Options();
    options.addOption(
        Option.builder()
            .longOpt("data-dir")
            .hasArg()
            .argName("DIR")
            .desc("where the database, logs and your voices live")
            .get());
    options.addOption(
        Option.builder()
            .longOpt("mode")
            .hasArg()
            .argName("direct|scanning")
            .desc("start in this interaction mode (default: as last set, else direct)")
            .get());
    options.addOption(
        Option.builder()
            .longOpt("print-deck")
            .hasArg()
            .argName("NAME")
            .desc("print a deck's prompts and options as plain text, then exit")
            .get());
    options.addOption(
        Option.builder()
            .longOpt("export-audio")
            .numberOfArgs(2)
            .argName("NAME DIR")
            .desc("write one 16 kHz mono WAV per prompt and option, and index.tsv, then exit")
            .get());
    options.addOption(
        Option.builder()
            .longOpt("export-csv")
            .hasArg()
            .argName("FILE")
            .desc("write every answer as CSV (private-round answers never), then exit")
            .get());
    options.addOption(
        Option.builder()
            .longOpt("report")
            .hasArg()
            .argName("FILE.pdf")
            .desc("write the one-page report for a clinician, then exit")
            .get());
    options.addOption(
        Option.builder()
            .longOpt("force")
            .desc("let --export-csv and --report replace a file that is there (never a link)")
            .get());
    options.addOption(
        Option.builder()
            .longOpt("passphrase-file")
            .hasArg()
            .argName("FILE")
            .desc(
                "with a passphrase set, --export-csv and --report read it from the first line of"
                    + " this file (yours only) instead of asking")
            .get());
    options.addOption(Option.builder().longOpt("help").desc("show this help, then exit").get());
    options.addOption(
        Option.builder().longOpt("version").desc("show the version, then exit").get());
    return options;
  }

  public static Arguments parse(String... args) throws UsageException {
    Options options = options();
    for (String arg : args) {
      // Commons CLI takes "-mode" as "--mode"; Attune's options take two dashes, always.
      if (arg.length() > 1 && arg.charAt(0) == '-' && arg.charAt(1) != '-') {
        String name = arg.substring(1).split("=", 2)[0];
        if (options.hasLongOption(name)) {
          throw new UsageException(
              "Unrecognized option: "
                  + shown(arg)
                  + " (options start with two dashes: --"
                  + name
                  + ")");
        }
      }
    }
    CommandLine line;
    try {
      line = new DefaultParser(false).parse(options, args);
    } catch (ParseException e) {
      throw new UsageException(shown(e.getMessage()));
    }
    if (!line.getArgList().isEmpty()) {
      throw new UsageException("Unexpected argument: " + shown(line.getArgList().get(0)));
    }
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (Option given : line.getOptions()) {
      if (!seen.add(given.getLongOpt())) {
        throw new UsageException(
            "--" + given.getLongOpt() + " is given twice. Give it once, with the value you mean.");
      }
    }
    Optional<Mode> mode = Optional.empty();
    if (line.hasOption("mode")) {
      String value = line.getOptionValue("mode");
      // Lower-cased, not upper-cased: "ſcanning" and "dırect" upper-case to the mode names.
      String lower = value.toLowerCase(Locale.ROOT);
      if (!lower.equals("direct") && !lower.equals("scanning")) {
        throw new UsageException("--mode must be direct or scanning, not '" + shown(value) + "'");
      }
      mode = Optional.of(Mode.valueOf(lower.toUpperCase(Locale.ROOT)));
    }
    Optional<Path> dataDir = Optional.empty();
    if (line.hasOption("data-dir")) {
      dataDir = Optional.of(path("data-dir", line.getOptionValue("data-dir"), "a folder"));
    }
    Optional<String> printDeck = Optional.ofNullable(line.getOptionValue("print-deck"));
    if (printDeck.isPresent() && printDeck.get().isBlank()) {
      throw new UsageException("--print-deck needs a deck name");
    }
    Optional<ExportAudio> exportAudio = Optional.empty();
    if (line.hasOption("export-audio")) {
      String[] values = line.getOptionValues("export-audio");
      if (values == null || values.length != 2 || values[0].isBlank() || values[1].isBlank()) {
        // A blank folder was the current one: the files went wherever Attune was started.
        throw new UsageException("--export-audio needs a deck name and a folder");
      }
      exportAudio =
          Optional.of(new ExportAudio(values[0], path("export-audio", values[1], "a folder")));
    }
    Optional<Path> exportCsv = Optional.empty();
    if (line.hasOption("export-csv")) {
      exportCsv = Optional.of(path("export-csv", line.getOptionValue("export-csv"), "a file"));
    }
    Optional<Path> report = Optional.empty();
    if (line.hasOption("report")) {
      report = Optional.of(path("report", line.getOptionValue("report"), "a file"));
    }
    Optional<Path> passphraseFile =
        line.hasOption("passphrase-file")
            ? Optional.of(path("passphrase-file", line.getOptionValue("passphrase-file"), "a file"))
            : Optional.<Path>empty();
    if (passphraseFile.isPresent() && !line.hasOption("export-csv") && !line.hasOption("report")) {
      throw new UsageException(
          "--passphrase-file is only for --export-csv and --report. The window asks for the"
              + " passphrase itself.");
    }
    return new Arguments(
        dataDir,
        mode,
        printDeck,
        exportAudio,
        exportCsv,
        report,
        line.hasOption("force"),
        passphraseFile,
        line.hasOption("help"),
        line.hasOption("version"));
  }

  /**
   * The path an option names: never blank (which would be the current folder), and one this system
   * can use (a NUL character, found by ArgumentsPropertiesTest, was an InvalidPathException).
   */
  private static Path path(String option, String value, String what) throws UsageException {
    if (value.isBlank()) {
      throw new UsageException("--" + option + " needs " + what);
    }
    try {
      return Path.of(value);
    } catch (InvalidPathException e) {
      throw new UsageException(
          "--"
              + option
              + " cannot use '"
              + shown(value)
              + "' as "
              + what
              + " on this system. Give another name.",
          e);
    }
  }

  /**
   * A value as a message shows it: cut to 200 characters, so a pasted page is not echoed, never
   * inside a surrogate pair, and on one line (line breaks and other control characters, such as a
   * terminal's escape, become spaces).
   */
  static String shown(String value) {
    return dev.attune.disk.Cause.shown(value);
  }

  /** The usage text, as printed for --help and after a usage error. */
  public static String usage() {
    StringBuilder out = new StringBuilder();
    HelpFormatter formatter =
        HelpFormatter.builder()
            .setShowSince(false)
            .setHelpAppendable(new TextHelpAppendable(out))
            .get();
    try {
      formatter.printHelp(
          "java -jar target/attune.jar [options]",
          "Attune: spoken check-ins before, during and after intimacy.",
          options(),
          "Keys: 1-9 choose, Enter or Space choose the focused option, R repeats,"
              + " Backspace goes back, Esc stops speech, H or F1 says the keys.",
          false);
    } catch (IOException e) {
      throw new UncheckedIOException("a StringBuilder cannot fail", e);
    }
    return out.toString();
  }
}
