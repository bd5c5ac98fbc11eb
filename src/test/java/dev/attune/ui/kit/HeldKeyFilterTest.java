package dev.attune.ui.kit;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.event.KeyEvent;
import javax.swing.JButton;
import javax.swing.JFrame;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** A held key answers once; a key whose release was lost still answers when pressed again. */
@Tag("gui")
class HeldKeyFilterTest {
  private final JFrame window = new JFrame();
  private final JButton button = new JButton();
  private final HeldKeyFilter filter = new HeldKeyFilter(window);

  HeldKeyFilterTest() {
    window.add(button);
  }

  @AfterEach
  void close() {
    window.dispose();
  }

  private boolean dropped(int id, long at) {
    return filter.dispatchKeyEvent(new KeyEvent(button, id, at, 0, KeyEvent.VK_SPACE, ' '));
  }

  @Test
  void theSystemsRepeatsOfAHeldKey_areDropped() {
    assertFalse(dropped(KeyEvent.KEY_PRESSED, 1_000));
    assertTrue(dropped(KeyEvent.KEY_PRESSED, 2_000), "the first repeat, after a slow 1 s delay");
    assertTrue(dropped(KeyEvent.KEY_PRESSED, 2_040));
    assertTrue(dropped(KeyEvent.KEY_PRESSED, 2_080), "still held: repeats keep coming");
    assertFalse(dropped(KeyEvent.KEY_RELEASED, 2_100));
    assertFalse(dropped(KeyEvent.KEY_PRESSED, 2_200), "pressed again");
  }

  @Test
  void aPressAfterTheLastWithNoReleaseSeen_isANewPress() {
    // The release never came: Swing dropped it behind a focus request on a removed button.
    assertFalse(dropped(KeyEvent.KEY_PRESSED, 1_000));
    assertFalse(dropped(KeyEvent.KEY_PRESSED, 1_000 + HeldKeyFilter.FIRST_REPEAT_MILLIS));
    // Repeating, then its release lost: the stream stopping is the key let go.
    assertTrue(dropped(KeyEvent.KEY_PRESSED, 3_000), "a repeat");
    assertFalse(dropped(KeyEvent.KEY_PRESSED, 3_000 + HeldKeyFilter.REPEAT_GAP_MILLIS));
  }
}
