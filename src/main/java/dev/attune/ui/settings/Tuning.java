package dev.attune.ui.settings;

import java.util.List;
import java.util.concurrent.CompletableFuture;

/** The settings as the Settings screens change them: saved, and applied to the voice and window. */
public interface Tuning {

  Preferences preferences();

  /** Saves and applies new preferences. */
  void update(Preferences next);

  /** The voice profiles' ids, in order. */
  List<String> voices();

  /** What the current voice says about itself, spoken in that voice as a preview. */
  String voiceDescription();

  /** Whether the person turned the curtain on. */
  boolean curtainOn();

  /** The curtain on or off, said. */
  void toggleCurtain();

  /** Completes on the Event Dispatch Thread after about {@code millis}. */
  CompletableFuture<Void> later(int millis);

  /**
   * How the voice will say a word, in phones and where they come from; off the Event Dispatch
   * Thread.
   */
  CompletableFuture<String> pronounce(String word);
}
