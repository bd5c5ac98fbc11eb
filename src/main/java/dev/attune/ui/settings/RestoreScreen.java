package dev.attune.ui.settings;

import dev.attune.speech.Utterance;
import dev.attune.ui.history.HistorySource;
import dev.attune.ui.kit.ConfirmScreen;
import dev.attune.ui.kit.Menu;
import dev.attune.ui.kit.Messages;
import dev.attune.ui.kit.Screen;
import dev.attune.ui.kit.ScreenModel;
import java.util.ArrayList;
import java.util.List;

/**
 * Restore a daily backup. It happens the next time Attune opens, before anything is read; what is
 * there now is moved aside, never deleted.
 */
final class RestoreScreen implements Screen {
  private final SettingsArea area;

  private final Screen back;
  private List<HistorySource.Backup> backups;

  RestoreScreen(SettingsArea area, Screen back) {
    this.area = area;
    this.back = back;
  }

  void open() {
    area.screens().show(this, Utterance.builder().build());
    area.background()
        .run(
            this,
            () -> area.history().backups(),
            found -> {
              backups = found;
              if (area.screens().current() == this) {
                area.screens().show(this, Utterance.builder().build());
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
    area.screens()
        .show(
            new ConfirmScreen(
                area.screens(),
                area.background(),
                Messages.format("restore.confirm", backup.day()),
                () -> area.history().restoreOnNextStart(backup),
                this::back,
                Messages.get("restore.yes"),
                Messages.format("restore.done", backup.day()),
                Messages.get("restore.title")),
            Utterance.builder().build());
  }

  @Override
  public void back() {
    area.screens().show(back, Utterance.builder().build());
  }
}
