package dev.attune.ui.kit;

import java.awt.event.KeyAdapter;
import java.awt.event.KeyEvent;
import javax.swing.text.JTextComponent;

/**
 * A box to type in takes only the characters of keys pressed while it has the keyboard. The key
 * that opens it (1 for "Partner one") is pressed in the window, and the character that press makes
 * comes as a separate event, which can arrive after the new box has taken the keyboard: without
 * this, it is typed into the box, in about one try in five. Every key typed in the box is pressed
 * there first, so a character before any press there was meant for the window. Event Dispatch
 * Thread only.
 */
public final class CarriedKeyFilter extends KeyAdapter {
  private boolean pressedHere;

  CarriedKeyFilter() {}

  /** Fits the filter to a new box, before it is shown. */
  public static void install(JTextComponent box) {
    box.addKeyListener(new CarriedKeyFilter());
  }

  @Override
  public void keyPressed(KeyEvent e) {
    pressedHere = true;
  }

  @Override
  public void keyTyped(KeyEvent e) {
    if (!pressedHere) {
      // Consumed before the box's own handling: the character is not inserted.
      e.consume();
    }
  }
}
