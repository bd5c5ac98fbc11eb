package dev.attune.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.attune.speech.Speech;
import dev.attune.store.Database;
import dev.attune.store.SqlitePeople;
import dev.attune.ui.kit.Messages;
import dev.attune.ui.kit.ScreenModel;
import java.awt.event.KeyEvent;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * "Delete everything" names, shown and heard, every export Attune made that is still there: one
 * from the command line and one from History, then only the one left after the other was deleted by
 * hand. Once everything is deleted, no path is left in the data folder; the export stays. Real keys
 * in a real window, a real SQLite file.
 */
@Tag("gui")
class ExportsNamedWindowTest {
  @TempDir Path dir;

  private TrackedSpeaker voice;

  @Test
  void deleteEverything_namesTheExportsStillThere_thenLeavesNoPathBehind() throws Exception {
    Path dataDir = dir.resolve("data");
    Path home = Files.createDirectories(dir.resolve("home"));
    Path stick = Files.createDirectories(dir.resolve("stick"));
    try (Database db = Database.open(dataDir)) {
      new SqlitePeople(db, Clock.systemDefaultZone()).add("", true);
    }
    Path fromCommandLine = stick.resolve("for-my-physio.csv");
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        Main.run(
            new String[] {
              "--data-dir", dataDir.toString(), "--export-csv", fromCommandLine.toString()
            },
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            Optional::empty);
    assertEquals(0, code, err.toString(StandardCharsets.UTF_8));

    App app =
        App.start(
            dataDir,
            Arguments.Mode.DIRECT,
            App.Parts.REAL
                .withExports(home)
                .withSpeech(
                    () -> {
                      Speech.Opened real = Speech.open();
                      voice = new TrackedSpeaker(real.speaker());
                      return new Speech.Opened(voice, real.notice());
                    }));
    Path inApp;
    try {
      WindowDriver window = new WindowDriver(app);
      window.focusWindow();
      assertEquals("history", window.pressAndWaitForChange(KeyEvent.VK_4).name());
      assertEquals("export", choose(window, loaded(window), "Export").name());
      window.press(KeyEvent.VK_1); // the spreadsheet, into the home folder
      WindowDriver.waitUntil("the export is in the home folder", () -> exports(home).size() == 1);
      inApp = exports(home).get(0);
      window.pressAndWaitForChange(KeyEvent.VK_BACK_SPACE); // back to History

      String shown = askToDeleteEverything(window);
      assertEquals(
          List.of(fromCommandLine.toString(), inApp.toString()), pathsIn(shown), "both, whole");
      window.pressAndWaitForChange(KeyEvent.VK_1); // No, keep it

      Files.delete(inApp); // by hand
      shown = askToDeleteEverything(window);
      assertEquals(List.of(fromCommandLine.toString()), pathsIn(shown), "only the one still there");
      assertTrue(
          shown.contains("These exports are outside Attune's folder and are not deleted:"), shown);
      String heard = voice.heard.get(voice.heard.size() - 1);
      assertTrue(heard.contains("not deleted: " + fromCommandLine + "."), heard);
      assertFalse(heard.contains(inApp.toString()), heard);

      window.pressAndWaitForChange(KeyEvent.VK_2); // Yes, delete
      WindowDriver.waitUntil(
          "everything is deleted",
          () -> voice.heard.stream().anyMatch(h -> h.startsWith("Deleted.")));
    } finally {
      app.close();
    }
    Set<String> paths =
        Set.of(
            fromCommandLine.toString(),
            inApp.toString(),
            "for-my-physio",
            inApp.getFileName().toString());
    assertEquals(List.of(), dev.attune.OnDisk.find(dataDir, paths), "no path is left");
    assertTrue(Files.exists(fromCommandLine), "Attune does not delete an export");
  }

  /** History, Delete, Everything: what is shown under the question. */
  private static String askToDeleteEverything(WindowDriver window) {
    assertEquals("delete", choose(window, loaded(window), "Delete").name());
    ScreenModel confirm = window.pressAndWaitForChange(KeyEvent.VK_2); // Everything (1: you)
    assertEquals("confirm", confirm.name());
    assertTrue(confirm.text().startsWith("Delete everything"), confirm.text());
    return confirm.caption();
  }

  /** History, once read: until then a press would be taken, and the screen change under it. */
  private static ScreenModel loaded(WindowDriver window) {
    WindowDriver.waitUntil(
        "History is read",
        () ->
            window.model().name().equals("history")
                && !window.model().text().equals(Messages.get("history.loading")));
    return window.awaitReady();
  }

  private static ScreenModel choose(WindowDriver window, ScreenModel screen, String label) {
    for (int i = 0; i < screen.buttons().size(); i++) {
      if (screen.buttons().get(i).label().equals(label)) {
        return window.pressAndWaitForChange(KeyEvent.VK_1 + i);
      }
    }
    throw new AssertionError("no " + label + " on " + screen);
  }

  /** The lines that are paths: one a line. */
  private static List<String> pathsIn(String shown) {
    return Stream.of(shown.split("\n")).filter(line -> line.startsWith("/")).toList();
  }

  /** The exports in a folder, without the hidden file an export is written under first. */
  private static List<Path> exports(Path folder) throws Exception {
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(f -> !f.getFileName().toString().startsWith(".")).toList();
    }
  }
}
