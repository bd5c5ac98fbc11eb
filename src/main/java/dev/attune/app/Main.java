package dev.attune.app;

import dev.attune.deck.Deck;
import dev.attune.deck.DeckException;
import dev.attune.deck.DeckLoader;
import dev.attune.report.ReportException;
import dev.attune.speech.AudioExport;
import dev.attune.speech.AudioExportException;
import dev.attune.speech.VoiceProfiles;
import dev.attune.store.Database;
import dev.attune.store.StoreException;
import java.awt.GraphicsEnvironment;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Starts Attune from the command line. Exit codes: 0 done, 1 could not run (no display, data
 * folder, damaged files), 2 bad command line.
 */
public final class Main {
  static final int OK = 0;
  static final int FAILED = 1;
  static final int USAGE = 2;

  private Main() {}

  public static void main(String[] args) {
    Logs.quietConsole();
    int code = run(args, System.out, System.err);
    if (code != OK || !App.isRunning()) {
      System.exit(code);
    }
  }

  /** Everything but the process exit, so tests can run it. */
  static int run(String[] args, PrintStream out, PrintStream err) {
    return run(args, out, err, Main::askPassphrase);
  }

  /**
   * @param passphrase asks for the passphrase when the data is locked with one; empty when none
   *     could be asked
   */
  static int run(
      String[] args,
      PrintStream out,
      PrintStream err,
      java.util.function.Supplier<java.util.Optional<char[]>> passphrase) {
    Arguments arguments;
    try {
      arguments = Arguments.parse(args);
    } catch (Arguments.UsageException e) {
      err.println("attune: " + e.getMessage());
      err.print(Arguments.usage());
      return USAGE;
    }
    if (arguments.help()) {
      out.print(Arguments.usage());
      return OK;
    }
    if (arguments.version()) {
      out.println("Attune " + Version.get());
      return OK;
    }
    if (arguments.printDeck().isPresent()) {
      return printDeck(arguments.printDeck().get(), out, err);
    }
    if (arguments.exportAudio().isPresent()) {
      return exportAudio(arguments.exportAudio().get(), out, err);
    }
    if (arguments.exportCsv().isPresent() || arguments.report().isPresent()) {
      if (arguments.passphraseFile().isPresent()) {
        Path file = arguments.passphraseFile().get();
        return export(arguments, out, err, () -> PassphraseFile.read(file));
      }
      return export(arguments, out, err, passphrase);
    }
    if (GraphicsEnvironment.isHeadless()) {
      err.println(
          "Attune needs a desktop display, and none was found. Start it from a desktop session"
              + " (or with DISPLAY set); --print-deck works without one.");
      return FAILED;
    }
    try {
      // A display that is named but cannot be reached: one line, and nothing made yet.
      GraphicsEnvironment.getLocalGraphicsEnvironment().getScreenDevices();
    } catch (java.awt.AWTError | java.awt.HeadlessException | LinkageError e) {
      err.println(
          "attune: Attune cannot reach the desktop display"
              + Optional.ofNullable(System.getenv("DISPLAY"))
                  .map(d -> " (DISPLAY=" + Arguments.shown(d) + ")")
                  .orElse("")
              + ". Start it from a desktop session; --print-deck works without one.");
      return FAILED;
    }
    Path dataDir = arguments.dataDir().orElseGet(DataDirectory::current);
    return start(dataDir, arguments.mode().orElse(null), App.Parts.REAL, err);
  }

  /**
   * Opens the window, or says in one line why it cannot: start is all or nothing, so nothing is
   * left open after a failure.
   */
  static int start(Path dataDir, Arguments.Mode mode, App.Parts parts, PrintStream err) {
    try {
      App.start(dataDir, mode, parts);
      return OK;
    } catch (StoreException e) {
      err.println("attune: " + e.getMessage());
      return FAILED;
    } catch (DeckException e) {
      err.println("attune: a deck inside Attune is damaged: " + e.getMessage());
      return FAILED;
    } catch (RuntimeException e) {
      // A fault inside Attune: where it happened is in the log; its words may hold what was said.
      err.println(
          "attune: Attune could not start, because of a fault inside it. Nothing you said is lost."
              + " Its log, in "
              + dataDir.toAbsolutePath()
              + ", says where it happened.");
      return FAILED;
    }
  }

  private static int exportAudio(Arguments.ExportAudio request, PrintStream out, PrintStream err) {
    if (!DeckLoader.BUNDLED.contains(request.deck())) {
      err.println(noSuchDeck(request.deck()));
      return USAGE;
    }
    Deck deck;
    try {
      deck = new DeckLoader().bundled(request.deck());
    } catch (DeckException e) {
      err.println("attune: a deck inside Attune is damaged: " + e.getMessage());
      return FAILED;
    }
    try {
      int written =
          AudioExport.export(
              AudioExportCommand.items(deck), request.dir(), VoiceProfiles.bundledDefault());
      out.println(
          "Wrote "
              + written
              + " WAV files and "
              + AudioExport.INDEX
              + " to "
              + request.dir().toAbsolutePath());
      return OK;
    } catch (AudioExportException e) {
      err.println("attune: " + e.getMessage());
      return FAILED;
    }
  }

  /**
   * --export-csv and --report: read the data folder (read-only, so a read-only folder can be
   * exported from), write the files, then note their paths in the database when the folder can be
   * written (so "delete everything" can name them); touch nothing else.
   */
  private static int export(
      Arguments arguments,
      PrintStream out,
      PrintStream err,
      java.util.function.Supplier<java.util.Optional<char[]>> passphrase) {
    Path dataDir = arguments.dataDir().orElseGet(DataDirectory::current);
    if (!java.nio.file.Files.isRegularFile(dataDir.resolve(Database.FILE_NAME))) {
      // A mistyped folder is not made, and no empty export is written from it.
      err.println(
          "attune: "
              + Arguments.shown(dataDir.toAbsolutePath().toString())
              + " holds no Attune data (no "
              + Database.FILE_NAME
              + "). Check the folder given with --data-dir, or leave it out for "
              + DataDirectory.current()
              + ".");
      return FAILED;
    }
    List<Path> written = new java.util.ArrayList<>();
    try (Database database = Database.openReadOnly(dataDir)) {
      if (database.sealed()) {
        java.util.Optional<String> refused = unlock(database, passphrase);
        if (refused.isPresent()) {
          err.println("attune: " + refused.get());
          return FAILED;
        }
      }
      Map<String, Deck> decks = new LinkedHashMap<>();
      for (String name : DeckLoader.BUNDLED) {
        decks.put(name, new DeckLoader().bundled(name));
      }
      Records records = new Records(database, decks, Clock.systemDefaultZone());
      if (arguments.exportCsv().isPresent()) {
        records.exportCsv(arguments.exportCsv().get(), arguments.force());
        written.add(arguments.exportCsv().get());
        out.println(
            "Wrote "
                + arguments.exportCsv().get().toAbsolutePath()
                + ". Only your account can open it, but it is not encrypted: anyone who can open"
                + " your files can read it.");
      }
      if (arguments.report().isPresent()) {
        records.report(arguments.report().get(), arguments.force());
        written.add(arguments.report().get());
        out.println(
            "Wrote "
                + arguments.report().get().toAbsolutePath()
                + ". Only your account can open it, but it is not encrypted: anyone who can open"
                + " your files can read it.");
      }
    } catch (StoreException | ReportException e) {
      note(dataDir, written, err);
      err.println("attune: " + e.getMessage());
      return FAILED;
    } catch (DeckException e) {
      err.println("attune: a deck inside Attune is damaged: " + e.getMessage());
      return FAILED;
    } catch (RuntimeException e) {
      note(dataDir, written, err);
      // A fault inside Attune: its words may hold what was said, so they are not shown.
      err.println(
          "attune: the export stopped because of a fault inside Attune. Your data is as it was."
              + " If a file was asked for, check whether it was written before using it.");
      return FAILED;
    }
    note(dataDir, written, err);
    return OK;
  }

  /**
   * Notes the exports written, for "delete everything" to name, once the read-only database is
   * closed. A folder that cannot be written is left as it is, and the person is told that these
   * files will not be named.
   */
  private static void note(Path dataDir, List<Path> written, PrintStream err) {
    if (written.isEmpty()) {
      return;
    }
    if (!java.nio.file.Files.isWritable(dataDir)) {
      err.println(
          "attune: the data folder is read-only, so \"Delete everything\" in Attune will not name"
              + " this export. Delete it yourself when you no longer need it.");
      return;
    }
    try (Database database = Database.openToNote(dataDir)) {
      for (Path file : written) {
        new dev.attune.store.SqliteExports(database).written(file);
      }
    } catch (StoreException e) {
      err.println("attune: " + e.getMessage());
    }
  }

  /**
   * Unlocks a database sealed with a passphrase, typed at the terminal.
   *
   * @return why it could not be unlocked, or empty when it is
   */
  private static java.util.Optional<String> unlock(
      Database database, java.util.function.Supplier<java.util.Optional<char[]>> passphrase) {
    java.util.Optional<char[]> typed;
    try {
      typed = passphrase.get();
    } catch (PassphraseFile.Unusable e) {
      return java.util.Optional.of(e.getMessage());
    }
    if (typed.isEmpty()) {
      return java.util.Optional.of(
          "Attune's data in "
              + database.file().getParent()
              + " is locked with a passphrase, so nothing was written. Run this in a terminal,"
              + " where it can be typed, or give it with --passphrase-file FILE.");
    }
    try {
      java.util.Optional<dev.attune.store.Vault> vault;
      try {
        vault = dev.attune.store.Vault.open(typed.get(), database.wrapped().orElseThrow());
      } catch (IllegalArgumentException damaged) {
        return java.util.Optional.of(
            "The passphrase record in "
                + Arguments.shown(database.file().toString())
                + " is damaged, so the locked answers cannot be opened. Nothing was written. In"
                + " Attune, Settings › Restore a backup brings back a copy from before.");
      }
      if (vault.isEmpty()) {
        return java.util.Optional.of(
            "That passphrase does not match, so nothing was written. Try again.");
      }
      java.util.List<String> damaged = database.unlock(vault.get());
      if (!damaged.isEmpty()) {
        System.err.println(
            "attune: "
                + damaged.size()
                + (damaged.size() == 1 ? " piece" : " pieces")
                + " of the data could not be opened, because it was changed on disk. Everything"
                + " else is exported. Settings › Restore a backup brings back a copy from before.");
      }
      return java.util.Optional.empty();
    } finally {
      java.util.Arrays.fill(typed.get(), '\0');
    }
  }

  /** The passphrase from the terminal, without echo; empty when there is no terminal. */
  private static java.util.Optional<char[]> askPassphrase() {
    java.io.Console console = System.console();
    if (console == null) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.ofNullable(console.readPassword("Attune's passphrase: "));
  }

  /**
   * "attune: there is no deck called …": the name cut to 200 characters, and the decks there are.
   */
  private static String noSuchDeck(String name) {
    return "attune: there is no deck called '"
        + Arguments.shown(name)
        + "'. The decks are "
        + String.join(", ", DeckLoader.BUNDLED)
        + ".";
  }

  private static int printDeck(String name, PrintStream out, PrintStream err) {
    if (!DeckLoader.BUNDLED.contains(name)) {
      err.println(noSuchDeck(name));
      return USAGE;
    }
    try {
      out.print(DeckPrinter.print(new DeckLoader().bundled(name)));
      return OK;
    } catch (DeckException e) {
      err.println("attune: a deck inside Attune is damaged: " + e.getMessage());
      return FAILED;
    }
  }
}
