package dev.attune.speech;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javax.sound.sampled.AudioSystem;
import org.junit.jupiter.api.Test;

class SpeechTest {

  private static final long TIMEOUT_S = 10;

  @Test
  void noDevice_givesASilentSpeakerAndANotice_withoutLoadingAVoice() throws Exception {
    FakeLine line = FakeLine.unavailable();

    Speech.Opened opened =
        Speech.open(
            line,
            () -> {
              throw new AssertionError("a silent Attune must not load a voice");
            });

    try (Speaker speaker = opened.speaker()) {
      assertInstanceOf(SilentSpeaker.class, speaker);
      assertFalse(speaker.audible());
      assertEquals(Optional.of(Speech.NO_DEVICE_NOTICE), opened.notice());
      assertFalse(speaker.say("Hello").get(TIMEOUT_S, TimeUnit.SECONDS));
      speaker.stop();
    }
    assertTrue(line.closed());
  }

  @Test
  void workingDevice_givesAnAudibleVoiceSpeaker() throws Exception {
    FakeLine line = FakeLine.recording();

    Speech.Opened opened = Speech.open(line, FreeTtsSynthesizer::new);

    try (Speaker speaker = opened.speaker()) {
      assertInstanceOf(VoiceSpeaker.class, speaker);
      assertTrue(speaker.audible());
      assertTrue(line.opened());
      assertEquals(Optional.empty(), opened.notice());
      assertTrue(speaker.say("Hello").get(TIMEOUT_S, TimeUnit.SECONDS));
    }
    assertTrue(line.written().length > 0);
  }

  /** On a machine without a sound card (like CI) the real factory must fall back, not throw. */
  @Test
  void realFactory_fallsBackToSilence_whenThereIsNoSoundCard() throws Exception {
    Speech.Opened opened = Speech.open();

    try (Speaker speaker = opened.speaker()) {
      assertEquals(!speaker.audible(), opened.notice().isPresent());
      if (AudioSystem.getMixerInfo().length == 0) {
        assertFalse(speaker.audible());
        assertFalse(speaker.say("Hello").get(TIMEOUT_S, TimeUnit.SECONDS));
      } else {
        // A machine with sound: whatever happens, saying must finish rather than hang.
        speaker.say("Hello").get(TIMEOUT_S, TimeUnit.SECONDS);
      }
    }
  }

  @Test
  void silentSpeaker_neverPlays() throws Exception {
    try (SilentSpeaker speaker = new SilentSpeaker()) {
      speaker.prepare(Utterance.of("Hello"));
      assertFalse(speaker.say("Hello").get(TIMEOUT_S, TimeUnit.SECONDS));
      assertFalse(speaker.audible());
    }
  }
}
