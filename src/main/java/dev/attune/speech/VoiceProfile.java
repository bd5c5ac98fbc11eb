package dev.attune.speech;

import static dev.attune.yaml.FileProblems.shown;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * How Attune's voice sounds: a FreeTTS base voice with its rate, pitch and volume, and a one-line
 * description that the settings screen speaks as a preview. Immutable; equal profiles sound the
 * same, so a profile is part of every cache key.
 *
 * <p>The {@code check...} methods return the problem with a value in words a person editing a
 * profile file can act on; the file loader and this record's constructor share them.
 *
 * @param id lower-case letters, digits, {@code -} or {@code _}; the file name without {@code .yaml}
 * @param baseVoice the FreeTTS voice; only {@value #BASE_VOICE} (16 kHz) is allowed
 * @param wordsPerMinute speaking rate of normal speech, {@value #MIN_RATE}..{@value #MAX_RATE}
 * @param pitchHz mean pitch in hertz, {@value #MIN_PITCH}..{@value #MAX_PITCH}
 * @param pitchRangeHz how far the pitch moves, in hertz, 0..{@value #MAX_PITCH_RANGE}
 * @param volume 0.1..1, where 1 is full scale
 * @param description one plain sentence
 */
public record VoiceProfile(
    String id,
    String baseVoice,
    double wordsPerMinute,
    double pitchHz,
    double pitchRangeHz,
    double volume,
    String description) {

  public static final String BASE_VOICE = "kevin16";
  public static final int MIN_RATE = 80;
  public static final int MAX_RATE = 260;
  public static final int MIN_PITCH = 50;
  public static final int MAX_PITCH = 250;
  public static final int MAX_PITCH_RANGE = 60;
  public static final double MIN_VOLUME = 0.1;
  public static final int MAX_DESCRIPTION = 160;

  private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9_-]{0,31}");

  public VoiceProfile {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(baseVoice, "baseVoice");
    Objects.requireNonNull(description, "description");
    throwIfPresent(checkId(id));
    throwIfPresent(checkBaseVoice(baseVoice));
    throwIfPresent(checkRate(wordsPerMinute));
    throwIfPresent(checkPitch(pitchHz));
    throwIfPresent(checkPitchRange(pitchRangeHz));
    throwIfPresent(checkVolume(volume));
    throwIfPresent(checkDescription(description));
  }

  /** The same voice under another id, e.g. for a user's copy. */
  public VoiceProfile withId(String newId) {
    return new VoiceProfile(
        newId, baseVoice, wordsPerMinute, pitchHz, pitchRangeHz, volume, description);
  }

  static Optional<String> checkId(String id) {
    return ID.matcher(id).matches()
        ? Optional.empty()
        : Optional.of(
            "the profile name '"
                + shown(id)
                + "' should be up to 32 lower-case letters, digits, '-' or '_', starting with a"
                + " letter or digit");
  }

  static Optional<String> checkBaseVoice(String voice) {
    if (BASE_VOICE.equals(voice)) {
      return Optional.empty();
    }
    if ("kevin".equals(voice)) {
      return Optional.of(
          "base_voice 'kevin' is the 8 kHz voice and sounds muffled; use " + BASE_VOICE);
    }
    return Optional.of(
        "base_voice '"
            + shown(voice)
            + "' is not a voice Attune has; the only one is "
            + BASE_VOICE);
  }

  static Optional<String> checkRate(double wpm) {
    return between(wpm, MIN_RATE, MAX_RATE)
        ? Optional.empty()
        : Optional.of(
            "rate must be between "
                + MIN_RATE
                + " and "
                + MAX_RATE
                + " words per minute, not "
                + plain(wpm));
  }

  static Optional<String> checkPitch(double hz) {
    return between(hz, MIN_PITCH, MAX_PITCH)
        ? Optional.empty()
        : Optional.of(
            "pitch must be between " + MIN_PITCH + " and " + MAX_PITCH + " Hz, not " + plain(hz));
  }

  static Optional<String> checkPitchRange(double hz) {
    return between(hz, 0, MAX_PITCH_RANGE)
        ? Optional.empty()
        : Optional.of(
            "pitch_range must be between 0 and " + MAX_PITCH_RANGE + " Hz, not " + plain(hz));
  }

  static Optional<String> checkVolume(double volume) {
    return between(volume, MIN_VOLUME, 1)
        ? Optional.empty()
        : Optional.of("volume must be between 0.1 and 1, not " + plain(volume));
  }

  static Optional<String> checkDescription(String text) {
    String stripped = text.strip();
    if (stripped.isEmpty()) {
      return Optional.of(
          "description is empty; write one plain sentence about how the voice sounds");
    }
    if (stripped.length() > MAX_DESCRIPTION || stripped.indexOf('\n') >= 0) {
      return Optional.of(
          "description should be one sentence on one line, at most "
              + MAX_DESCRIPTION
              + " characters");
    }
    char last = stripped.charAt(stripped.length() - 1);
    if (last != '.' && last != '!' && last != '?') {
      return Optional.of("description should be a sentence ending with a full stop");
    }
    return Optional.empty();
  }

  private static boolean between(double value, double min, double max) {
    return Double.isFinite(value) && value >= min && value <= max;
  }

  /** 900 rather than 900.0, so messages read naturally. */
  static String plain(double value) {
    return value == Math.rint(value) && Math.abs(value) < 1e15
        ? Long.toString((long) value)
        : Double.toString(value);
  }

  private static void throwIfPresent(Optional<String> problem) {
    if (problem.isPresent()) {
      throw new IllegalArgumentException(problem.get());
    }
  }
}
