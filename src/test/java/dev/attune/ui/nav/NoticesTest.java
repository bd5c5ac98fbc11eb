package dev.attune.ui.nav;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.attune.ui.kit.Notices;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Settings › Notices: what Attune told since it opened, the latest first, each heard again in full
 * on choosing it; and every notice logged in full, without a word someone typed.
 */
class NoticesTest {
  private final List<String> logged = new ArrayList<>();
  private final Logger log = Logger.getLogger(Notices.class.getName());
  private final Handler handler =
      new Handler() {
        @Override
        public void publish(LogRecord record) {
          logged.add(record.getMessage());
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
      };

  @BeforeEach
  void listen() {
    log.addHandler(handler);
  }

  @AfterEach
  void stop() {
    log.removeHandler(handler);
  }

  @Test
  void aNoticeMissedWhileItWasSaid_canBeHeardAgainInFull_fromSettings() {
    Fakes.World w = new Fakes.World();
    String first =
        "Attune's database was damaged. It was moved aside to /data/attune.db.damaged-1.";
    w.controller.tell(first);
    String second =
        "Attune cannot save right now. Your answers are kept, and will be saved as soon as it"
            + " can.";
    w.controller.tell(second);
    w.press("Settings");
    w.press("Notices");
    assertEquals("notices", w.screen());
    List<String> labels = w.controller.model().buttons().stream().map(b -> b.label()).toList();
    assertEquals(3, labels.size(), labels.toString());
    assertTrue(labels.get(0).endsWith(": Attune cannot save right now."), labels.get(0));
    assertTrue(labels.get(1).endsWith(": Attune's database was damaged."), labels.get(1));
    assertTrue(labels.get(0).matches("\\d\\d:\\d\\d: .*"), "with the time it was told");

    w.digit(2);
    assertEquals(first, w.voice.last(), "heard again in full");
    assertEquals(first, w.controller.model().text(), "and shown in full");
    assertEquals(List.of("notice: " + first, "notice: " + second), logged, "each logged in full");

    w.digit(3); // Back
    assertEquals("settings", w.screen());
  }

  @Test
  void aWordSomeoneTyped_isTold_butNotLogged() {
    Fakes.World w = new Fakes.World();
    w.press("Settings");
    w.view.typed.add("lube");
    w.press("Say a word");
    assertTrue(w.voice.last().contains("lube"), w.voice.last());
    assertEquals(1, logged.size(), logged.toString());
    assertFalse(logged.get(0).contains("lube"), logged.get(0));
    assertEquals("notice: A word you typed was looked up.", logged.get(0));
    w.press("Notices");
    w.digit(1);
    assertTrue(w.voice.last().contains("lube"), "Notices says it whole: " + w.voice.last());
  }

  @Test
  void withNothingTold_notices_saySo() {
    Fakes.World w = new Fakes.World();
    w.press("Settings");
    w.press("Notices");
    assertEquals("Attune has told you nothing since it opened.", w.controller.model().text());
    w.digit(1);
    assertEquals("settings", w.screen(), "Back is the only button");
  }
}
