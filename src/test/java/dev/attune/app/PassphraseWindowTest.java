package dev.attune.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.attune.store.Database;
import dev.attune.store.SqlitePeople;
import dev.attune.store.Vault;
import dev.attune.ui.kit.ScreenModel;
import java.awt.event.KeyEvent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * With a passphrase, a couple's whole night, played with real keys in a real window, leaves none of
 * what they said on disk: every file under the data folder is read byte by byte for their names,
 * the answers' ids and labels, the stop word and the questions' text.
 */
@Tag("gui")
class PassphraseWindowTest {
  @TempDir Path dataDir;

  static final String PASS = "quiet evening by the sea";

  @Test
  void aCouplesNight_withAPassphrase_leavesNoWordOnDisk() throws Exception {
    try (Database db = Database.open(dataDir)) {
      SqlitePeople people = new SqlitePeople(db, Clock.systemUTC());
      people.add("Zebediah", true);
      people.add("Quinlan", false);
      db.protect(Vault.create(PASS.toCharArray(), Vault.KeyParams.fresh()));
    }

    App app = App.start(dataDir, Arguments.Mode.DIRECT);
    WindowDriver window = new WindowDriver(app);
    try {
      window.focusWindow();
      assertEquals("locked", window.awaitReady().name());
      window.press(KeyEvent.VK_ENTER);
      window.type("not the one");
      WindowDriver.waitUntil(
          "a wrong passphrase is told, and Attune stays locked",
          () ->
              WindowDriver.onEdt(() -> app.controller().model())
                  .text()
                  .startsWith("That passphrase does not match"));
      assertEquals("locked", window.model().name());
      window.press(KeyEvent.VK_ENTER);
      window.type(PASS);
      WindowDriver.waitUntil(
          "the right one opens Attune",
          () -> WindowDriver.onEdt(() -> app.controller().model().name()).equals("home"));
      window.focusWindow();

      playThrough(window, KeyEvent.VK_1, "before"); // Before
      assertEquals("board", window.pressAndWaitForChange(KeyEvent.VK_2).name()); // During
      window.pressAndWaitForChange(KeyEvent.VK_2); // Slower
      assertEquals("home", window.pressAndWaitForChange(KeyEvent.VK_BACK_SPACE).name());
      playThrough(window, KeyEvent.VK_3, "after"); // After
    } finally {
      app.close();
    }

    List<String> found = dev.attune.OnDisk.find(dataDir, secrets(window));
    assertEquals(List.of(), found, "nothing anyone said is on disk");
    try (Stream<Path> files = Files.walk(dataDir.resolve("backups"))) {
      assertTrue(files.anyMatch(Files::isRegularFile), "a backup was made, and searched");
    }
  }

  /** Home, a check-in with the key {@code home}, every question answered, the summary, Home. */
  private static void playThrough(WindowDriver window, int home, String deck) {
    ScreenModel screen = window.pressAndWaitForChange(home);
    if (screen.name().equals("who")) {
      screen = window.pressAndWaitForChange(KeyEvent.VK_1); // both of us
    }
    while (!screen.name().equals("summary")) {
      if (screen.curtained()) {
        screen = window.pressAndWaitForChange(KeyEvent.VK_ENTER);
        continue;
      }
      assertTrue(screen.name().startsWith("prompt:"), "expected a prompt, not " + screen);
      String prompt = screen.name().substring("prompt:".length());
      int key = KeyEvent.VK_2;
      if (prompt.startsWith("want_")) {
        key = KeyEvent.VK_1; // yes, both of them
      } else if (window.deck(deck).prompt(prompt).orElseThrow().multi()) {
        window.pressAndWaitForChange(KeyEvent.VK_1);
        key = KeyEvent.VK_1 + indexOf(window.model(), "Done");
      }
      screen = window.pressAndWaitForChange(key);
    }
    assertFalse(screen.text().isEmpty());
    assertEquals("home", window.pressAndWaitForChange(KeyEvent.VK_2).name()); // Home
  }

  private static int indexOf(ScreenModel screen, String label) {
    for (int i = 0; i < screen.buttons().size(); i++) {
      if (screen.buttons().get(i).label().equals(label)) {
        return i;
      }
    }
    throw new AssertionError("no " + label + " on " + screen);
  }

  /** The names, and the words of the three decks played. */
  private static Set<String> secrets(WindowDriver window) {
    Set<String> words = new TreeSet<>(List.of("Zebediah", "Quinlan"));
    words.addAll(
        dev.attune.OnDisk.deckWords(
            List.of(window.deck("before"), window.deck("during"), window.deck("after"))));
    return words;
  }
}
