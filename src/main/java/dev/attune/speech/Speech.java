package dev.attune.speech;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Opens Attune's voice: a {@link VoiceSpeaker} when a sound device opens, else a {@link
 * SilentSpeaker} and a one-line notice for the user. Never throws for a missing device.
 *
 * <p>Call from any thread except the Event Dispatch Thread: opening a device can take a moment. The
 * voice itself loads in the background.
 */
public final class Speech {

  public static final String NO_DEVICE_NOTICE =
      "No sound device found, so Attune will show its words on screen.";

  private static final System.Logger LOG = System.getLogger(Speech.class.getName());

  private Speech() {}

  /**
   * What {@link #open} produced.
   *
   * @param notice present when the speaker is silent: a plain sentence to show (and caption) once
   */
  public record Opened(Speaker speaker, Optional<String> notice) {
    public Opened {
      Objects.requireNonNull(speaker, "speaker");
      Objects.requireNonNull(notice, "notice");
    }
  }

  /** Uses the default Java Sound device and the kevin16 voice. */
  public static Opened open() {
    return open(new JavaSoundLine());
  }

  /** Uses the given (not yet opened) line and the kevin16 voice. */
  public static Opened open(PcmLine line) {
    return open(line, FreeTtsSynthesizer::new);
  }

  /** The synthesiser is created only when a device opened, so a silent Attune loads no voice. */
  public static Opened open(PcmLine line, Supplier<? extends Synthesizer> synth) {
    try {
      line.open();
    } catch (AudioUnavailableException e) {
      line.close();
      Throwable cause = e.getCause() == null ? e : e.getCause();
      LOG.log(
          System.Logger.Level.INFO,
          "Running silently: " + e.getMessage() + " (" + cause.getClass().getSimpleName() + ")");
      return new Opened(new SilentSpeaker(), Optional.of(NO_DEVICE_NOTICE));
    }
    return new Opened(new VoiceSpeaker(synth.get(), line), Optional.empty());
  }
}
