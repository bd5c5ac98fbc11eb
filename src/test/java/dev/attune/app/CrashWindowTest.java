package dev.attune.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.event.KeyEvent;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real Attune process, killed with SIGKILL at several points of a check-in: every answer given
 * before the kill is in the database, and the next start offers to carry on. Each key is pressed
 * only when the child says its window is ready for it ({@link ChildMain}), and counts as pressed
 * only when the child says it arrived.
 */
@Tag("gui")
class CrashWindowTest {
  @TempDir Path dataDir;

  @Test
  void killedMidCheckIn_losesNothing_andTheNextStartOffersToCarryOn() throws Exception {
    ChildAttune attune = launch();
    attune.press(KeyEvent.VK_1, "setup"); // Before
    attune.press(KeyEvent.VK_1, "prompt:pain_level"); // just me, with pelvic pain
    attune.press(KeyEvent.VK_2, "prompt:pain_where"); // pain: mild
    waitForAnswers(List.of("pain_level=mild"));
    attune.kill();

    attune = launch();
    attune.awaitScreen("resume");
    attune.press(KeyEvent.VK_1, "prompt:pain_where"); // carry on
    attune.press(KeyEvent.VK_1, "prompt:pain_where"); // where: the first region, one of several
    waitForAnswers(List.of("pain_level=mild", "pain_where=vulva_opening"));
    attune.kill();

    attune = launch();
    attune.awaitScreen("resume");
    attune.press(KeyEvent.VK_1, "prompt:pain_where"); // carry on: the region is still chosen
    attune.press(KeyEvent.VK_2, "prompt:pain_where"); // and a second one
    waitForAnswers(List.of("pain_level=mild", "pain_where=inside", "pain_where=vulva_opening"));
    attune.kill();

    assertEquals(
        List.of("before|unfinished"),
        rows("SELECT deck, coalesce(outcome, 'unfinished') FROM checkin"));

    App app = App.start(dataDir, Arguments.Mode.DIRECT);
    try {
      assertEquals("resume", WindowDriver.onEdt(() -> app.controller().model().name()));
    } finally {
      app.close();
    }
  }

  private ChildAttune launch() throws Exception {
    return ChildAttune.launch(dataDir, null, false);
  }

  private void waitForAnswers(List<String> expected) {
    WindowDriver.waitUntil(
        "the answers " + expected + " are in the database",
        () -> {
          try {
            return rows("SELECT prompt_id || '=' || option_id FROM answer ORDER BY prompt_id, option_id")
                .equals(expected);
          } catch (Exception e) {
            return false; // not created yet
          }
        });
  }

  private List<String> rows(String sql) throws Exception {
    Path db = dataDir.resolve("attune.db");
    if (!Files.exists(db)) {
      throw new IOException("no database yet");
    }
    List<String> rows = new ArrayList<>();
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      int columns = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        StringBuilder row = new StringBuilder();
        for (int i = 1; i <= columns; i++) {
          row.append(i > 1 ? "|" : "").append(rs.getString(i));
        }
        rows.add(row.toString());
      }
    }
    return rows;
  }
}
