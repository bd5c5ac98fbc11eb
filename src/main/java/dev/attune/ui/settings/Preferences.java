package dev.attune.ui.settings;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How Attune looks, sounds and is driven. Stored as plain key/value settings; a stored value that
 * cannot be read falls back to the default, so a damaged setting never stops Attune.
 *
 * @param scanning auditory scanning instead of direct choice
 * @param switching how a switch drives scanning: pace, rounds, acceptance and which inputs
 * @param voice the voice profile id
 * @param ratePercent speech rate, relative to the voice profile
 * @param volumePercent loudness, relative to the voice profile
 * @param textPercent the size of all text
 * @param dim grey text on black, for a very dark room
 * @param voiceOn Attune speaks; off for people who use their own screen reader
 * @param lock an older Attune's passphrase hash, moved over at the first unlock; empty otherwise
 * @param lockAfterMinutes with a passphrase, Attune locks after this long without a key or a tap
 */
public record Preferences(
    boolean scanning,
    Switching switching,
    String voice,
    int ratePercent,
    int volumePercent,
    int textPercent,
    boolean dim,
    boolean voiceOn,
    String lock,
    int lockAfterMinutes) {

  static final List<Integer> RATES = List.of(80, 90, 100, 115, 130);
  static final List<Integer> VOLUMES = List.of(50, 70, 85, 100);
  static final List<Integer> TEXT_SIZES = List.of(100, 125, 150, 200);
  static final List<Integer> LOCK_AFTER = List.of(5, 15, 30, 60);
  public static final int DEBOUNCE_MILLIS = 300;

  /** The pause after each scanned option. */
  public int scanPaceMillis() {
    return switching.paceMillis();
  }

  public static final Preferences DEFAULTS =
      new Preferences(false, Switching.DEFAULTS, "calm", 100, 100, 100, false, true, "", 15);

  public Preferences {
    if (voice == null || voice.isBlank()) {
      voice = "calm";
    }
    switching = switching == null ? Switching.DEFAULTS : switching;
    ratePercent = Math.max(50, Math.min(200, ratePercent));
    volumePercent = Math.max(10, Math.min(100, volumePercent));
    textPercent = Math.max(50, Math.min(300, textPercent));
    lock = lock == null ? "" : lock;
    lockAfterMinutes = Math.max(1, Math.min(240, lockAfterMinutes));
  }

  public boolean locked() {
    return !lock.isEmpty();
  }

  public Preferences withLock(String hash) {
    return new Preferences(
        scanning,
        switching,
        voice,
        ratePercent,
        volumePercent,
        textPercent,
        dim,
        voiceOn,
        hash,
        lockAfterMinutes);
  }

  /** Reads stored settings; unknown keys are ignored and bad values keep the default. */
  public static Preferences from(Map<String, String> stored) {
    Preferences d = DEFAULTS;
    return new Preferences(
        "scanning".equals(stored.getOrDefault("mode", d.scanning() ? "scanning" : "direct")),
        Switching.from(stored),
        stored.getOrDefault("voice", d.voice()),
        number(stored.get("voice.rate"), d.ratePercent()),
        number(stored.get("voice.volume"), d.volumePercent()),
        number(stored.get("text.size"), d.textPercent()),
        Boolean.parseBoolean(stored.getOrDefault("dim", String.valueOf(d.dim()))),
        Boolean.parseBoolean(stored.getOrDefault("voice.on", String.valueOf(d.voiceOn()))),
        stored.getOrDefault("lock", ""),
        number(stored.get("lock.after"), d.lockAfterMinutes()));
  }

  public Map<String, String> toMap() {
    Map<String, String> map = new LinkedHashMap<>();
    map.put("mode", scanning ? "scanning" : "direct");
    switching.into(map);
    map.put("voice", voice);
    map.put("voice.rate", String.valueOf(ratePercent));
    map.put("voice.volume", String.valueOf(volumePercent));
    map.put("text.size", String.valueOf(textPercent));
    map.put("dim", String.valueOf(dim));
    map.put("voice.on", String.valueOf(voiceOn));
    map.put("lock", lock);
    map.put("lock.after", String.valueOf(lockAfterMinutes));
    return map;
  }

  public Preferences withScanning(boolean on) {
    return new Preferences(
        on,
        switching,
        voice,
        ratePercent,
        volumePercent,
        textPercent,
        dim,
        voiceOn,
        lock,
        lockAfterMinutes);
  }

  public Preferences withScanPace(int millis) {
    return withSwitching(switching.withPace(millis));
  }

  public Preferences withSwitching(Switching to) {
    return new Preferences(
        scanning,
        to,
        voice,
        ratePercent,
        volumePercent,
        textPercent,
        dim,
        voiceOn,
        lock,
        lockAfterMinutes);
  }

  public Preferences withVoice(String id) {
    return new Preferences(
        scanning,
        switching,
        id,
        ratePercent,
        volumePercent,
        textPercent,
        dim,
        voiceOn,
        lock,
        lockAfterMinutes);
  }

  public Preferences withRate(int percent) {
    return new Preferences(
        scanning,
        switching,
        voice,
        percent,
        volumePercent,
        textPercent,
        dim,
        voiceOn,
        lock,
        lockAfterMinutes);
  }

  public Preferences withVolume(int percent) {
    return new Preferences(
        scanning,
        switching,
        voice,
        ratePercent,
        percent,
        textPercent,
        dim,
        voiceOn,
        lock,
        lockAfterMinutes);
  }

  public Preferences withTextSize(int percent) {
    return new Preferences(
        scanning,
        switching,
        voice,
        ratePercent,
        volumePercent,
        percent,
        dim,
        voiceOn,
        lock,
        lockAfterMinutes);
  }

  public Preferences withDim(boolean on) {
    return new Preferences(
        scanning,
        switching,
        voice,
        ratePercent,
        volumePercent,
        textPercent,
        on,
        voiceOn,
        lock,
        lockAfterMinutes);
  }

  public Preferences withVoiceOn(boolean on) {
    return new Preferences(
        scanning,
        switching,
        voice,
        ratePercent,
        volumePercent,
        textPercent,
        dim,
        on,
        lock,
        lockAfterMinutes);
  }

  public Preferences withLockAfter(int minutes) {
    return new Preferences(
        scanning,
        switching,
        voice,
        ratePercent,
        volumePercent,
        textPercent,
        dim,
        voiceOn,
        lock,
        minutes);
  }

  /** The value after {@code current} in {@code values}, wrapping round. */
  static int next(List<Integer> values, int current) {
    for (int value : values) {
      if (value > current) {
        return value;
      }
    }
    return values.get(0);
  }

  static int number(String value, int fallback) {
    if (value == null) {
      return fallback;
    }
    try {
      return Integer.parseInt(value.trim().toLowerCase(Locale.ROOT));
    } catch (NumberFormatException e) {
      return fallback;
    }
  }
}
