package dev.attune.ui.kit;

import dev.attune.speech.Utterance;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Typing by switch: letters in rows, chosen row then letter, each spoken as the scan reaches it;
 * then Delete, Done and Cancel. A passphrase is shown as dots and each letter taken is confirmed
 * only by a count, never read back.
 */
public final class KeyboardScreen implements Screen {
  /** The rows, in alphabetical order so that the next letter is where one expects it. */
  static final List<String> ROWS =
      List.of("abcdef", "ghijkl", "mnopqr", "stuvwx", "yz -'", "0123456789");

  private static final int DELETE = ROWS.size();
  private static final int DONE = ROWS.size() + 1;

  private final Screens screens;
  private final String question;
  private final boolean secret;
  private final Consumer<Optional<char[]>> then;
  private char[] typed = new char[0];

  /** The row whose letters are shown, or -1 for the rows. */
  private int row = -1;

  /**
   * @param then given what was typed (Done), or empty (Cancel), once
   */
  public KeyboardScreen(
      Screens screens, String question, boolean secret, Consumer<Optional<char[]>> then) {
    this.screens = screens;
    this.question = question;
    this.secret = secret;
    this.then = then;
  }

  /** What a key is called when it is spoken. */
  static String name(char c) {
    return switch (c) {
      case ' ' -> Messages.get("keyboard.space");
      case '-' -> Messages.get("keyboard.dash");
      case '\'' -> Messages.get("keyboard.apostrophe");
      default -> String.valueOf(c);
    };
  }

  private static String rowLabel(int i) {
    String keys = ROWS.get(i);
    if (Character.isDigit(keys.charAt(0))) {
      return Messages.get("keyboard.numbers");
    }
    if (keys.indexOf(' ') >= 0) {
      return Messages.get("keyboard.signs");
    }
    return Messages.format("keyboard.row", keys.charAt(0), keys.charAt(keys.length() - 1));
  }

  @Override
  public ScreenModel model() {
    List<String> labels = new ArrayList<>();
    int controls;
    if (row < 0) {
      for (int i = 0; i < ROWS.size(); i++) {
        labels.add(rowLabel(i));
      }
      labels.add(Messages.get("keyboard.delete"));
      labels.add(Messages.get("keyboard.done"));
      labels.add(Messages.get("keyboard.cancel"));
      controls = 3;
    } else {
      for (char c : ROWS.get(row).toCharArray()) {
        labels.add(name(c));
      }
      labels.add(Messages.get("keyboard.rows"));
      controls = 1;
    }
    ScreenModel plain =
        Menu.model("keyboard", Messages.get("keyboard.title"), text(), labels, controls);
    // A passphrase is typed like a private answer: the window dark, and a press taken when the
    // scan has read the whole row, so neither the screen nor the moment tells the letter.
    return new ScreenModel(
        plain.name(),
        plain.title(),
        plain.text(),
        plain.buttons(),
        plain.caption(),
        false,
        plain.focus(),
        plain.controls(),
        secret);
  }

  private String text() {
    String shown;
    if (typed.length == 0) {
      shown = Messages.get("keyboard.empty");
    } else if (secret) {
      shown = "\u2022".repeat(typed.length);
    } else {
      shown = new String(typed);
    }
    return question + "\n" + shown;
  }

  @Override
  public Utterance enter() {
    return Utterance.builder().say(question).say(Messages.get("keyboard.how")).build();
  }

  @Override
  public Utterance repeat() {
    return Utterance.builder().say(question).say(typedSoFar()).build();
  }

  /** How much has been typed, said aloud only where it is not secret. */
  private String typedSoFar() {
    if (typed.length == 0) {
      return Messages.get("keyboard.empty");
    }
    if (secret) {
      return Messages.format("keyboard.count", typed.length);
    }
    StringBuilder b = new StringBuilder();
    for (char c : typed) {
      b.append(name(c)).append(", ");
    }
    return Messages.format("keyboard.sofar", b.substring(0, b.length() - 2));
  }

  @Override
  public void choose(int index) {
    if (row >= 0) {
      String keys = ROWS.get(row);
      row = -1;
      if (index < keys.length()) {
        char c = keys.charAt(index);
        char[] longer = Arrays.copyOf(typed, typed.length + 1);
        longer[typed.length] = c;
        Arrays.fill(typed, '\0');
        typed = longer;
        screens.refresh(
            Utterance.builder()
                .tone(Utterance.Earcon.CHOSEN)
                .say(secret ? Messages.format("keyboard.count", typed.length) : name(c))
                .build());
      } else {
        screens.refresh(Utterance.builder().tone(Utterance.Earcon.BACK).build());
      }
    } else if (index < ROWS.size()) {
      row = index;
      screens.refresh(Utterance.builder().build());
    } else if (index == DELETE) {
      if (typed.length > 0) {
        char[] shorter = Arrays.copyOf(typed, typed.length - 1);
        Arrays.fill(typed, '\0');
        typed = shorter;
      }
      screens.refresh(
          Utterance.builder()
              .tone(Utterance.Earcon.BACK)
              .say(Messages.get("keyboard.deleted"))
              .say(typedSoFar())
              .build());
    } else if (index == DONE) {
      char[] result = typed;
      typed = new char[0];
      then.accept(Optional.of(result));
    } else {
      cancel();
    }
  }

  @Override
  public void back() {
    if (row >= 0) {
      row = -1;
      screens.refresh(Utterance.builder().tone(Utterance.Earcon.BACK).build());
    } else {
      cancel();
    }
  }

  private void cancel() {
    Arrays.fill(typed, '\0');
    typed = new char[0];
    then.accept(Optional.empty());
  }

  @Override
  public void leave() {
    Arrays.fill(typed, '\0');
  }
}
