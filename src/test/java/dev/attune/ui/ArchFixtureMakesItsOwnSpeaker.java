package dev.attune.ui;

import dev.attune.speech.Speaker;

/**
 * Breaks the layering: {@code ui} may see only {@code Speaker}, {@code Utterance} and {@code
 * VoiceProfile} of {@code speech}, and here it builds a concrete speaker, named in full.
 */
public final class ArchFixtureMakesItsOwnSpeaker {
  private ArchFixtureMakesItsOwnSpeaker() {}

  public static Speaker speaker() {
    return new dev.attune.speech.SilentSpeaker();
  }
}
