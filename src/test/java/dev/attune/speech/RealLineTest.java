package dev.attune.speech;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * End to end through Java Sound: a child JVM whose ALSA default device is a WAV file, so what
 * {@link JavaSoundLine} played can be compared byte for byte with what was synthesised.
 */
@EnabledOnOs(OS.LINUX) // .asoundrc is how ALSA, and so Java Sound on Linux, picks a device
class RealLineTest {

  @Test
  void realLine_playsExactlyTheSynthesisedSound(@TempDir Path home) throws Exception {
    Path out = home.resolve("OUT.wav");
    Files.writeString(
        home.resolve(".asoundrc"),
        "pcm.!default { type file; slave.pcm \"null\"; file \"" + out + "\"; format \"wav\" }\n");
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    ProcessBuilder builder =
        new ProcessBuilder(
                java.toString(),
                "-Duser.home=" + home,
                "-cp",
                System.getProperty("java.class.path"),
                RealLineMain.class.getName(),
                home.toString())
            .redirectErrorStream(true);
    builder.environment().put("HOME", home.toString());
    Process child = builder.start();
    String output;
    try {
      assertTrue(child.waitFor(60, TimeUnit.SECONDS), "child JVM did not finish");
      output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    } finally {
      child.destroyForcibly();
    }
    assertEquals(0, child.exitValue(), output);
    assertTrue(output.contains("played"), output);

    Pcm expected = WavWriter.read(home.resolve("expected.wav"));
    Pcm played = WavWriter.read(out);
    byte[] playedBytes = played.data();
    assertTrue(playedBytes.length >= expected.byteLength(), played + " vs " + expected);
    assertArrayEquals(expected.data(), Arrays.copyOf(playedBytes, expected.byteLength()));
    // ALSA may pad the last period with silence, never with sound.
    Pcm tail = new Pcm(Arrays.copyOfRange(playedBytes, expected.byteLength(), playedBytes.length));
    assertEquals(0, tail.peak());
  }
}
