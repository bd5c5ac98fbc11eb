package dev.attune.speech;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * Recording through the real Java Sound capture line, in child JVMs whose ALSA default device is
 * set by an {@code .asoundrc}: one reads its microphone from a file of synthesised speech, the
 * other has no capture device at all.
 */
@EnabledOnOs(OS.LINUX) // .asoundrc is how ALSA, and so Java Sound on Linux, picks a device
class MicrophoneTest {

  private static final String PROMPT = "How is your pain today?";

  @Test
  void microphone_recordsExactlyWhatTheDeviceHeard_andKeepsItTidied(@TempDir Path home)
      throws Exception {
    Pcm spoken;
    try (FreeTtsSynthesizer synth = new FreeTtsSynthesizer()) {
      spoken = synth.synthesize(PROMPT, Utterance.Style.NORMAL);
    }
    // Quiet, the words, quiet: longer than the take, so the device never runs dry.
    Pcm heard = Pcm.concat(Pcm.silence(300), spoken, Pcm.silence(4000));
    Path in = home.resolve("mic.raw");
    Files.write(in, heard.data());
    Files.writeString(
        home.resolve(".asoundrc"),
        "pcm.!default { type file; slave.pcm \"null\"; file \""
            + home.resolve("OUT.raw")
            + "\"; infile \""
            + in
            + "\"; format \"raw\" }\n");

    String output = run(home);
    assertTrue(output.startsWith("kept"), output);

    Pcm raw = WavWriter.read(home.resolve("raw.wav"));
    assertEquals(
        Pcm.frames(MicrophoneMain.LIMIT_MS), raw.sampleCount(), "the take stops at its limit");
    assertArrayEquals(
        Arrays.copyOf(heard.data(), raw.byteLength()),
        raw.data(),
        "what the device heard, exactly");

    Path folder = home.resolve("voices").resolve("calm");
    assertEquals(
        List.of("before.pain_level.wav\t" + PROMPT),
        Files.readAllLines(folder.resolve(Recordings.INDEX), StandardCharsets.UTF_8));
    Pcm kept = WavWriter.read(folder.resolve("before.pain_level.wav"));
    // The quiet around the words is cut to a margin; every sound of the words is kept.
    long words = soundSpanMillis(spoken);
    assertTrue(kept.durationMillis() >= words, kept + " vs words of " + words + " ms");
    assertTrue(
        kept.durationMillis() <= words + 2 * Tidy.MARGIN_MS + 2 * Tidy.WINDOW_MS,
        kept + " vs words of " + words + " ms");
    assertEquals(Math.round(Tidy.TARGET_PEAK * Short.MAX_VALUE), kept.peak(), 2);
  }

  @Test
  void noCaptureDevice_isReportedAsNoMicrophone(@TempDir Path home) throws Exception {
    // A default device that can only play.
    Files.writeString(
        home.resolve(".asoundrc"),
        "pcm.!default { type asym; playback.pcm { type file; slave.pcm \"null\"; file \""
            + home.resolve("OUT.raw")
            + "\"; format \"raw\" } }\n");
    String output = run(home);
    assertTrue(output.startsWith("no-microphone: No microphone could be opened"), output);
    assertTrue(Files.notExists(home.resolve("voices")), "nothing is written without a take");
  }

  /** From the first to the last sample louder than a twentieth of the peak. */
  private static long soundSpanMillis(Pcm pcm) {
    int threshold = pcm.peak() / 20;
    int first = 0;
    while (Math.abs(pcm.sample(first)) <= threshold) {
      first++;
    }
    int last = pcm.sampleCount() - 1;
    while (Math.abs(pcm.sample(last)) <= threshold) {
      last--;
    }
    return (last - first + 1) * 1000L / Pcm.SAMPLE_RATE;
  }

  private static String run(Path home) throws Exception {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    ProcessBuilder builder =
        new ProcessBuilder(
                java.toString(),
                "-Duser.home=" + home,
                "-cp",
                System.getProperty("java.class.path"),
                MicrophoneMain.class.getName(),
                home.toString(),
                PROMPT)
            .redirectErrorStream(true);
    builder.environment().put("HOME", home.toString());
    Process child = builder.start();
    try {
      assertTrue(child.waitFor(60, TimeUnit.SECONDS), "child JVM did not finish");
      String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertEquals(0, child.exitValue(), output);
      return output.strip();
    } finally {
      child.destroyForcibly();
    }
  }
}
