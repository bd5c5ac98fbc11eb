package dev.attune.app;

import dev.attune.bench.Memory;
import dev.attune.deck.Deck;
import dev.attune.deck.DeckLoader;
import dev.attune.speech.AudioUnavailableException;
import dev.attune.speech.JavaSoundLine;
import dev.attune.speech.PcmLine;
import dev.attune.speech.Speech;
import dev.attune.speech.SpeechStats;
import dev.attune.speech.VoiceSpeaker;
import dev.attune.ui.kit.Command;
import dev.attune.ui.kit.ScreenModel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import javax.swing.SwingUtilities;

/**
 * The benchmark's tap child: the real app on a real (ALSA file) line, driven through a whole Before
 * check-in by {@link dev.attune.ui.nav.Controller#command}, timing each tap to the first sound
 * written after it. Prints only numbers and screen ids, never words.
 *
 * <p>Usage: {@code TapBenchMain DATA_DIR [THINK_MS]}.
 */
public final class TapBenchMain {

  private static final long SOUND_TIMEOUT_NANOS = TimeUnit.SECONDS.toNanos(5);

  private TapBenchMain() {}

  public static void main(String[] args) throws Exception {
    Path dataDir = Path.of(args[0]);
    long thinkMillis = args.length > 1 ? Long.parseLong(args[1]) : 400;
    TimedLine line = new TimedLine(new JavaSoundLine());
    Speech.Opened[] opened = new Speech.Opened[1];
    App app =
        App.start(
            dataDir,
            Arguments.Mode.DIRECT,
            App.Parts.REAL.withSpeech(
                () -> {
                  opened[0] = Speech.open(line);
                  return opened[0];
                }));
    if (!(opened[0].speaker() instanceof VoiceSpeaker speaker)) {
      System.out.println("BENCH error=no-sound-device");
      System.exit(1);
      return;
    }
    Deck before = new DeckLoader().bundled("before");
    // The welcome is speaking; a person listens a moment before the first tap.
    line.awaitAnyWrite();
    pause(thinkMillis);

    List<Long> taps = new ArrayList<>();
    List<String> screens = new ArrayList<>();
    ScreenModel screen = model(app);
    taps.add(tap(app, line, 1)); // Home: Before
    screens.add(screen.name());
    pause(thinkMillis);
    screen = model(app);
    screens.add(screen.name());
    taps.add(tap(app, line, 1)); // Setup: just me, with pelvic pain
    pause(thinkMillis);
    for (int guard = 0; guard < 100; guard++) {
      screen = model(app);
      if (!screen.name().startsWith("prompt:")) {
        break;
      }
      screens.add(screen.name());
      String id = screen.name().substring("prompt:".length());
      boolean multi = before.prompt(id).map(p -> p.multi()).orElse(false);
      if (multi) {
        taps.add(tap(app, line, 1));
        pause(thinkMillis);
        int done = indexOf(model(app), "Done");
        taps.add(tap(app, line, done + 1));
      } else {
        taps.add(tap(app, line, screen.buttons().size() == 1 ? 1 : 2));
      }
      pause(thinkMillis);
    }
    screens.add(model(app).name());

    StringBuilder micros = new StringBuilder();
    for (long nanos : taps) {
      micros.append(micros.length() == 0 ? "" : ",").append(nanos / 1000);
    }
    System.out.println("BENCH tapMicros=" + micros);
    System.out.println("BENCH screens=" + String.join(",", screens));
    SpeechStats stats = speaker.stats();
    System.out.println("BENCH voiceLoadMillis=" + stats.voiceLoadMillis());
    System.out.println("BENCH coldSynthesisMillis=" + stats.firstSynthesisMillis());
    System.out.println("BENCH warmMeanSynthesisMillis=" + stats.warmMeanMillis());
    System.out.println("BENCH warmMaxSynthesisMillis=" + stats.warmMaxMillis());
    System.out.println("BENCH syntheses=" + stats.syntheses());
    System.out.println("BENCH cacheHits=" + stats.cacheHits());
    System.out.println("BENCH cacheMisses=" + stats.cacheMisses());
    System.out.println("BENCH prepared=" + stats.prepared());
    System.out.println("BENCH threadAllocatedBytes=" + threadAllocations());
    Memory.report();
    if (System.getenv("ATTUNE_BENCH_HISTOGRAM") != null) {
      // After the peaks are read: a full GC, then what the live heap is made of.
      System.out.println(
          java.lang.management.ManagementFactory.getPlatformMBeanServer()
              .invoke(
                  new javax.management.ObjectName("com.sun.management:type=DiagnosticCommand"),
                  "gcClassHistogram",
                  new Object[] {new String[0]},
                  new String[] {String[].class.getName()}));
    }
    app.close();
    System.exit(0);
  }

  /** Bytes allocated by each live thread since it started, largest first: "name:bytes,...". */
  private static String threadAllocations() {
    com.sun.management.ThreadMXBean threads =
        (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
    List<String> rows = new ArrayList<>();
    List<Thread> live = new ArrayList<>(Thread.getAllStackTraces().keySet());
    live.sort(
        java.util.Comparator.comparingLong((Thread t) -> threads.getThreadAllocatedBytes(t.getId()))
            .reversed());
    for (Thread t : live) {
      long bytes = threads.getThreadAllocatedBytes(t.getId());
      if (bytes > 1_000_000) {
        rows.add(t.getName() + ":" + bytes);
      }
    }
    return String.join(",", rows);
  }

  private static ScreenModel model(App app) throws Exception {
    ScreenModel[] model = new ScreenModel[1];
    SwingUtilities.invokeAndWait(() -> model[0] = app.controller().model());
    return model[0];
  }

  /** Chooses option {@code number} and returns nanoseconds until the first sound after it. */
  private static long tap(App app, TimedLine line, int number) throws Exception {
    line.arm();
    long start = System.nanoTime();
    long[] ran = new long[2];
    SwingUtilities.invokeAndWait(
        () -> {
          ran[0] = System.nanoTime();
          app.controller().command(Command.CHOOSE, number);
          ran[1] = System.nanoTime();
        });
    long first = line.awaitFirstWriteAfterArm();
    if (first == 0) {
      System.out.println("BENCH error=no-sound-after-tap");
      System.exit(1);
    }
    if (System.getenv("ATTUNE_BENCH_DEBUG") != null) {
      System.out.println(
          "BENCH debug edtQueue="
              + (ran[0] - start) / 1000
              + " command="
              + (ran[1] - ran[0]) / 1000
              + " firstWriteAfterStart="
              + (first - start) / 1000);
    }
    return first - start;
  }

  private static int indexOf(ScreenModel screen, String label) {
    for (int i = 0; i < screen.buttons().size(); i++) {
      if (screen.buttons().get(i).label().equals(label)) {
        return i;
      }
    }
    throw new IllegalStateException("no Done button on " + screen.name());
  }

  /** A person's pause between hearing a prompt start and tapping; not a synchronisation. */
  private static void pause(long millis) {
    LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(millis));
  }

  /** Passes everything through and notes when the first write after {@link #arm} came. */
  private static final class TimedLine implements PcmLine {
    private final PcmLine inner;
    private final AtomicLong firstAfterArm = new AtomicLong();
    private volatile boolean armed;
    private volatile boolean anyWrite;

    TimedLine(PcmLine inner) {
      this.inner = inner;
    }

    void arm() {
      firstAfterArm.set(0);
      armed = true;
    }

    long awaitFirstWriteAfterArm() {
      long deadline = System.nanoTime() + SOUND_TIMEOUT_NANOS;
      while (firstAfterArm.get() == 0 && System.nanoTime() < deadline) {
        LockSupport.parkNanos(100_000);
      }
      armed = false;
      return firstAfterArm.get();
    }

    void awaitAnyWrite() {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
      while (!anyWrite && System.nanoTime() < deadline) {
        LockSupport.parkNanos(1_000_000);
      }
    }

    @Override
    public void open() throws AudioUnavailableException {
      inner.open();
    }

    @Override
    public void write(byte[] bytes, int offset, int length) {
      long now = System.nanoTime();
      anyWrite = true;
      if (armed) {
        firstAfterArm.compareAndSet(0, now);
      }
      inner.write(bytes, offset, length);
    }

    @Override
    public void flush() {
      inner.flush();
    }

    @Override
    public void drain() {
      inner.drain();
    }

    @Override
    public void close() {
      inner.close();
    }
  }
}
