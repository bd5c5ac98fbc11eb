package dev.attune.ui.history;

import dev.attune.speech.Utterance;
import dev.attune.ui.kit.Menu;
import dev.attune.ui.kit.Messages;
import dev.attune.ui.kit.Screen;
import dev.attune.ui.kit.ScreenModel;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/** Export: every answer as CSV, or the one-page report for a clinician, into the home folder. */
record ExportScreen(HistoryArea area, HistoryScreen history) implements Screen {
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
      write(() -> area.source().exportCsv());
    } else if (index == 1) {
      write(() -> area.source().report());
    } else {
      back();
    }
  }

  private void write(Supplier<CompletableFuture<Path>> export) {
    area.screens().say(Utterance.of(Messages.get("export.working")));
    area.background()
        .run(
            this,
            export,
            file ->
                area.screens()
                    .tell(Messages.format("export.saved", file.getFileName(), file.getParent())));
  }

  @Override
  public void back() {
    history.reopen();
  }
}
