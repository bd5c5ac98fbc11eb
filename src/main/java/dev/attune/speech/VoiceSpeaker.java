package dev.attune.speech;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;

/**
 * The audible {@link Speaker}: FreeTTS synthesis, a cache, earcons and one audio line.
 *
 * <p>Threads: it creates one daemon thread "attune-synth" (a single-thread executor, because the
 * {@link Synthesizer} is confined to one thread) and, through {@link Playback}, one "attune-audio".
 * Public methods are thread-safe and return at once. {@link #say} cuts off current sound before its
 * own synthesis starts, and a say superseded while still synthesising never plays. The voice starts
 * loading in the background at construction. Prompt text is never logged.
 */
public final class VoiceSpeaker implements Speaker {

  static final int CACHE_ENTRIES = 256;

  private static final System.Logger LOG = System.getLogger(VoiceSpeaker.class.getName());

  private final Synthesizer synth;
  private final Earcons earcons;
  private final Playback playback;
  private final ExecutorService synthThread =
      Executors.newSingleThreadExecutor(
          body -> {
            Thread t = new Thread(body, "attune-synth");
            t.setDaemon(true);
            return t;
          });

  /** Confined to the synthesis thread. */
  private final PcmCache cache = new PcmCache(CACHE_ENTRIES);

  /** Confined to the synthesis thread: warn once, not on every prompt, if the voice is broken. */
  private boolean warned;

  private final Object lock = new Object();

  /** Bumped by every say, stop and close; a render whose number is no longer current is stale. */
  private long generation; // guarded by lock

  private boolean closed; // guarded by lock

  /**
   * @param synth used only from this speaker's synthesis thread; closed by {@link #close}
   * @param openLine an opened line; this speaker owns and closes it
   */
  public VoiceSpeaker(Synthesizer synth, PcmLine openLine) {
    this(synth, new Earcons(), new Playback(openLine));
  }

  VoiceSpeaker(Synthesizer synth, Earcons earcons, Playback playback) {
    this.synth = synth;
    this.earcons = earcons;
    this.playback = playback;
    synthThread.execute(this::warmUp);
  }

  @Override
  public CompletableFuture<Boolean> say(Utterance utterance) {
    CompletableFuture<Boolean> result = new CompletableFuture<>();
    long mine;
    synchronized (lock) {
      if (closed) {
        result.complete(false);
        return result;
      }
      mine = ++generation;
      // Cut off old speech now, not when the new one is ready.
      playback.cancel();
    }
    submit(() -> render(utterance, mine, result), result);
    return result;
  }

  @Override
  public void stop() {
    synchronized (lock) {
      generation++;
      playback.cancel();
    }
  }

  @Override
  public void prepare(Utterance utterance) {
    if (!audible()) {
      return;
    }
    submit(
        () -> {
          for (Utterance.Part part : utterance.parts()) {
            if (part instanceof Utterance.Part.Speech speech) {
              speech(speech);
            }
          }
        },
        null);
  }

  @Override
  public boolean audible() {
    synchronized (lock) {
      return !closed;
    }
  }

  @Override
  public void close() {
    synchronized (lock) {
      if (closed) {
        return;
      }
      closed = true;
      generation++;
    }
    playback.close();
    submit(synth::close, null);
    synthThread.shutdown();
  }

  /** Runs on the synthesis thread. */
  private void render(Utterance utterance, long mine, CompletableFuture<Boolean> result) {
    boolean whole = true;
    List<Pcm> pieces = new ArrayList<>();
    for (Utterance.Part part : utterance.parts()) {
      if (!isCurrent(mine)) {
        result.complete(false);
        return;
      }
      Pcm piece = pcm(part);
      whole &= piece != null;
      if (piece != null) {
        pieces.add(piece);
      }
    }
    Pcm sound = Pcm.concat(pieces);
    CompletableFuture<Boolean> played;
    synchronized (lock) {
      // Checked and started under the lock, so a say or stop cannot slip in between.
      if (closed || generation != mine) {
        result.complete(false);
        return;
      }
      played = playback.play(sound);
    }
    boolean allParts = whole;
    played.whenComplete((ok, error) -> result.complete(error == null && ok && allParts));
  }

  /** The sound of one part, or null when its speech could not be synthesised. */
  private Pcm pcm(Utterance.Part part) {
    if (part instanceof Utterance.Part.Speech speech) {
      return speech(speech);
    } else if (part instanceof Utterance.Part.Tone tone) {
      return earcons.pcm(tone.earcon());
    } else {
      return Pcm.silence(((Utterance.Part.Silence) part).millis());
    }
  }

  private Pcm speech(Utterance.Part.Speech speech) {
    try {
      return cache.get(
          new PcmCache.Key(speech.text(), speech.style()),
          () -> synth.synthesize(speech.text(), speech.style()));
    } catch (SpeechException e) {
      warn(e);
      return null;
    }
  }

  private void warmUp() {
    try {
      synth.warmUp();
    } catch (SpeechException e) {
      warn(e);
    }
  }

  /** SpeechException messages never contain prompt text, so they may be logged. */
  private void warn(SpeechException e) {
    System.Logger.Level level = warned ? System.Logger.Level.DEBUG : System.Logger.Level.WARNING;
    warned = true;
    LOG.log(level, "Speech synthesis failed; Attune goes on with captions: " + e.getMessage());
  }

  private boolean isCurrent(long mine) {
    synchronized (lock) {
      return !closed && generation == mine;
    }
  }

  /** Completes {@code result} with false if the synthesis thread has already shut down. */
  private void submit(Runnable task, CompletableFuture<Boolean> result) {
    try {
      synthThread.execute(task);
    } catch (RejectedExecutionException e) {
      if (result != null) {
        result.complete(false);
      }
    }
  }
}
