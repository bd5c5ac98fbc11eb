package dev.attune.ui.settings;

import dev.attune.speech.Utterance;
import dev.attune.ui.kit.Menu;
import dev.attune.ui.kit.Messages;
import dev.attune.ui.kit.Notices;
import dev.attune.ui.kit.Screen;
import dev.attune.ui.kit.ScreenModel;
import java.util.ArrayList;
import java.util.List;

/**
 * The notices told since Attune opened, the latest first, each a button with its time and first
 * sentence; choosing one shows and says it again in full. For a notice missed while it was said (a
 * file moved aside at the start, an export's name, saving held).
 */
final class NoticesScreen implements Screen {
  /** The most shown: the latest. */
  private static final int SHOWN = 6;

  private final SettingsArea area;
  private final Screen back;
  private final List<Notices.Notice> notices;

  /** The notice chosen last, said in full; {@code null} before any is chosen. */
  private Notices.Notice chosen;

  NoticesScreen(SettingsArea area, Screen back) {
    this.area = area;
    this.back = back;
    this.notices = area.screens().notices().stream().limit(SHOWN).toList();
  }

  void open() {
    area.screens().show(this, Utterance.builder().build());
  }

  private List<String> labels() {
    List<String> labels = new ArrayList<>();
    for (Notices.Notice notice : notices) {
      labels.add(Messages.format("notices.at", notice.at(), firstSentence(notice.text())));
    }
    labels.add(Messages.get("delete.back"));
    return labels;
  }

  /**
   * A notice's first sentence, to tell it apart from the others; the whole is heard on choosing.
   */
  static String firstSentence(String text) {
    int end = text.indexOf(". ");
    return end < 0 ? text : text.substring(0, end + 1);
  }

  private String text() {
    if (chosen != null) {
      return chosen.text();
    }
    return notices.isEmpty() ? Messages.get("notices.none") : Messages.get("notices.text");
  }

  @Override
  public ScreenModel model() {
    return Menu.model("notices", Messages.get("notices.title"), text(), labels(), 1);
  }

  @Override
  public Utterance enter() {
    return Menu.spoken(text(), labels());
  }

  @Override
  public void choose(int index) {
    if (index >= notices.size()) {
      back();
      return;
    }
    chosen = notices.get(index);
    area.screens().refresh(Utterance.of(chosen.text()));
  }

  @Override
  public void back() {
    area.screens().show(back, Utterance.builder().build());
  }
}
