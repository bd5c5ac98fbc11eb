package dev.attune.speech;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Run in a child JVM by {@link RealLineTest}: says a prompt through the real factory and real Java
 * Sound line, and writes what the synthesiser made to {@code expected.wav} for comparison.
 */
public final class RealLineMain {

  static final String PROMPT = "How is your pain today?";

  private RealLineMain() {}

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[0]);
    Speech.Opened opened = Speech.open();
    try (Speaker speaker = opened.speaker()) {
      if (!speaker.audible()) {
        System.out.println("silent");
        return;
      }
      boolean played = speaker.say(PROMPT).get(30, TimeUnit.SECONDS);
      System.out.println(played ? "played" : "cut off");
    }
    try (FreeTtsSynthesizer synth = new FreeTtsSynthesizer()) {
      WavWriter.write(
          synth.synthesize(PROMPT, Utterance.Style.NORMAL), dir.resolve("expected.wav"));
    }
  }
}
