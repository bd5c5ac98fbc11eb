package dev.attune.speech;

import com.sun.speech.freetts.OutputQueue;
import com.sun.speech.freetts.Voice;
import com.sun.speech.freetts.VoiceManager;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Synthesises speech with FreeTTS's kevin16 voice into memory.
 *
 * <p>Threading: FreeTTS voices are not thread-safe, so an instance must be used from one thread
 * only ({@link VoiceSpeaker} uses its "attune-synth" thread). The voice is allocated on the first
 * {@link #warmUp} or {@link #synthesize}, which takes about 0.3 s; later prompts take milliseconds.
 */
public final class FreeTtsSynthesizer implements Synthesizer {

  static final String VOICES_PROPERTY = "freetts.voices";
  static final String KEVIN_DIRECTORY =
      "com.sun.speech.freetts.en.us.cmu_us_kal.KevinVoiceDirectory";
  static final String VOICE_NAME = "kevin16";

  /**
   * FreeTTS logs utterance text at FINE. Held strongly so the level sticks: Attune must never log
   * what it says, even with verbose logging switched on elsewhere.
   */
  private static final Logger FREETTS_LOG = Logger.getLogger("com.sun.speech.freetts");

  private final CapturingAudioPlayer player = new CapturingAudioPlayer();
  private Voice voice;
  private boolean closed;

  @Override
  public void warmUp() {
    voice();
  }

  @Override
  public Pcm synthesize(String text, Utterance.Style style) {
    if (text.isBlank()) {
      return Pcm.EMPTY;
    }
    Voice v = voice();
    Tuning.of(style).applyTo(v);
    player.discard();
    boolean ok;
    try {
      ok = v.speak(text);
    } catch (RuntimeException e) {
      player.discard();
      throw new SpeechException("FreeTTS failed (" + e.getClass().getSimpleName() + ")", e);
    }
    if (!ok) {
      player.discard();
      throw new SpeechException("FreeTTS did not finish speaking");
    }
    return player.take();
  }

  @Override
  public void close() {
    if (!closed) {
      closed = true;
      if (voice != null) {
        voice.deallocate();
        voice = null;
      }
    }
  }

  private Voice voice() {
    if (closed) {
      throw new SpeechException("The synthesiser is closed");
    }
    if (voice == null) {
      voice = allocate();
    }
    return voice;
  }

  private Voice allocate() {
    if (System.getProperty(VOICES_PROPERTY) == null) {
      System.setProperty(VOICES_PROPERTY, KEVIN_DIRECTORY);
    }
    if (FREETTS_LOG.getLevel() == null
        || FREETTS_LOG.getLevel().intValue() < Level.INFO.intValue()) {
      FREETTS_LOG.setLevel(Level.INFO);
    }
    Voice v;
    try {
      v = VoiceManager.getInstance().getVoice(VOICE_NAME);
    } catch (RuntimeException e) {
      throw new SpeechException("Could not look up the FreeTTS voice " + VOICE_NAME, e);
    }
    if (v == null) {
      throw new SpeechException("The FreeTTS voice " + VOICE_NAME + " is not on the class path");
    }
    v.setAudioPlayer(player);
    // With no queue of its own, allocate() would start a FreeTTS output thread; with this unused
    // queue it does not, and clearing it afterwards makes speak() write to the player on this
    // thread, keeping the voice confined to its one thread.
    v.setOutputQueue(new OutputQueue());
    try {
      v.allocate();
    } catch (RuntimeException | Error e) {
      throw new SpeechException("Could not load the FreeTTS voice " + VOICE_NAME, e);
    }
    v.setOutputQueue(null);
    return v;
  }

  /** How each style sounds: words per minute and volume (0..1). */
  record Tuning(float wordsPerMinute, float volume) {

    static Tuning of(Utterance.Style style) {
      return switch (style) {
        // Calm and a little slower than FreeTTS's 150 wpm default: people listen eyes closed.
        case NORMAL -> new Tuning(140f, 0.85f);
        // Option labels while scanning or focusing: quick and in the background.
        case CUE -> new Tuning(185f, 0.55f);
        // Pause-board signals must be understood at once.
        case LOUD -> new Tuning(125f, 1.0f);
      };
    }

    void applyTo(Voice v) {
      v.setRate(wordsPerMinute);
      v.setVolume(volume);
    }
  }
}
