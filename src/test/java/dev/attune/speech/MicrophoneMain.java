package dev.attune.speech;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Run in a child JVM by {@link MicrophoneTest}, whose ALSA default device reads its "microphone"
 * from a file: records through the real Java Sound capture line until the limit, writes the raw
 * take to {@code raw.wav}, then keeps it the way Attune does, as {@code <dir>/voices/calm/...}.
 * Prints {@code no-microphone} when none opens.
 */
public final class MicrophoneMain {

  static final int LIMIT_MS = 3000;

  private MicrophoneMain() {}

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[0]);
    Microphone.Capture capture;
    try {
      capture = new JavaSoundMicrophone().start(LIMIT_MS);
    } catch (AudioUnavailableException e) {
      System.out.println("no-microphone: " + e.getMessage());
      return;
    }
    capture.ended().get(30, TimeUnit.SECONDS);
    Pcm raw = capture.stop();
    WavWriter.write(raw, dir.resolve("raw.wav"));
    Recordings recordings = new Recordings(dir.resolve("voices"));
    recordings.save("calm", "before.pain_level", args[1], Tidy.tidy(raw).orElseThrow());
    System.out.println("kept " + raw.durationMillis() + " ms");
  }
}
