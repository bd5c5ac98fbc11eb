package dev.attune.bench;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Stream;

/**
 * Attune's speed and memory benchmark (issue 5). Spawns child JVMs whose ALSA default device is a
 * WAV file (through a private HOME holding an {@code .asoundrc}), so "first sound" is seen from
 * outside, as the file growing past its header. Prints numbers only: no prompt, answer or name.
 *
 * <p>Run: {@code mvn -q -B package -DskipTests && xvfb-run -a java -cp
 * target/attune.jar:target/test-classes dev.attune.bench.Benchmark [RUNS]}, from the project
 * folder: Attune's children run with the options in {@code jvm.options}; {@code
 * -Dattune.bench.jvm="OPTIONS"} (or {@code none}) before {@code -cp} runs them with others.
 */
public final class Benchmark {

  static final double STARTUP_TARGET = 1.25;
  static final double MEMORY_TARGET = 1.5;

  /** The JVM options Attune runs with, one per line, as {@code java @jvm.options -jar ...}. */
  static final String JVM_OPTIONS = "jvm.options";

  private static final int WAV_HEADER_BYTES = 44;
  private static final long CHILD_TIMEOUT_S = 180;

  /** After the Attune child's first sound, how long it keeps running before its RSS is read. */
  private static final long ATTUNE_SETTLE_MS = 1500;

  private final Path work;
  private final String java;
  private final String classPath;

  private Benchmark(Path work) {
    this.work = work;
    this.java =
        ProcessHandle.current()
            .info()
            .command()
            .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    this.classPath = System.getProperty("java.class.path");
  }

  public static void main(String[] args) throws Exception {
    int runs = args.length > 0 ? Integer.parseInt(args[0]) : 3;
    Path work = Files.createTempDirectory("attune-bench");
    System.out.println(
        "JVM options for Attune's children: ["
            + String.join(" ", attuneOptions())
            + "]; the baseline runs plain"
            + (attuneOptions().isEmpty() ? "" : " and again with the same options"));
    try {
      new Benchmark(work).run(runs);
    } finally {
      deleteTree(work);
    }
  }

  private void run(int runs) throws Exception {
    List<Double> baseStart = new ArrayList<>();
    List<Double> attuneStart = new ArrayList<>();
    List<Double> baseHeap = new ArrayList<>();
    List<Double> baseRss = new ArrayList<>();
    List<Double> attuneStartRss = new ArrayList<>();
    List<Double> sameStart = new ArrayList<>();
    List<Double> sameHeap = new ArrayList<>();
    List<Double> sameRss = new ArrayList<>();
    for (int i = 0; i < runs; i++) {
      Child base = spawn("base" + i, List.of(), "dev.attune.bench.BaselineMain");
      base.awaitFirstSound();
      base.awaitExit();
      baseStart.add(base.firstSoundMillis);
      baseHeap.add(base.number("heapPeakBytes") / 1e6);
      baseRss.add(base.number("vmHwmKb") / 1024.0);
      if (!attuneOptions().isEmpty()) {
        Child same = spawn("same" + i, attuneOptions(), "dev.attune.bench.BaselineMain");
        same.awaitFirstSound();
        same.awaitExit();
        sameStart.add(same.firstSoundMillis);
        sameHeap.add(same.number("heapPeakBytes") / 1e6);
        sameRss.add(same.number("vmHwmKb") / 1024.0);
      }

      Path data = work.resolve("attune" + i + "-data");
      Child attune =
          spawn(
              "attune" + i, attuneOptions(), "dev.attune.app.Main", "--data-dir", data.toString());
      attune.awaitFirstSound();
      LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(ATTUNE_SETTLE_MS));
      long rss = Memory.vmHwmKb(Long.toString(attune.process.pid()));
      attune.process.destroy();
      attune.process.waitFor(CHILD_TIMEOUT_S, TimeUnit.SECONDS);
      attuneStart.add(attune.firstSoundMillis);
      attuneStartRss.add(rss / 1024.0);
      System.out.printf(
          Locale.ROOT,
          "run %d: startup to first sound: baseline %.0f ms, Attune %.0f ms%n",
          i + 1,
          base.firstSoundMillis,
          attune.firstSoundMillis);
    }

    List<Double> tapHeap = new ArrayList<>();
    List<Double> tapRss = new ArrayList<>();
    List<Long> taps = new ArrayList<>();
    Child last = null;
    for (int i = 0; i < runs; i++) {
      Path data = work.resolve("tap" + i + "-data");
      Child tap = spawn("tap" + i, attuneOptions(), "dev.attune.app.TapBenchMain", data.toString());
      tap.awaitExit();
      for (String micros : tap.value("tapMicros").split(",")) {
        taps.add(Long.parseLong(micros));
      }
      tapHeap.add(tap.number("heapPeakBytes") / 1e6);
      tapRss.add(tap.number("vmHwmKb") / 1024.0);
      last = tap;
    }

    double bStart = median(baseStart);
    double aStart = median(attuneStart);
    double bHeap = median(baseHeap);
    double bRss = median(baseRss);
    double aHeap = median(tapHeap);
    double aRss = median(tapRss);
    List<Long> sorted = new ArrayList<>(taps);
    sorted.sort(Comparator.naturalOrder());

    System.out.println();
    System.out.printf(Locale.ROOT, "Attune benchmark, medians of %d runs%n", runs);
    System.out.printf(
        Locale.ROOT,
        "%-44s %10s %10s %8s %8s  %s%n",
        "",
        "baseline",
        "Attune",
        "ratio",
        "target",
        "");
    row("startup to first sound (ms)", bStart, aStart, STARTUP_TARGET);
    row("peak heap, whole check-in (MB)", bHeap, aHeap, MEMORY_TARGET);
    row("peak RSS VmHWM, whole check-in (MB)", bRss, aRss, MEMORY_TARGET);
    System.out.printf(
        Locale.ROOT,
        "%-44s %10.0f %10.0f%n",
        "peak RSS VmHWM, startup + 1.5 s (MB)",
        bRss,
        median(attuneStartRss));
    if (!attuneOptions().isEmpty()) {
      // The same comparison with the baseline given Attune's JVM options too: options that shrink
      // Attune's heap shrink the baseline's as well, and both ways are reported.
      System.out.println("against the baseline run with the same JVM options:");
      row("startup to first sound (ms)", median(sameStart), aStart, STARTUP_TARGET);
      row("peak heap, whole check-in (MB)", median(sameHeap), aHeap, MEMORY_TARGET);
      row("peak RSS VmHWM, whole check-in (MB)", median(sameRss), aRss, MEMORY_TARGET);
    }
    System.out.println();
    System.out.printf(
        Locale.ROOT,
        "tap to sound over %d taps (%d check-ins): p50 %.2f ms, p95 %.2f ms, max %.2f ms"
            + "  (target p95 <= 15 ms: %s)%n",
        sorted.size(),
        runs,
        percentile(sorted, 50) / 1000.0,
        percentile(sorted, 95) / 1000.0,
        sorted.get(sorted.size() - 1) / 1000.0,
        percentile(sorted, 95) <= 15_000 ? "PASS" : "FAIL");
    System.out.println("screens of the last check-in: " + last.value("screens"));
    System.out.printf(
        Locale.ROOT,
        "synthesis (last check-in): voice load %s ms, cold first prompt %s ms,"
            + " warm mean %s ms, warm max %s ms over %s syntheses;"
            + " say parts from cache %s, synthesised while waiting %s, prepared ahead %s%n",
        fixed(last.value("voiceLoadMillis")),
        fixed(last.value("coldSynthesisMillis")),
        fixed(last.value("warmMeanSynthesisMillis")),
        fixed(last.value("warmMaxSynthesisMillis")),
        last.value("syntheses"),
        last.value("cacheHits"),
        last.value("cacheMisses"),
        last.value("prepared"));
    history(runs);
  }

  /**
   * Ten years of data (two people, about 7,300 evenings and 150,000 answers, from the same
   * generator the tests use): History opening with its chart, and the CSV export of it all.
   */
  private void history(int runs) throws Exception {
    List<dev.attune.deck.Deck> decks = new ArrayList<>();
    for (String name : dev.attune.deck.DeckLoader.BUNDLED) {
      decks.add(new dev.attune.deck.DeckLoader().bundled(name));
    }
    Path dir = work.resolve("ten-years");
    try (dev.attune.store.Database db = dev.attune.store.Database.open(dir)) {
      dev.attune.store.SampleData.Counts counts =
          new dev.attune.store.SampleData(decks, 20_260_101L)
              .generate(
                  db,
                  dev.attune.store.SampleData.TEN_YEARS,
                  Instant.parse("2016-01-01T20:00:00Z"),
                  dev.attune.store.SampleData.DECADE);
      List<Double> open = new ArrayList<>();
      List<Double> csv = new ArrayList<>();
      double firstOpen = 0;
      for (int i = 0; i < runs; i++) {
        dev.attune.report.HistoryBenchmark.Round r =
            dev.attune.report.HistoryBenchmark.round(db, decks, dir);
        open.add((double) (r.history() + r.chart()));
        csv.add((double) r.csv());
        if (i == 0) {
          firstOpen = r.history() + r.chart();
        }
      }
      System.out.println();
      System.out.printf(
          Locale.ROOT,
          "ten years of data (%d evenings, %d answers):%n",
          counts.nights(),
          counts.answers());
      System.out.printf(
          Locale.ROOT,
          "  History opens and draws its chart: median %.0f ms (first %.0f ms)"
              + "  (target <= 150 ms: %s)%n",
          median(open),
          firstOpen,
          median(open) <= 150 ? "PASS" : "FAIL");
      System.out.printf(
          Locale.ROOT,
          "  CSV export of every answer: median %.0f ms  (target <= 1000 ms: %s)%n",
          median(csv),
          median(csv) <= 1000 ? "PASS" : "FAIL");

      // The same data with a passphrase: sealed on disk, opened into memory when unlocked.
      dev.attune.report.HistoryBenchmark.Sealed sealed =
          dev.attune.report.HistoryBenchmark.seal(db);
      List<Double> sealedOpen = new ArrayList<>();
      List<Double> sealedCsv = new ArrayList<>();
      for (int i = 0; i < runs; i++) {
        dev.attune.report.HistoryBenchmark.Round r =
            dev.attune.report.HistoryBenchmark.round(db, decks, dir);
        sealedOpen.add((double) (r.history() + r.chart()));
        sealedCsv.add((double) r.csv());
      }
      System.out.printf(
          Locale.ROOT,
          "  with a passphrase: Argon2id %d ms, sealing it all %d ms, unlocking %d ms;"
              + " History opens: median %.0f ms  (target <= 150 ms: %s); CSV median %.0f ms%n",
          sealed.derive(),
          sealed.seal(),
          sealed.open(),
          median(sealedOpen),
          median(sealedOpen) <= 150 ? "PASS" : "FAIL",
          median(sealedCsv));
    }

    System.out.println();
    System.out.println("one switch against keys (speech heard and scan steps, real voice):");
    System.out.println(new dev.attune.ui.nav.SwitchNight().report());
  }

  private static void row(String what, double base, double attune, double target) {
    double ratio = attune / base;
    System.out.printf(
        Locale.ROOT,
        "%-44s %10.1f %10.1f %7.2fx %7.2fx  %s%n",
        what,
        base,
        attune,
        ratio,
        target,
        ratio <= target ? "PASS" : "FAIL");
  }

  private static String fixed(String number) {
    return String.format(Locale.ROOT, "%.1f", Double.parseDouble(number));
  }

  static double median(List<Double> values) {
    double[] v = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    int n = v.length;
    return n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
  }

  /** Nearest-rank percentile of sorted values. */
  static long percentile(List<Long> sorted, int p) {
    int rank = (int) Math.ceil(p / 100.0 * sorted.size());
    return sorted.get(Math.max(0, rank - 1));
  }

  /**
   * JVM options for Attune's children (Main and TapBenchMain): the system property {@code
   * attune.bench.jvm} split on spaces ({@code none} for none), else {@code jvm.options}, the file
   * the README's run command passes to {@code java}, so the benchmark measures Attune as it is run.
   * The baseline always runs plain and, when there are options, with them too.
   */
  private static List<String> attuneOptions() {
    String value = System.getProperty("attune.bench.jvm");
    if (value == null) {
      try {
        return Files.readAllLines(Path.of(JVM_OPTIONS)).stream()
            .map(String::strip)
            .filter(line -> !line.isEmpty())
            .toList();
      } catch (IOException e) {
        throw new IllegalStateException(
            "Cannot read " + JVM_OPTIONS + "; run the benchmark from the project folder", e);
      }
    }
    value = value.trim();
    return value.isEmpty() || value.equals("none") ? List.of() : Arrays.asList(value.split("\\s+"));
  }

  private Child spawn(String name, List<String> options, String mainClass, String... args)
      throws IOException {
    Path home = Files.createDirectories(work.resolve(name));
    Path wav = home.resolve("OUT.wav");
    Files.writeString(
        home.resolve(".asoundrc"),
        "pcm.!default { type file; slave.pcm \"null\"; file \""
            + wav.toAbsolutePath()
            + "\"; format \"wav\" }\n",
        StandardCharsets.UTF_8);
    List<String> command = new ArrayList<>(List.of(java));
    command.addAll(options);
    command.addAll(List.of("-cp", classPath, mainClass));
    command.addAll(Arrays.asList(args));
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().put("HOME", home.toString());
    builder.redirectOutput(home.resolve("stdout.txt").toFile());
    builder.redirectError(home.resolve("stderr.txt").toFile());
    long start = System.nanoTime();
    Process process = builder.start();
    return new Child(name, home, wav, process, start);
  }

  /** One child JVM and what it reported. */
  private static final class Child {
    final String name;
    final Path home;
    final Path wav;
    final Process process;
    final long startNanos;
    double firstSoundMillis = -1;
    private final Map<String, String> values = new HashMap<>();

    Child(String name, Path home, Path wav, Process process, long startNanos) {
      this.name = name;
      this.home = home;
      this.wav = wav;
      this.process = process;
      this.startNanos = startNanos;
    }

    void awaitFirstSound() throws IOException {
      long deadline = startNanos + TimeUnit.SECONDS.toNanos(CHILD_TIMEOUT_S);
      while (System.nanoTime() < deadline) {
        if (Files.exists(wav) && Files.size(wav) > WAV_HEADER_BYTES) {
          firstSoundMillis = (System.nanoTime() - startNanos) / 1e6;
          return;
        }
        if (!process.isAlive()) {
          break;
        }
        LockSupport.parkNanos(200_000);
      }
      throw new IllegalStateException(name + " made no sound; see " + home.resolve("stderr.txt"));
    }

    void awaitExit() throws Exception {
      if (!process.waitFor(CHILD_TIMEOUT_S, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new IllegalStateException(name + " did not finish");
      }
      for (String line : Files.readAllLines(home.resolve("stdout.txt"))) {
        if (line.startsWith("BENCH ") && line.contains("=")) {
          int eq = line.indexOf('=');
          values.put(line.substring(6, eq), line.substring(eq + 1));
        }
      }
      if (values.containsKey("error") || process.exitValue() != 0) {
        throw new IllegalStateException(
            name + " failed (" + values.get("error") + "); see " + home.resolve("stderr.txt"));
      }
    }

    String value(String key) {
      String v = values.get(key);
      if (v == null) {
        throw new IllegalStateException(name + " did not report " + key);
      }
      return v;
    }

    double number(String key) {
      return Double.parseDouble(value(key));
    }
  }

  private static void deleteTree(Path root) throws IOException {
    if (System.getenv("ATTUNE_BENCH_KEEP") != null) {
      System.out.println("kept " + root);
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      paths.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
    }
  }
}
