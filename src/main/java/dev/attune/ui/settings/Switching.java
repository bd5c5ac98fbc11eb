package dev.attune.ui.settings;

import java.util.List;
import java.util.Map;

/**
 * How a switch drives scanning, with the settings switch users know from Grid 3, TD Snap and iOS
 * Switch Control. Stored beside the other preferences as {@code scan.*}.
 *
 * @param paceMillis how long each option stays highlighted after its label is spoken
 * @param loops rounds before scanning stops and offers to go again; 0 for endless (the pause board
 *     is always endless)
 * @param dwellMillis extra time on the first option of a scan
 * @param acceptMillis a press counts only when held this long (taken when the switch is let go); 0
 *     for off
 * @param ignoreMillis presses this soon after a choice are ignored (a bouncing switch, a tremor)
 * @param twoSwitches one switch moves the highlight, the other chooses; no automatic scan
 * @param keys which keys are the switch
 * @param click whether a mouse button (or a switch that sends a click) is a switch too
 */
public record Switching(
    int paceMillis,
    int loops,
    int dwellMillis,
    int acceptMillis,
    int ignoreMillis,
    boolean twoSwitches,
    Keys keys,
    boolean click) {

  /**
   * The keys that are the switch. Most USB switch interfaces send Space and Enter in keyboard mode
   * (switch 1 and switch 2); many can be set to send 1 and 2 instead.
   */
  public enum Keys {
    SPACE_ENTER(List.of("SPACE"), List.of("ENTER")),
    // In this order, the next keys after the default still include the keys in use.
    BOTH(List.of("SPACE", "1", "NUMPAD1"), List.of("ENTER", "2", "NUMPAD2")),
    ONE_TWO(List.of("1", "NUMPAD1"), List.of("2", "NUMPAD2"));

    private final List<String> first;
    private final List<String> second;

    Keys(List<String> first, List<String> second) {
      this.first = first;
      this.second = second;
    }

    /**
     * Key stroke names of switch 1 (the only switch, or the one that moves the highlight) and of
     * switch 2 (the one that chooses; with one switch it is the switch too).
     */
    public List<String> first() {
      return first;
    }

    public List<String> second() {
      return second;
    }
  }

  static final List<Integer> PACES = List.of(500, 750, 1000, 1500, 2000, 3000, 5000);
  static final List<Integer> LOOPS = List.of(1, 2, 3, 5, 0);
  static final List<Integer> DWELLS = List.of(0, 500, 1000, 2000);
  static final List<Integer> ACCEPTS = List.of(0, 100, 200, 300, 500, 750);
  static final List<Integer> IGNORES = List.of(0, 300, 500, 1000, 2000);

  /** A press held this long on the pause board says Pause, wherever the scan is. */
  public static final int HOLD_MILLIS = 1000;

  public static final Switching DEFAULTS =
      new Switching(1500, 2, 0, 0, 300, false, Keys.SPACE_ENTER, true);

  public Switching {
    paceMillis = Math.max(500, Math.min(5000, paceMillis));
    loops = Math.max(0, Math.min(20, loops));
    dwellMillis = Math.max(0, Math.min(5000, dwellMillis));
    acceptMillis = Math.max(0, Math.min(HOLD_MILLIS - 200, acceptMillis));
    ignoreMillis = Math.max(0, Math.min(5000, ignoreMillis));
    keys = keys == null ? Keys.SPACE_ENTER : keys;
  }

  static Switching from(Map<String, String> stored) {
    Switching d = DEFAULTS;
    Keys keys;
    try {
      keys = Keys.valueOf(stored.getOrDefault("scan.keys", d.keys().name()));
    } catch (IllegalArgumentException e) {
      keys = d.keys();
    }
    return new Switching(
        Preferences.number(stored.get("scan.pace"), d.paceMillis()),
        Preferences.number(stored.get("scan.loops"), d.loops()),
        Preferences.number(stored.get("scan.dwell"), d.dwellMillis()),
        Preferences.number(stored.get("scan.accept"), d.acceptMillis()),
        Preferences.number(stored.get("scan.ignore"), d.ignoreMillis()),
        "2".equals(stored.getOrDefault("scan.switches", d.twoSwitches() ? "2" : "1")),
        keys,
        flag(stored.get("scan.click"), d.click()));
  }

  /** "true" or "false"; anything else keeps the default. */
  private static boolean flag(String value, boolean fallback) {
    if ("true".equals(value) || "false".equals(value)) {
      return Boolean.parseBoolean(value);
    }
    return fallback;
  }

  void into(Map<String, String> map) {
    map.put("scan.pace", String.valueOf(paceMillis));
    map.put("scan.loops", String.valueOf(loops));
    map.put("scan.dwell", String.valueOf(dwellMillis));
    map.put("scan.accept", String.valueOf(acceptMillis));
    map.put("scan.ignore", String.valueOf(ignoreMillis));
    map.put("scan.switches", twoSwitches ? "2" : "1");
    map.put("scan.keys", keys.name());
    map.put("scan.click", String.valueOf(click));
  }

  public Switching withPace(int millis) {
    return new Switching(
        millis, loops, dwellMillis, acceptMillis, ignoreMillis, twoSwitches, keys, click);
  }

  public Switching withLoops(int rounds) {
    return new Switching(
        paceMillis, rounds, dwellMillis, acceptMillis, ignoreMillis, twoSwitches, keys, click);
  }

  public Switching withDwell(int millis) {
    return new Switching(
        paceMillis, loops, millis, acceptMillis, ignoreMillis, twoSwitches, keys, click);
  }

  public Switching withAccept(int millis) {
    return new Switching(
        paceMillis, loops, dwellMillis, millis, ignoreMillis, twoSwitches, keys, click);
  }

  public Switching withIgnore(int millis) {
    return new Switching(
        paceMillis, loops, dwellMillis, acceptMillis, millis, twoSwitches, keys, click);
  }

  public Switching withTwoSwitches(boolean two) {
    return new Switching(
        paceMillis, loops, dwellMillis, acceptMillis, ignoreMillis, two, keys, click);
  }

  public Switching withKeys(Keys which) {
    return new Switching(
        paceMillis, loops, dwellMillis, acceptMillis, ignoreMillis, twoSwitches, which, click);
  }

  public Switching withClick(boolean on) {
    return new Switching(
        paceMillis, loops, dwellMillis, acceptMillis, ignoreMillis, twoSwitches, keys, on);
  }
}
