package dev.attune.ui.kit;

/**
 * The areas a screen can send the person to, outside its own: each area's screens are made by the
 * area, so a screen names where to go, never how to build it.
 */
public interface Places {

  /** A check-in ({@code before}, {@code after}), after asking who is here when needed. */
  void checkIn(String deckId);

  /** The pause board, which goes back to where the person was. */
  void pauseBoard();

  /** The evenings so far, the chart, exports and deleting. */
  void history();

  void settings();
}
