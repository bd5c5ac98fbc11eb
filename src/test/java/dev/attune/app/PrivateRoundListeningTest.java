package dev.attune.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.attune.deck.Deck;
import dev.attune.deck.DeckLoader;
import dev.attune.session.CheckIn;
import dev.attune.session.Choice;
import dev.attune.session.Person;
import dev.attune.session.Step;
import dev.attune.store.Database;
import dev.attune.store.SqliteJournal;
import dev.attune.store.SqlitePeople;
import java.awt.event.KeyEvent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * Listens to the private round as the partner in the room would: a real Attune in a child process
 * whose ALSA default device is a WAV file, so the file holds exactly what a speaker would have
 * played. The same private prompt is answered once with each of Yes, Maybe, No and Skip (Backspace
 * in between), and what was played in answer to each press is compared: it must be the same sound,
 * byte for byte. Meanwhile nothing of the private turn reaches the database.
 */
@Tag("gui")
@EnabledOnOs(OS.LINUX) // .asoundrc is how ALSA, and so Java Sound on Linux, picks a device
class PrivateRoundListeningTest {
  @TempDir Path dataDir;
  @TempDir Path home;

  private static final String FIRST = "prompt:want_slow_kissing";
  private static final String SECOND = "prompt:want_massage";

  @Test
  void everyPrivateAnswer_soundsTheSame_andNoneIsSaved() throws Exception {
    Path out = home.resolve("OUT.wav");
    Files.writeString(
        home.resolve(".asoundrc"),
        "pcm.!default { type file; slave.pcm \"null\"; file \"" + out + "\"; format \"wav\" }\n");
    stopAtThePrivateRound();

    ChildAttune attune = ChildAttune.launch(dataDir, home, true);
    try {
      attune.awaitScreen("resume");
      attune.press(KeyEvent.VK_1, "handoff"); // carry on: the device goes to partner one
      attune.press(KeyEvent.VK_ENTER, FIRST); // "I'm ready"

      Map<String, byte[]> heard = new LinkedHashMap<>();
      int[] keys = {KeyEvent.VK_1, KeyEvent.VK_2, KeyEvent.VK_3, KeyEvent.VK_4};
      String[] names = {"Yes", "Maybe", "No", "Skip"};
      for (int i = 0; i < keys.length; i++) {
        attune.awaitQuiet();
        long from = Files.size(out);
        attune.press(keys[i], SECOND);
        attune.awaitQuiet();
        long to = Files.size(out);
        heard.put(
            names[i], trimmed(Arrays.copyOfRange(Files.readAllBytes(out), (int) from, (int) to)));
        assertEquals(List.of(), privateRows(), "nothing of a private turn is saved during it");
        attune.press(KeyEvent.VK_BACK_SPACE, FIRST);
      }
      byte[] yes = heard.get("Yes");
      // "Got it." and the next question: well over a second of 16 kHz 16-bit sound.
      assertTrue(yes.length > 32_000, "something was heard after the press: " + yes.length);
      for (Map.Entry<String, byte[]> other : heard.entrySet()) {
        assertArrayEquals(
            yes,
            other.getValue(),
            "choosing " + other.getKey() + " sounds exactly like choosing Yes");
      }
    } finally {
      attune.kill();
    }
  }

  /**
   * A couple's Before, stopped (as by a power cut) just before the private round: every question
   * before it skipped, at twice the usual speed of speech so the test is quicker to hear.
   */
  private void stopAtThePrivateRound() throws Exception {
    Deck before = new DeckLoader().bundled("before");
    try (Database db = Database.open(dataDir)) {
      SqlitePeople book = new SqlitePeople(db, Clock.systemUTC());
      List<Person> people = List.of(book.add("", true), book.add("", false));
      SqliteJournal journal = new SqliteJournal(db);
      journal.setting("voice.rate", "200");
      CheckIn checkIn =
          new CheckIn(UUID.randomUUID().toString(), before, people, journal, Clock.systemUTC());
      Step step = checkIn.start();
      while (!(step instanceof Step.Handoff && ((Step.Handoff) step).privateRound())) {
        step = checkIn.choose(step instanceof Step.Handoff ? 0 : skip(step));
      }
    }
  }

  private static int skip(Step step) {
    List<Choice> choices = step.choices();
    for (int i = 0; i < choices.size(); i++) {
      if (choices.get(i).kind() == Choice.Kind.SKIP) {
        return i;
      }
    }
    throw new AssertionError("no Skip in " + choices);
  }

  /** The sound without the silence ALSA may add to fill its last period. */
  private static byte[] trimmed(byte[] pcm) {
    int start = 0;
    int end = pcm.length - pcm.length % 2;
    while (start < end && pcm[start] == 0 && pcm[start + 1] == 0) {
      start += 2;
    }
    while (end > start && pcm[end - 1] == 0 && pcm[end - 2] == 0) {
      end -= 2;
    }
    return Arrays.copyOfRange(pcm, start, end);
  }

  private List<String> privateRows() throws Exception {
    List<String> rows = new ArrayList<>();
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dataDir.resolve("attune.db"));
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT person_id, prompt_id, option_id FROM answer WHERE prompt_id LIKE 'want_%'"
                    + " OR option_id IN ('yes', 'maybe', 'no')")) {
      while (rs.next()) {
        rows.add(rs.getString(1) + "|" + rs.getString(2) + "|" + rs.getString(3));
      }
    }
    return rows;
  }
}
