package dev.attune.speech;

import com.sun.speech.freetts.Item;
import com.sun.speech.freetts.OutputQueue;
import com.sun.speech.freetts.Relation;
import com.sun.speech.freetts.UtteranceProcessor;
import com.sun.speech.freetts.Voice;
import com.sun.speech.freetts.VoiceManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Synthesises speech with FreeTTS's kevin16 voice into memory, shaped by a {@link VoiceProfile} and
 * with Attune's pronunciation fixes ({@link PronunciationLexicon}) added to the voice's lexicon
 * when it is allocated.
 *
 * <p>Threading: FreeTTS voices are not thread-safe, so an instance must be used from one thread
 * only ({@link VoiceSpeaker} uses its "attune-synth" thread). The voice is allocated on the first
 * {@link #warmUp} or {@link #synthesize}, which takes about 0.3 s; later prompts take milliseconds.
 */
public final class FreeTtsSynthesizer implements Synthesizer {

  static final String VOICES_PROPERTY = "freetts.voices";
  static final String KEVIN_DIRECTORY =
      "com.sun.speech.freetts.en.us.cmu_us_kal.KevinVoiceDirectory";
  static final String VOICE_NAME = VoiceProfile.BASE_VOICE;

  /**
   * FreeTTS logs utterance text at FINE. Held strongly so the level sticks: Attune must never log
   * what it says, even with verbose logging switched on elsewhere.
   */
  private static final Logger FREETTS_LOG = Logger.getLogger("com.sun.speech.freetts");

  private final CapturingAudioPlayer player = new CapturingAudioPlayer();
  private final VoiceProfile profile;
  private final PronunciationLexicon lexicon;
  private Voice voice;
  private boolean closed;

  /**
   * The bundled default profile and lexicon.
   *
   * @throws SpeechException when a bundled voice file is broken (a packaging bug)
   */
  public FreeTtsSynthesizer() {
    this(VoiceProfiles.bundledDefault(), bundledLexicon());
  }

  /**
   * @param profile used by {@link #synthesize(String, Utterance.Style)}
   * @param lexicon pronunciation fixes added to the voice when it is allocated
   */
  public FreeTtsSynthesizer(VoiceProfile profile, PronunciationLexicon lexicon) {
    this.profile = Objects.requireNonNull(profile, "profile");
    this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
  }

  /** The bundled lexicon; a broken one is a packaging bug, so this throws unchecked. */
  static PronunciationLexicon bundledLexicon() {
    try {
      return PronunciationLexicon.bundled();
    } catch (VoiceFileException e) {
      throw new SpeechException(
          "The bundled pronunciation lexicon is broken: " + e.getMessage(), e);
    }
  }

  @Override
  public void warmUp() {
    voice();
  }

  @Override
  public Pcm synthesize(String text, Utterance.Style style) {
    return synthesize(text, style, profile);
  }

  @Override
  public Pcm synthesize(String text, Utterance.Style style, VoiceProfile with) {
    if (text.isBlank()) {
      return Pcm.EMPTY;
    }
    Voice v = voice();
    Tuning.of(with, style).applyTo(v);
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

  /**
   * The phones the voice actually spoke for {@code text}, from its segment relation, pauses
   * included ({@code pau}); stress is not part of a segment name. For tests and diagnostics.
   */
  List<String> spokenPhones(String text) {
    Voice v = voice();
    List<String> phones = new ArrayList<>();
    UtteranceProcessor recorder =
        utterance -> {
          Relation segments = utterance.getRelation(Relation.SEGMENT);
          for (Item s = segments == null ? null : segments.getHead(); s != null; s = s.getNext()) {
            phones.add(s.getFeatures().getString("name"));
          }
        };
    @SuppressWarnings("unchecked") // FreeTTS predates generics; the list holds processors.
    List<UtteranceProcessor> processors = v.getUtteranceProcessors();
    processors.add(recorder);
    try {
      synthesize(text, Utterance.Style.NORMAL);
    } finally {
      processors.remove(recorder);
    }
    return phones;
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
    // The lexicon is loaded by allocate(); addenda win over its compiled entries and over
    // letter-to-sound rules.
    lexicon.applyTo(v.getLexicon());
    return v;
  }

  /**
   * How a style sounds with a profile: words per minute, volume (0..1) and pitch in Hz. NORMAL is
   * the profile itself; CUE is quicker and softer; LOUD is slower and louder (but never beyond full
   * volume, so a profile at volume 1 gets only the slower pace).
   */
  record Tuning(float wordsPerMinute, float volume, float pitchHz, float pitchRangeHz) {

    /** Option labels while scanning or focusing: quick and in the background. */
    static final float CUE_RATE = 1.32f;

    static final float CUE_VOLUME = 0.65f;

    /** Pause-board signals must be understood at once. */
    static final float LOUD_RATE = 0.9f;

    static final float LOUD_VOLUME = 1.18f;

    static Tuning of(VoiceProfile profile, Utterance.Style style) {
      float rate = (float) profile.wordsPerMinute();
      float volume = (float) profile.volume();
      float pitch = (float) profile.pitchHz();
      float range = (float) profile.pitchRangeHz();
      return switch (style) {
        case NORMAL -> new Tuning(rate, volume, pitch, range);
        case CUE, OPTION -> new Tuning(rate * CUE_RATE, volume * CUE_VOLUME, pitch, range);
        case LOUD -> new Tuning(rate * LOUD_RATE, Math.min(1f, volume * LOUD_VOLUME), pitch, range);
      };
    }

    void applyTo(Voice v) {
      v.setRate(wordsPerMinute);
      v.setVolume(volume);
      v.setPitch(pitchHz);
      v.setPitchRange(pitchRangeHz);
    }
  }
}
