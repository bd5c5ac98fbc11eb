package dev.attune.ui.settings;

import dev.attune.speech.Utterance;
import dev.attune.ui.history.HistorySource;
import dev.attune.ui.kit.Background;
import dev.attune.ui.kit.ConfirmScreen;
import dev.attune.ui.kit.Menu;
import dev.attune.ui.kit.Messages;
import dev.attune.ui.kit.Screen;
import dev.attune.ui.kit.ScreenModel;
import dev.attune.ui.kit.Screens;
import java.util.ArrayList;
import java.util.List;

/**
 * Restore a daily backup. It happens the next time Attune opens, before anything is read; what is
 * there now is moved aside, never deleted.
 */
final class RestoreScreen implements Screen {
  private final Screens screens;
  private final Background background;
  private final HistorySource history;
  private final Screen back;
  private List<HistorySource.Backup> backups;

  RestoreScreen(Screens screens, Background background, HistorySource history, Screen back) {
    this.screens = screens;
    this.background = background;
    this.history = history;
    this.back = back;
  }

  void open() {
    screens.show(this, Utterance.builder().build());
    background.run(
        this,
        () -> history.backups(),
        found -> {
          backups = found;
          if (screens.current() == this) {
            screens.show(this, Utterance.builder().build());
          }
        });
  }

  private List<String> labels() {
    List<String> labels = new ArrayList<>();
    if (backups != null) {
      backups.stream().limit(7).forEach(b -> labels.add(Messages.format("restore.from", b.day())));
    }
    labels.add(Messages.get("delete.back"));
    return labels;
  }

  @Override
  public ScreenModel model() {
    return Menu.model("restore", Messages.get("restore.title"), text(), labels(), 1);
  }

  private String text() {
    if (backups == null) {
      return Messages.get("history.loading");
    }
    return backups.isEmpty() ? Messages.get("restore.none") : Messages.get("restore.text");
  }

  @Override
  public Utterance enter() {
    return Menu.spoken(text(), labels());
  }

  @Override
  public void choose(int index) {
    if (backups == null || index >= Math.min(7, backups.size())) {
      back();
      return;
    }
    HistorySource.Backup backup = backups.get(index);
    screens.show(
        new ConfirmScreen(
            screens,
            background,
            Messages.format("restore.confirm", backup.day()),
            () -> history.restoreOnNextStart(backup),
            this::back,
            Messages.get("restore.yes"),
            Messages.format("restore.done", backup.day())),
        Utterance.builder().build());
  }

  @Override
  public void back() {
    screens.show(back, Utterance.builder().build());
  }
}
