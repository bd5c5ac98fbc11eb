package dev.attune.speech;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.LongSupplier;

/**
 * The audible {@link Speaker}: FreeTTS synthesis, a cache, earcons and one audio line.
 *
 * <p>Threads: it creates one daemon thread "attune-synth" ({@link SynthesisQueue}, because the
 * {@link Synthesizer} is confined to one thread) and, through {@link Playback}, one "attune-audio".
 * Public methods are thread-safe and return at once.
 *
 * <p>Streaming: {@link #say} cuts off current sound and opens a new {@link Playback.Stream} at
 * once. Its leading earcons, pauses and cached speech are appended right there, on the caller's
 * thread, so they start sounding within a chunk's time; the remaining parts are synthesised in
 * order on the synthesis thread and each is appended the moment it is ready, while the earlier ones
 * play. A say superseded while still synthesising stops appending, and its stream is already cut
 * off, so stale speech never plays. Work for a say runs before any queued {@link #prepare} work,
 * which is split into one task per speech part, so a say waits at most for the one part being
 * prepared. The voice starts loading in the background at construction. Prompt text is never
 * logged.
 */
public final class VoiceSpeaker implements Speaker {

  /**
   * The cache holds at most this much sound: 2 MiB is about a minute of speech, the words of a few
   * screens behind and ahead. A whole Before check-in gets the same cache hits as with 256 entries
   * (about 20 MB by its end); 1 MiB already evicts prepared speech before it is said.
   */
  static final long CACHE_BYTES = 2L << 20;

  private static final System.Logger LOG = System.getLogger(VoiceSpeaker.class.getName());

  private final Synthesizer synth;
  private final Earcons earcons;
  private final Playback playback;
  private final StatsRecorder stats;
  private final SynthesisQueue queue = new SynthesisQueue();

  /** Read from any thread that says; written on the synthesis thread. Thread-safe. */
  private final PcmCache cache = new PcmCache(CACHE_BYTES);

  /** Confined to the synthesis thread: warn once, not on every prompt, if the voice is broken. */
  private boolean warned;

  private final Object lock = new Object();

  /** Bumped by every say, stop and close; a render whose number is no longer current is stale. */
  private long generation; // guarded by lock

  private boolean closed; // guarded by lock

  private volatile VoiceProfile profile;

  /** A person's own recordings, played instead of synthesis; null until the data folder is open. */
  private volatile Recordings recordings;

  /**
   * Speaks with the bundled default profile.
   *
   * @param synth used only from this speaker's synthesis thread; closed by {@link #close}
   * @param openLine an opened line; this speaker owns and closes it
   */
  public VoiceSpeaker(Synthesizer synth, PcmLine openLine) {
    this(synth, openLine, VoiceProfiles.bundledDefault());
  }

  /**
   * @param synth used only from this speaker's synthesis thread; closed by {@link #close}
   * @param openLine an opened line; this speaker owns and closes it
   * @param profile the voice to start with; see {@link #useVoice}
   */
  public VoiceSpeaker(Synthesizer synth, PcmLine openLine, VoiceProfile profile) {
    this(synth, new Earcons(), new Playback(openLine), profile, System::nanoTime);
  }

  VoiceSpeaker(Synthesizer synth, Earcons earcons, Playback playback) {
    this(synth, earcons, playback, VoiceProfiles.bundledDefault(), System::nanoTime);
  }

  VoiceSpeaker(
      Synthesizer synth,
      Earcons earcons,
      Playback playback,
      VoiceProfile profile,
      LongSupplier nanoTime) {
    this.synth = synth;
    this.earcons = earcons;
    this.playback = playback;
    this.profile = Objects.requireNonNull(profile, "profile");
    this.stats = new StatsRecorder(nanoTime);
    queue.execute(SynthesisQueue.Priority.NOW, this::warmUp);
  }

  @Override
  public CompletableFuture<Boolean> say(Utterance utterance) {
    return say(utterance, profile);
  }

  /**
   * From the next say or prepare on, speaks with {@code next}. Speech already playing goes on in
   * the old voice; cached sound of the old voice stays cached but is never used for the new one.
   */
  @Override
  public void useVoice(VoiceProfile next) {
    profile = Objects.requireNonNull(next, "profile");
  }

  /**
   * From now on, speech whose exact text has a recording in the voice's profile plays that
   * recording (at the profile's volume) instead of being synthesised. Keeping or removing a
   * recording later takes effect at once.
   */
  public void useRecordings(Recordings own) {
    own.onChange(cache::removeText);
    recordings = own;
  }

  /** The profile said and prepared utterances use now. */
  public VoiceProfile voice() {
    return profile;
  }

  /** Says the profile's description in that profile's voice, without switching to it. */
  @Override
  public CompletableFuture<Boolean> preview(VoiceProfile candidate) {
    return say(Utterance.of(candidate.description()), candidate);
  }

  @Override
  public void stop() {
    synchronized (lock) {
      generation++;
      playback.cancel();
    }
  }

  /**
   * Queues each speech part for synthesis behind any say, in the profile current now. Parts already
   * cached are skipped.
   */
  @Override
  public void prepare(Utterance utterance) {
    if (!audible()) {
      return;
    }
    VoiceProfile with = profile;
    for (Utterance.Part part : utterance.parts()) {
      if (part instanceof Utterance.Part.Speech speech) {
        PcmCache.Key key = new PcmCache.Key(speech.text(), speech.style(), with);
        submit(SynthesisQueue.Priority.AHEAD, () -> prepareOne(key), null);
      }
    }
  }

  /** A snapshot of the counters since this speaker was made. */
  public SpeechStats stats() {
    return stats.snapshot();
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
    submit(SynthesisQueue.Priority.LAST, synth::close, null);
    queue.shutdown();
  }

  private CompletableFuture<Boolean> say(Utterance utterance, VoiceProfile with) {
    CompletableFuture<Boolean> result = new CompletableFuture<>();
    List<Utterance.Part> parts = utterance.parts();
    long mine;
    Playback.Stream stream;
    synchronized (lock) {
      if (closed) {
        result.complete(false);
        return result;
      }
      mine = ++generation;
      // Cut off old speech now, not when the new one is ready. Opened under the lock, so a later
      // say or stop always cuts off this stream, never the other way round.
      stream = playback.open();
    }
    // Earcons, pauses and cached speech start from this thread, so a tap is answered at once even
    // while the synthesis thread is busy; the rest follows from there as it is synthesised.
    int ready = appendReady(stream, parts, with);
    if (ready == parts.size()) {
      stream.finish();
      completeWhenPlayed(stream, true, result);
    } else {
      submit(
          SynthesisQueue.Priority.NOW,
          () -> render(parts, ready, with, mine, stream, result),
          result);
    }
    return result;
  }

  /**
   * Appends the leading parts that need no synthesis.
   *
   * @return the index of the first part left to synthesise, or the number of parts
   */
  private int appendReady(Playback.Stream stream, List<Utterance.Part> parts, VoiceProfile with) {
    int i = 0;
    for (; i < parts.size(); i++) {
      Utterance.Part part = parts.get(i);
      Pcm ready;
      if (part instanceof Utterance.Part.Speech speech) {
        ready = cache.lookup(new PcmCache.Key(speech.text(), speech.style(), with));
        if (ready == null) {
          break;
        }
        stats.hit();
      } else {
        ready = pcm(part, with);
      }
      stream.append(ready);
    }
    return i;
  }

  /**
   * Runs on the synthesis thread: synthesises the parts from {@code from} on, appending each to the
   * already playing stream as soon as it is ready, in order. Stops at once when superseded.
   */
  private void render(
      List<Utterance.Part> parts,
      int from,
      VoiceProfile with,
      long mine,
      Playback.Stream stream,
      CompletableFuture<Boolean> result) {
    boolean whole = true;
    for (int i = from; i < parts.size(); i++) {
      if (!isCurrent(mine) || stream.cancelled()) {
        // Whatever superseded this say has cut the stream off already.
        result.complete(false);
        return;
      }
      Pcm piece = pcm(parts.get(i), with);
      whole &= piece != null;
      if (piece != null) {
        stream.append(piece);
      }
    }
    stream.finish();
    completeWhenPlayed(stream, whole, result);
  }

  private static void completeWhenPlayed(
      Playback.Stream stream, boolean whole, CompletableFuture<Boolean> result) {
    stream.done().whenComplete((ok, error) -> result.complete(error == null && ok && whole));
  }

  /** The sound of one part, or null when its speech could not be synthesised. */
  private Pcm pcm(Utterance.Part part, VoiceProfile with) {
    if (part instanceof Utterance.Part.Speech speech) {
      return speech(new PcmCache.Key(speech.text(), speech.style(), with));
    } else if (part instanceof Utterance.Part.Tone tone) {
      return earcons.pcm(tone.earcon());
    } else {
      return Pcm.silence(((Utterance.Part.Silence) part).millis());
    }
  }

  /** Runs on the synthesis thread, for a say. */
  private Pcm speech(PcmCache.Key key) {
    Pcm cached = cache.lookup(key);
    if (cached != null) {
      stats.hit();
      return cached;
    }
    return synthesize(key, true);
  }

  /** Runs on the synthesis thread; a prepare left over after close does nothing. */
  private void prepareOne(PcmCache.Key key) {
    if (audible() && !cache.contains(key)) {
      synthesize(key, false);
    }
  }

  private Pcm synthesize(PcmCache.Key key, boolean forSay) {
    long start = stats.now();
    Recordings own = recordings;
    Optional<Pcm> recorded =
        own == null ? Optional.empty() : own.find(key.profile().id(), key.text());
    if (recorded.isPresent()) {
      Pcm pcm =
          PcmConverter.convert(recorded.get().data(), Pcm.FORMAT, (float) key.profile().volume());
      cache.put(key, pcm);
      return pcm;
    }
    try {
      Pcm pcm = synth.synthesize(key.text(), key.style(), key.profile());
      cache.put(key, pcm);
      stats.synthesised(start, forSay);
      return pcm;
    } catch (SpeechException e) {
      warn(e);
      return null;
    }
  }

  private void warmUp() {
    long start = stats.now();
    try {
      synth.warmUp();
      stats.voiceLoaded(start);
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
  private void submit(
      SynthesisQueue.Priority priority, Runnable task, CompletableFuture<Boolean> result) {
    try {
      queue.execute(priority, task);
    } catch (RejectedExecutionException e) {
      if (result != null) {
        result.complete(false);
      }
    }
  }
}
