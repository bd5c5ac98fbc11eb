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
    return new ScreenModel(
        "export",
        Messages.get("history.export"),
        Messages.get("export.text"),
        List.of(
            new ScreenModel.Button(
                Messages.get("export.csv"), Messages.format("checkin.option", 1, 3), false),
            new ScreenModel.Button(
                Messages.get("export.report"), Messages.format("checkin.option", 2, 3), false),
            new ScreenModel.Button(
                Messages.get("delete.back"), Messages.format("checkin.option", 3, 3), false)),
        "",
        false,
        0,
        1);
  }

  @Override
  public Utterance enter() {
    return Utterance.builder()
        .say(Messages.get("export.text"))
        .say("1, " + Messages.get("export.csv") + ".", Utterance.Style.CUE)
        .say("2, " + Messages.get("export.report") + ".", Utterance.Style.CUE)
        .say("3, " + Messages.get("delete.back") + ".", Utterance.Style.CUE)
        .build();
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
    export
        .get()
        .whenCompleteAsync(
            (file, error) ->
                controller.tell(
                    error == null
                        ? Messages.format("export.saved", file.getFileName(), file.getParent())
                        : (error.getCause() == null ? error : error.getCause()).getMessage()),
            controller.services().ui());
  }

  @Override
  public void back() {
    history.reopen();
  }
}
