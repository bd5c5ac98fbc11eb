package dev.attune.ui.kit;

import java.util.List;

/**
 * Everything a person can do with a key, one entry each. The keys and the spoken help come from
 * {@code Messages.properties}, so the key list, the bindings and the help never disagree.
 */
public enum Command {
  CHOOSE,
  ACTIVATE,
  NEXT,
  PREVIOUS,
  REPEAT,
  BACK,
  SILENCE,
  PAUSE_BOARD,
  CURTAIN,
  FULL_SCREEN,
  HIDE,
  HELP;

  /** Key stroke names as {@link javax.swing.KeyStroke#getKeyStroke(String)} reads them. */
  public List<String> keys() {
    return keyNames(Messages.get("command." + name() + ".keys"));
  }

  public String help() {
    return Messages.get("command." + name() + ".help");
  }

  /** Splits "ESCAPE ctrl CONTROL" into "ESCAPE", "ctrl CONTROL": modifiers stick to their key. */
  public static List<String> keyNames(String spec) {
    java.util.List<String> keys = new java.util.ArrayList<>();
    StringBuilder pending = new StringBuilder();
    for (String word : spec.trim().split("\\s+")) {
      pending.append(pending.length() == 0 ? "" : " ").append(word);
      if (!MODIFIERS.contains(word)) {
        keys.add(pending.toString());
        pending.setLength(0);
      }
    }
    return List.copyOf(keys);
  }

  private static final List<String> MODIFIERS = List.of("ctrl", "shift", "alt", "meta");
}
