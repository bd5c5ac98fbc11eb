package dev.attune.app;

import java.io.IOException;
import java.io.UncheckedIOException;
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
    CommandLine line;
    try {
      line = new DefaultParser(false).parse(options(), args);
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
      try {
        mode = Optional.of(Mode.valueOf(value.toUpperCase(Locale.ROOT)));
      } catch (IllegalArgumentException e) {
        throw new UsageException(
            "--mode must be direct or scanning, not '" + shown(value) + "'", e);
      }
    }
    Optional<Path> dataDir = Optional.empty();
    if (line.hasOption("data-dir")) {
      String value = line.getOptionValue("data-dir");
      if (value.isBlank()) {
        throw new UsageException("--data-dir needs a folder");
      }
      dataDir = Optional.of(Path.of(value));
    }
    Optional<ExportAudio> exportAudio = Optional.empty();
    if (line.hasOption("export-audio")) {
      String[] values = line.getOptionValues("export-audio");
      if (values == null || values.length != 2) {
        throw new UsageException("--export-audio needs a deck name and a folder");
      }
      exportAudio = Optional.of(new ExportAudio(values[0], Path.of(values[1])));
    }
    Optional<Path> passphraseFile =
        Optional.ofNullable(line.getOptionValue("passphrase-file")).map(Path::of);
    if (passphraseFile.isPresent() && !line.hasOption("export-csv") && !line.hasOption("report")) {
      throw new UsageException(
          "--passphrase-file is only for --export-csv and --report. The window asks for the"
              + " passphrase itself.");
    }
    return new Arguments(
        dataDir,
        mode,
        Optional.ofNullable(line.getOptionValue("print-deck")),
        exportAudio,
        Optional.ofNullable(line.getOptionValue("export-csv")).map(Path::of),
        Optional.ofNullable(line.getOptionValue("report")).map(Path::of),
        line.hasOption("force"),
        passphraseFile,
        line.hasOption("help"),
        line.hasOption("version"));
  }

  /** A value as a message shows it: cut to 200 characters, so a pasted page is not echoed. */
  static String shown(String value) {
    return value.length() <= 200 ? value : value.substring(0, 200) + "…";
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
