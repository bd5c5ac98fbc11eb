package dev.attune.ui;

import dev.attune.speech.Utterance;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/** Export: every answer as CSV, or the one-page report for a clinician, into the home folder. */
final class ExportScreen implements Screen {
  private final Controller controller;
  private final HistoryScreen history;

  ExportScreen(Controller controller, HistoryScreen history) {
    this.controller = controller;
    this.history = history;
  }

  @Override
  public ScreenModel model() {
    return Menu.model(
        "export", Messages.get("history.export"), Messages.get("export.text"), labels(), 1);
  }

  private static List<String> labels() {
    return List.of(
        Messages.get("export.csv"), Messages.get("export.report"), Messages.get("delete.back"));
  }

  @Override
  public Utterance enter() {
    return Menu.spoken(Messages.get("export.text"), labels());
  }

  @Override
  public void choose(int index) {
    if (index == 0) {
      write(() -> controller.services().history().exportCsv());
    } else if (index == 1) {
      write(() -> controller.services().history().report());
    } else {
      back();
    }
  }

  private void write(Supplier<CompletableFuture<Path>> export) {
    controller.say(Utterance.of(Messages.get("export.working")));
    controller.background(
        this,
        export,
        file ->
            controller.tell(Messages.format("export.saved", file.getFileName(), file.getParent())));
  }

  @Override
  public void back() {
    history.reopen();
  }
}
