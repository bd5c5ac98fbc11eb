package dev.attune.ui.nav;

import dev.attune.speech.VoiceProfile;
import dev.attune.ui.kit.ScreenView;
import dev.attune.ui.settings.Preferences;
import dev.attune.ui.settings.Tuning;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * The preferences in use: saved when they change, and applied to the voice (speed, volume) and the
 * window (text size, dim). Event Dispatch Thread only.
 */
final class Look implements Tuning {
  @Override
  public java.util.concurrent.CompletableFuture<Void> later(int millis) {
    return services.delay().after(millis);
  }

  private final ScreenView view;
  private final Services services;
  private Navigation navigation;
  private Preferences preferences;

  Look(ScreenView view, Services services) {
    this.view = view;
    this.services = services;
    this.preferences = services.preferences();
  }

  void wire(Navigation navigation) {
    this.navigation = navigation;
  }

  @Override
  public Preferences preferences() {
    return preferences;
  }

  @Override
  public void update(Preferences next) {
    Map<String, String> before = preferences.toMap();
    next.toMap()
        .forEach(
            (key, value) -> {
              if (!value.equals(before.get(key))) {
                services.journal().setting(key, value);
              }
            });
    preferences = next;
    apply();
  }

  /** Preferences changed without a save (an older Attune's lock hash, dropped once moved over). */
  void replace(Preferences next) {
    preferences = next;
  }

  void apply() {
    view.dim(preferences.dim());
    view.textScale(preferences.textPercent());
    VoiceProfile base = services.voices().get(preferences.voice());
    if (base != null) {
      services.speaker().useVoice(adjusted(base, preferences));
    }
  }

  @Override
  public List<String> voices() {
    return List.copyOf(services.voices().keySet());
  }

  @Override
  public String voiceDescription() {
    VoiceProfile profile = services.voices().get(preferences.voice());
    return profile == null ? "" : profile.description();
  }

  @Override
  public boolean curtainOn() {
    return navigation.curtainOn();
  }

  @Override
  public void toggleCurtain() {
    navigation.toggleCurtain();
  }

  @Override
  public CompletableFuture<String> pronounce(String word) {
    return services.pronounce().apply(word);
  }

  /** The chosen voice at the chosen speed and volume, kept within what a voice may be. */
  private static VoiceProfile adjusted(VoiceProfile base, Preferences p) {
    double rate =
        Math.max(
            VoiceProfile.MIN_RATE,
            Math.min(VoiceProfile.MAX_RATE, base.wordsPerMinute() * p.ratePercent() / 100.0));
    double volume =
        Math.max(VoiceProfile.MIN_VOLUME, Math.min(1.0, base.volume() * p.volumePercent() / 100.0));
    return new VoiceProfile(
        base.id(),
        base.baseVoice(),
        rate,
        base.pitchHz(),
        base.pitchRangeHz(),
        volume,
        base.description());
  }
}
