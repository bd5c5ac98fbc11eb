package dev.attune.ui;

import dev.attune.speech.Utterance;
import java.util.ArrayList;
import java.util.List;

/**
 * Restore a daily backup. It happens the next time Attune opens, before anything is read; what is
 * there now is moved aside, never deleted.
 */
final class RestoreScreen implements Screen {
  private final Controller controller;
  private final Screen back;
  private List<HistorySource.Backup> backups;

  RestoreScreen(Controller controller, Screen back) {
    this.controller = controller;
    this.back = back;
  }

  void open() {
    controller.show(this, Utterance.builder().build());
    controller.background(
        this,
        () -> controller.services().history().backups(),
        found -> {
          backups = found;
          if (controller.current() == this) {
            controller.show(this, Utterance.builder().build());
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
    controller.show(
        new ConfirmScreen(
            controller,
            Messages.format("restore.confirm", backup.day()),
            () -> controller.services().history().restoreOnNextStart(backup),
            this::back,
            Messages.get("restore.yes"),
            Messages.format("restore.done", backup.day())),
        Utterance.builder().build());
  }

  @Override
  public void back() {
    controller.show(back, Utterance.builder().build());
  }
}
