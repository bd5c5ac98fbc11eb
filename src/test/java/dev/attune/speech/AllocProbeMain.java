package dev.attune.speech;

import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Locale;
import javax.sound.sampled.AudioFormat;

/**
 * Measures bytes allocated on this thread per FreeTTS synthesis, and how much of that is Attune's
 * capture and conversion rather than FreeTTS. Prints numbers only.
 *
 * <p>Run: {@code java -cp target/attune.jar:target/test-classes dev.attune.speech.AllocProbeMain}
 */
public final class AllocProbeMain {

  private static final List<String> TEXTS =
      List.of(
          "How is your pain today?",
          "Where does it hurt? Choose all that apply.",
          "Is there anywhere you do not want to be touched tonight?",
          "Skip",
          "Not today",
          "Which of these would you like to try? Slow kissing, a massage, or toys over clothes.");

  private AllocProbeMain() {}

  public static void main(String[] args) {
    com.sun.management.ThreadMXBean threads =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long self = Thread.currentThread().getId();
    FreeTtsSynthesizer synth = new FreeTtsSynthesizer();
    long a0 = threads.getThreadAllocatedBytes(self);
    synth.warmUp();
    long a1 = threads.getThreadAllocatedBytes(self);
    System.out.printf(Locale.ROOT, "voice load: %.1f MB allocated%n", (a1 - a0) / 1e6);
    for (int round = 0; round < 3; round++) {
      long pcmBytes = 0;
      long before = threads.getThreadAllocatedBytes(self);
      for (String text : TEXTS) {
        for (Utterance.Style style : Utterance.Style.values()) {
          pcmBytes += synth.synthesize(text, style).byteLength();
        }
      }
      long after = threads.getThreadAllocatedBytes(self);
      int n = TEXTS.size() * Utterance.Style.values().length;
      System.out.printf(
          Locale.ROOT,
          "round %d: %d syntheses, PCM %.2f MB, allocated %.1f MB (%.0f KB per synthesis, %.1fx"
              + " the PCM)%n",
          round,
          n,
          pcmBytes / 1e6,
          (after - before) / 1e6,
          (after - before) / 1e3 / n,
          (double) (after - before) / pcmBytes);
    }
    // Attune's own part: the capture and conversion of one second of kevin16 output.
    byte[] raw = new byte[16_000 * 2];
    AudioFormat kevin = new AudioFormat(16000f, 16, 1, true, true);
    for (int round = 0; round < 3; round++) {
      long before = threads.getThreadAllocatedBytes(self);
      CapturingAudioPlayer player = new CapturingAudioPlayer();
      player.setAudioFormat(kevin);
      for (int at = 0; at < raw.length; at += 1024) {
        player.write(raw, at, Math.min(1024, raw.length - at));
      }
      Pcm pcm = player.take();
      long after = threads.getThreadAllocatedBytes(self);
      System.out.printf(
          Locale.ROOT,
          "capture+convert of 1 s (%d bytes of PCM): allocated %d bytes (%.1fx)%n",
          pcm.byteLength(),
          after - before,
          (double) (after - before) / pcm.byteLength());
    }
    synth.close();
  }
}
