package dev.attune.speech;

import static dev.attune.PlainMessages.assertPlain;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.attune.Nasty;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Properties of the recordings index ({@code <voice>/index.tsv}) on random input (jqwik): random
 * bytes, lines made of file names, tabs and text of every kind, a sealed index without its key, and
 * recordings kept at random and read back. Reading an index never throws: each line it cannot use
 * is one problem naming the file and the line and saying what to do, and every other line is a
 * recording that is found.
 */
class RecordingsIndexPropertiesTest {
  private static final Duration HANG = Duration.ofSeconds(10);

  /** As Recordings checks a recording's file name (without .wav). */
  private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9_.-]{0,95}");

  /** Recordings that exist in the voice's folder, for index lines to name. */
  private static final List<String> PRESENT = List.of("a.wav", "before.pain_level.wav", "x-1.wav");

  private static final String ADVICE = ". Record that prompt again in Settings, Your own voice.";

  private static Path base;
  private static final AtomicInteger RUN = new AtomicInteger();

  @BeforeContainer
  static void makeBase() throws IOException {
    base = Files.createTempDirectory("attune-recordings");
  }

  @AfterContainer
  static void removeBase() throws IOException {
    try (Stream<Path> files = Files.walk(base)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  /** A new data folder's voices root, with the present recordings in calm/. */
  private static Path root() throws IOException {
    Path root = base.resolve("r" + RUN.incrementAndGet());
    Path calm = Files.createDirectories(root.resolve("calm"));
    for (String name : PRESENT) {
      Files.write(calm.resolve(name), new byte[] {1});
    }
    return root;
  }

  // ---- 1. Random bytes and random lines ----

  @Property(tries = 300)
  void randomIndexBytes_giveOneProblemPerUnusableLine_andFindTheRest(
      @ForAll("indexes") byte[] bytes) throws IOException {
    Path root = root();
    Path index = root.resolve("calm").resolve(Recordings.INDEX);
    Files.write(index, bytes);
    Recordings recordings = new Recordings(root);
    List<String> problems = assertTimeoutPreemptively(HANG, () -> recordings.problems("calm"));
    String text = new String(bytes, StandardCharsets.UTF_8);

    if (text.startsWith("ATTUNE-SEALED-1\n")) {
      assertEquals(1, problems.size(), problems::toString);
      assertTrue(problems.get(0).startsWith(index + " cannot be read:"), problems.get(0));
      assertPlain(problems.get(0), text);
      return;
    }
    // What Recordings is documented to do, line by line.
    List<String> lines = text.lines().toList();
    List<Integer> bad = new ArrayList<>();
    Map<String, String> found = new LinkedHashMap<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank()) {
        continue;
      }
      int tab = line.indexOf('\t');
      String name = tab < 0 ? line : line.substring(0, tab);
      if (tab < 0
          || tab == line.length() - 1
          || !name.endsWith(".wav")
          || !NAME.matcher(name.substring(0, name.length() - 4)).matches()
          || !PRESENT.contains(name)) {
        bad.add(i + 1);
      } else {
        found.put(line.substring(tab + 1), name);
      }
    }
    assertEquals(bad.size(), problems.size(), () -> bad + " " + problems);
    for (int i = 0; i < bad.size(); i++) {
      String problem = problems.get(i);
      assertTrue(problem.startsWith(index + ", line " + bad.get(i) + ": "), problem);
      assertTrue(problem.endsWith(ADVICE), problem);
      assertPlain(problem, text);
    }
    for (String said : found.keySet()) {
      if (said.indexOf('\t') < 0) {
        assertTrue(recordings.has("calm", said), () -> "not found: " + said);
      }
    }
  }

  @Provide
  Arbitrary<byte[]> indexes() {
    Arbitrary<String> name =
        Arbitraries.frequencyOf(
            Tuple.of(4, Arbitraries.of(PRESENT)),
            Tuple.of(1, Arbitraries.of("gone.wav", "A.wav", "a.WAV", "../a.wav", "a", ".wav", "")),
            Tuple.of(1, Arbitraries.strings().all().ofMaxLength(10)),
            Tuple.of(
                1,
                Arbitraries.strings().withCharRange('a', 'z').ofMinLength(250).ofMaxLength(400)));
    Arbitrary<String> said =
        Arbitraries.oneOf(
            Arbitraries.strings().all().ofMaxLength(30),
            Arbitraries.of("", " ", "\t", "How is your pain today?", "a\tb", "\u2028", "\ufeff"));
    Arbitrary<String> line =
        Combinators.combine(name, Arbitraries.of("\t", "\t", " ", "", "\t\t"), said)
            .as((n, sep, s) -> n + sep + s);
    Arbitrary<byte[]> lines =
        Combinators.combine(line.list().ofMaxSize(12), Arbitraries.of("\n", "\r\n", "\r"))
            .as((ls, nl) -> String.join(nl, ls).getBytes(StandardCharsets.UTF_8));
    return Arbitraries.frequencyOf(
        Tuple.of(4, lines),
        Tuple.of(3, Nasty.bytes(List.of("a.wav\tHello\nx-1.wav\tStop.\n"))),
        Tuple.of(
            1,
            Nasty.bytes(List.of("a.wav\tHello\n"))
                .map(b -> concat("ATTUNE-SEALED-1\n".getBytes(StandardCharsets.US_ASCII), b))));
  }

  // ---- 2. Recordings kept and read back ----

  /** One recording kept: its file name and the words it says. */
  record Kept(String name, String said, int seed) {}

  @Provide
  Arbitrary<List<Kept>> takes() {
    Arbitrary<String> name =
        Combinators.combine(
                Arbitraries.strings().withCharRange('a', 'z').withCharRange('0', '9').ofLength(1),
                Arbitraries.strings()
                    .withCharRange('a', 'z')
                    .withCharRange('0', '9')
                    .withChars('_', '.', '-')
                    .ofMaxLength(12))
            .as((first, rest) -> first + rest);
    Arbitrary<String> said =
        Arbitraries.oneOf(
                Arbitraries.strings().all().ofMinLength(1).ofMaxLength(40),
                Arbitraries.of(
                    "How is your pain today?", "Red.\tStop\r\nnow", " ", "\u2028", "😀", "\ufeffx"),
                Arbitraries.strings().withCharRange(' ', '~').ofMinLength(250).ofMaxLength(600))
            .filter(s -> !hasLoneSurrogate(s));
    return Combinators.combine(name, said, Arbitraries.integers().between(1, 999))
        .as(Kept::new)
        .list()
        .ofMinSize(1)
        .ofMaxSize(5);
  }

  @Property(tries = 100)
  void keptRecordings_areFoundAgain_byTheirExactWords(
      @ForAll("takes") List<Kept> takes, @ForAll("voices") String voice) throws IOException {
    Path root = root();
    Recordings recordings = new Recordings(root);
    // What the index should end with: one file per text, one text per file, the last one kept.
    Map<String, String> files = new LinkedHashMap<>();
    Map<String, Pcm> sounds = new LinkedHashMap<>();
    List<String> gone = new ArrayList<>();
    for (Kept k : takes) {
      String file = k.name() + ".wav";
      recordings.save(voice, k.name(), k.said(), pcm(k.seed()));
      String line = AudioExport.oneLine(k.said());
      files.entrySet().removeIf(e -> e.getValue().equals(file) && !e.getKey().equals(line));
      files.put(line, file);
      sounds.put(file, pcm(k.seed()));
      gone.add(line);
    }
    gone.removeAll(files.keySet());
    Recordings again = new Recordings(root);
    assertEquals(List.of(), again.problems(voice));
    for (Map.Entry<String, String> e : files.entrySet()) {
      assertTrue(again.has(voice, e.getKey()), () -> "not found: " + e.getKey());
      assertEquals(Optional.of(sounds.get(e.getValue())), again.find(voice, e.getKey()));
    }
    for (String line : gone) {
      assertFalse(again.has(voice, line), () -> "still there: " + line);
    }
  }

  @Provide
  Arbitrary<String> voices() {
    return Arbitraries.of("calm", "clear", "my-voice_2", "0");
  }

  private static Pcm pcm(int seed) {
    short[] samples = new short[64];
    for (int i = 0; i < samples.length; i++) {
      samples[i] = (short) ((i * seed) % 20000 - 10000);
    }
    return Pcm.ofSamples(samples);
  }

  static boolean hasLoneSurrogate(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < s.length()
          && Character.isLowSurrogate(s.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return true;
      }
    }
    return false;
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] both = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, both, a.length, b.length);
    return both;
  }

  // ---- What the properties found, each as a plain test of its smallest input ----

  @Test
  void aLongFileName_isEchoedCutTo200Characters(@TempDir Path root) throws IOException {
    Path index = Files.createDirectories(root.resolve("calm")).resolve(Recordings.INDEX);
    Files.writeString(index, "n".repeat(300) + "\tHello\n");
    List<String> problems = new Recordings(root).problems("calm");
    assertEquals(
        List.of(
            index
                + ", line 1: names a file that is not a recording: "
                + "n".repeat(200)
                + "…"
                + ADVICE),
        problems);
  }
}
