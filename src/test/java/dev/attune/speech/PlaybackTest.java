package dev.attune.speech;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class PlaybackTest {

  private static final long TIMEOUT_S = 10;

  private static Pcm tone(int millis) {
    short[] samples = new short[Pcm.frames(millis)];
    for (int i = 0; i < samples.length; i++) {
      samples[i] = (short) (i % 200 * 50);
    }
    return Pcm.ofSamples(samples);
  }

  @Test
  void sound_playsToTheEnd_inSmallChunks() throws Exception {
    FakeLine line = FakeLine.recording();
    Pcm pcm = tone(500);
    try (Playback playback = new Playback(line)) {
      assertTrue(playback.play(pcm).get(TIMEOUT_S, TimeUnit.SECONDS));
    }
    assertArrayEquals(pcm.data(), line.written());
    assertEquals(640, Playback.CHUNK_BYTES, "20 ms at 16 kHz, 16-bit mono");
  }

  @Test
  void cancel_flushesAndAbandonsTheRest() throws Exception {
    FakeLine line = FakeLine.blockingAfterFirstWrite();
    Pcm pcm = tone(5000);
    try (Playback playback = new Playback(line)) {
      CompletableFuture<Boolean> played = playback.play(pcm);
      assertTrue(line.awaitFirstWrite());
      assertTrue(line.awaitBlockedWrite());

      playback.cancel();

      assertFalse(played.get(TIMEOUT_S, TimeUnit.SECONDS));
      assertTrue(line.flushes() >= 1);
      assertEquals(Playback.CHUNK_BYTES, line.written().length);
    }
  }

  @Test
  void newSound_cutsOffTheOldOne() throws Exception {
    FakeLine line = FakeLine.blockingAfterFirstWrite();
    Pcm first = tone(5000);
    Pcm second = tone(100);
    try (Playback playback = new Playback(line)) {
      CompletableFuture<Boolean> old = playback.play(first);
      assertTrue(line.awaitFirstWrite());
      assertTrue(line.awaitBlockedWrite());

      CompletableFuture<Boolean> next = playback.play(second);

      assertFalse(old.get(TIMEOUT_S, TimeUnit.SECONDS));
      assertTrue(next.get(TIMEOUT_S, TimeUnit.SECONDS));
    }
    byte[] written = line.written();
    assertEquals(Playback.CHUNK_BYTES + second.byteLength(), written.length);
  }

  @Test
  void close_endsTheAudioThreadAndClosesTheLine() throws Exception {
    FakeLine line = FakeLine.blockingAfterFirstWrite();
    Playback playback = new Playback(line);
    CompletableFuture<Boolean> played = playback.play(tone(5000));
    assertTrue(line.awaitFirstWrite());
    assertTrue(line.awaitBlockedWrite());

    playback.close();
    playback.close();

    assertFalse(played.get(TIMEOUT_S, TimeUnit.SECONDS));
    assertTrue(line.closed());
    assertFalse(playback.play(tone(10)).get(TIMEOUT_S, TimeUnit.SECONDS));
  }

  @Test
  void audioThread_isANamedDaemon_thatEndsOnClose() throws Exception {
    CompletableFuture<Thread> audio = new CompletableFuture<>();
    Playback playback =
        new Playback(
            FakeLine.recording(),
            body -> {
              Thread t = new Thread(body, "test-audio");
              audio.complete(t);
              return t;
            });
    Thread t = audio.get(TIMEOUT_S, TimeUnit.SECONDS);
    assertTrue(t.isAlive());

    playback.close();

    t.join(TimeUnit.SECONDS.toMillis(TIMEOUT_S));
    assertFalse(t.isAlive());
  }

  @Test
  void defaultAudioThread_isCalledAttuneAudio_andIsADaemon() {
    Playback playback = new Playback(FakeLine.recording());
    try {
      boolean found =
          Thread.getAllStackTraces().keySet().stream()
              .anyMatch(t -> t.getName().equals("attune-audio") && t.isDaemon() && t.isAlive());
      assertTrue(found);
    } finally {
      playback.close();
    }
  }

  @Test
  void stream_playsPiecesAsTheyAreAppended_andEndsOnlyWhenFinished() throws Exception {
    FakeLine line = FakeLine.recording();
    Pcm first = tone(30);
    Pcm second = tone(50);
    try (Playback playback = new Playback(line)) {
      Playback.Stream stream = playback.open();
      stream.append(first);
      assertTrue(line.awaitFirstWrite());
      assertFalse(stream.done().isDone(), "still open for more pieces");

      stream.append(second);
      stream.finish();

      assertTrue(stream.done().get(TIMEOUT_S, TimeUnit.SECONDS));
    }
    assertArrayEquals(Pcm.concat(first, second).data(), line.written());
  }

  @Test
  void stream_cutOff_ignoresLaterPieces() throws Exception {
    FakeLine line = FakeLine.recording();
    try (Playback playback = new Playback(line)) {
      Playback.Stream stream = playback.open();
      playback.cancel();
      stream.append(tone(30));
      stream.finish();

      assertFalse(stream.done().get(TIMEOUT_S, TimeUnit.SECONDS));
      assertTrue(playback.play(tone(10)).get(TIMEOUT_S, TimeUnit.SECONDS));
    }
    assertArrayEquals(tone(10).data(), line.written());
  }
}
