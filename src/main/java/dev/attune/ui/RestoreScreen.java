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
    controller
        .services()
        .history()
        .backups()
        .thenAcceptAsync(
            found -> {
              backups = found;
              if (controller.current() == this) {
                controller.show(this, Utterance.builder().build());
              }
            },
            controller.services().ui());
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
    List<String> labels = labels();
    List<ScreenModel.Button> buttons = new ArrayList<>();
    for (int i = 0; i < labels.size(); i++) {
      buttons.add(
          new ScreenModel.Button(
              labels.get(i), Messages.format("checkin.option", i + 1, labels.size()), false));
    }
    String text =
        backups == null
            ? Messages.get("history.loading")
            : backups.isEmpty() ? Messages.get("restore.none") : Messages.get("restore.text");
    return new ScreenModel(
        "restore", Messages.get("restore.title"), text, buttons, "", false, 0, 1);
  }

  @Override
  public Utterance enter() {
    Utterance.Builder b = Utterance.builder().say(model().text());
    List<String> labels = labels();
    for (int i = 0; i < labels.size(); i++) {
      b.say((i + 1) + ", " + labels.get(i) + ".", Utterance.Style.CUE);
    }
    return b.build();
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
