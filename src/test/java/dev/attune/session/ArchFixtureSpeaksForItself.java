package dev.attune.session;

/** Breaks the library fence: FreeTTS outside {@code speech}, written out in full. */
public final class ArchFixtureSpeaksForItself {
  private ArchFixtureSpeaksForItself() {}

  public static boolean kevin() {
    return com.sun.speech.freetts.VoiceManager.getInstance().contains("kevin16");
  }
}
