package dev.attune.ui.kit;

import dev.attune.speech.Utterance;
import java.util.List;

/** A moment's wait with nothing to press, so keys never act on the screen that came before. */
public final class WaitScreen implements Screen {
  @Override
  public ScreenModel model() {
    return new ScreenModel(
        "wait", Messages.get("app.title"), Messages.get("wait.text"), List.of(), "", false, -1, 0);
  }

  @Override
  public Utterance enter() {
    return Utterance.builder().build();
  }

  @Override
  public void choose(int index) {}
}
