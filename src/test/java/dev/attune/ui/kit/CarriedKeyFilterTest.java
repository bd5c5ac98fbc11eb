package dev.attune.ui.kit;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.event.KeyEvent;
import javax.swing.JTextField;
import org.junit.jupiter.api.Test;

/**
 * A box takes the characters of keys pressed in it, and not one that comes before any press: the
 * key that opened it. {@code NameBoxWindowTest} presses real keys in a real window.
 */
class CarriedKeyFilterTest {
  private final JTextField box = new JTextField();
  private final CarriedKeyFilter filter = new CarriedKeyFilter();

  private KeyEvent event(int id, int code, char c) {
    return new KeyEvent(box, id, 0, 0, code, c);
  }

  private boolean typedIsDropped(char c) {
    KeyEvent typed = event(KeyEvent.KEY_TYPED, KeyEvent.VK_UNDEFINED, c);
    filter.keyTyped(typed);
    return typed.isConsumed();
  }

  @Test
  void theCharacterOfTheKeyThatOpenedTheBox_isDropped_andItsReleaseChangesNothing() {
    filter.keyReleased(event(KeyEvent.KEY_RELEASED, KeyEvent.VK_1, '1'));
    assertTrue(typedIsDropped('1'), "typed before any key was pressed in the box");
  }

  @Test
  void everyKeyPressedInTheBox_isTyped() {
    assertTrue(typedIsDropped('1'));
    filter.keyPressed(event(KeyEvent.KEY_PRESSED, KeyEvent.VK_A, 'a'));
    assertFalse(typedIsDropped('a'));
    filter.keyPressed(event(KeyEvent.KEY_PRESSED, KeyEvent.VK_1, '1'));
    assertFalse(typedIsDropped('1'), "a 1 pressed in the box is typed");
  }
}
