package dev.attune.speech;

import static dev.attune.yaml.FileProblems.shown;

import dev.attune.disk.Cause;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * A person's own recordings of prompts, played instead of the synthetic voice.
 *
 * <p>Each voice profile has a folder {@code <root>/<voice id>/} with one {@code <name>.wav} per
 * recorded prompt (16 kHz mono) and {@code index.tsv}: one line per recording, the file name, a tab
 * and the exact text it says, the same layout as {@code --export-audio}. A recording replaces the
 * speech of exactly that text in that voice. Files are owner-only, like the rest of the data
 * folder, and every write is atomic, so a crash never leaves half a recording.
 *
 * <p>Thread-safe. Prompt text is kept in files, never in logs or messages.
 */
public final class Recordings {

  public static final String INDEX = "index.tsv";

  private static final System.Logger LOG = System.getLogger(Recordings.class.getName());
  private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9_.-]{0,95}");
  private static final Pattern VOICE = Pattern.compile("[a-z0-9][a-z0-9_-]{0,31}");
  private static final String WAV = ".wav";

  private final Path root;
  private final FileSeal seal;

  /** What a sealed file starts with; anything else is a plain file from before the passphrase. */
  private static final byte[] SEALED = "ATTUNE-SEALED-1\n".getBytes(StandardCharsets.US_ASCII);

  /**
   * Per voice id: text to file name, in file order. Loaded on first use, under this object's lock;
   * replaced whole (never changed in place) after each write, so {@link #has} reads it without
   * waiting for a write to the disk.
   */
  private final Map<String, Map<String, String>> indexes =
      new java.util.concurrent.ConcurrentHashMap<>();

  /** Per voice id: what could not be used in its index. Guarded by this. */
  private final Map<String, List<String>> problems = new HashMap<>();

  private final List<Consumer<String>> listeners = new CopyOnWriteArrayList<>();

  /**
   * @param root {@code <data dir>/voices}; created when the first recording is kept
   */
  public Recordings(Path root) {
    this(root, FileSeal.NONE);
  }

  /**
   * @param seal seals the recordings and their index while a passphrase is set
   */
  public Recordings(Path root, FileSeal seal) {
    this.root = Objects.requireNonNull(root, "root").toAbsolutePath().normalize();
    this.seal = Objects.requireNonNull(seal, "seal");
  }

  /** Told the text whose recording was kept or removed, after the files are written. */
  public void onChange(Consumer<String> changedText) {
    listeners.add(Objects.requireNonNull(changedText, "changedText"));
  }

  /** Whether {@code voice} has a recording of exactly {@code text}. Reads only the index. */
  public boolean has(String voice, String text) {
    // Asked on the Event Dispatch Thread: an index already read is answered without the lock, which
    // a save, a removal or a reseal holds while it writes.
    Map<String, String> index = indexes.get(voice);
    if (index == null) {
      synchronized (this) {
        index = index(voice);
      }
    }
    return index.containsKey(AudioExport.oneLine(text));
  }

  /**
   * The recording of {@code text} in {@code voice}. Reads the file: call off the Event Dispatch
   * Thread. A file that cannot be read is logged by name and left to the synthetic voice.
   */
  public Optional<Pcm> find(String voice, String text) {
    Path file;
    synchronized (this) {
      String name = index(voice).get(AudioExport.oneLine(text));
      if (name == null) {
        return Optional.empty();
      }
      file = folder(voice).resolve(name);
    }
    try {
      return Optional.of(WavWriter.read(readFile(file, context(voice, file))));
    } catch (IOException | RuntimeException e) {
      LOG.log(
          System.Logger.Level.WARNING,
          "Cannot play the recording "
              + file
              + " ("
              + e.getClass().getSimpleName()
              + "); the synthetic voice says it instead. Record it again in Settings.");
      return Optional.empty();
    }
  }

  /**
   * Keeps {@code pcm} as the recording of {@code text} in {@code voice}, replacing any earlier one
   * of the same text.
   *
   * @param name the file name without {@code .wav}, e.g. {@code before.pain_level}
   * @throws RecordingException naming the folder when it cannot be written
   */
  public void save(String voice, String name, String text, Pcm pcm) {
    requireVoice(voice);
    if (!NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("not a recording name: " + name);
    }
    Objects.requireNonNull(pcm, "pcm");
    String line = AudioExport.oneLine(text);
    Path dir = folder(voice);
    String file = name + WAV;
    // The sound is written before the lock is taken, so has(), asked on the Event Dispatch
    // Thread, never waits for a file to be written.
    Path temp = null;
    try {
      privateFolder(root);
      privateFolder(dir);
      temp = Files.createTempFile(dir, name, ".part");
      restrict(temp);
      Files.write(temp, sealed(WavWriter.bytes(pcm), context(voice, dir.resolve(file))));
      synchronized (this) {
        move(temp, dir.resolve(file));
        temp = null;
        Map<String, String> index = new LinkedHashMap<>(index(voice));
        String old = index.put(line, file);
        // One file says one text: a file name used before for other words is taken over.
        index.entrySet().removeIf(e -> e.getValue().equals(file) && !e.getKey().equals(line));
        writeIndex(voice, index);
        if (old != null && !old.equals(file)) {
          zero(dir.resolve(old));
          Files.deleteIfExists(dir.resolve(old));
        }
      }
    } catch (IOException e) {
      throw failed("Your recording was not kept in", dir, e, "record it again");
    } finally {
      deleteQuietly(temp);
    }
    changed(text);
  }

  /**
   * Removes the recording of {@code text} in {@code voice}, if any; the synthetic voice returns.
   */
  public void remove(String voice, String text) {
    String line = AudioExport.oneLine(text);
    synchronized (this) {
      Map<String, String> index = new LinkedHashMap<>(index(voice));
      String file = index.remove(line);
      if (file == null) {
        return;
      }
      Path dir = folder(voice);
      try {
        writeIndex(voice, index);
        zero(dir.resolve(file));
        Files.deleteIfExists(dir.resolve(file));
      } catch (IOException e) {
        throw failed("The recording was not removed from", dir, e, "try again");
      }
    }
    changed(text);
  }

  /**
   * Removes every recording of every voice, folders included; profile files in the root stay. For
   * "delete everything".
   */
  public void removeAll() {
    List<String> texts = new ArrayList<>();
    synchronized (this) {
      if (!Files.isDirectory(root)) {
        return;
      }
      try {
        for (Path dir : voiceFolders()) {
          texts.addAll(index(dir.getFileName().toString()).keySet());
          try (DirectoryStream<Path> files = Files.newDirectoryStream(dir)) {
            for (Path file : files) {
              String n = file.getFileName().toString();
              if (n.endsWith(WAV) || n.equals(INDEX) || n.endsWith(".part")) {
                zero(file);
                Files.delete(file);
              }
            }
          }
          deleteIfEmpty(dir);
        }
      } catch (IOException e) {
        throw failed("Not every recording was removed from", root, e, "try again");
      } finally {
        indexes.clear();
        problems.clear();
      }
    }
    texts.forEach(this::changed);
  }

  /** What could not be used in the voice's index, each naming the file and line and what to do. */
  public synchronized List<String> problems(String voice) {
    index(voice);
    return List.copyOf(problems.getOrDefault(voice, List.of()));
  }

  /** The folder of {@code voice}'s recordings. */
  public Path folder(String voice) {
    return root.resolve(requireVoice(voice));
  }

  private Map<String, String> index(String voice) {
    return indexes.computeIfAbsent(voice, this::load);
  }

  private Map<String, String> load(String voice) {
    Map<String, String> index = new LinkedHashMap<>();
    List<String> found = new ArrayList<>();
    problems.put(voice, found);
    if (!VOICE.matcher(voice).matches()) {
      return index;
    }
    Path dir = folder(voice);
    Path file = dir.resolve(INDEX);
    List<String> lines;
    try {
      lines =
          new String(readFile(file, context(voice, file)), StandardCharsets.UTF_8).lines().toList();
    } catch (NoSuchFileException e) {
      return index;
    } catch (IOException e) {
      Cause cause = Cause.of(e);
      found.add(
          cause == Cause.UNKNOWN
              ? Cause.shown(file)
                  + " cannot be read: it was changed, or Attune is locked. The synthetic voice says"
                  + " these prompts; record them again in Settings, Your own voice."
              : Cause.shown(file)
                  + " cannot be read, because "
                  + cause.words()
                  + ". "
                  + toDo(cause, "record them again in Settings, Your own voice")
                  + " Until then the synthetic voice says these prompts.");
      return index;
    }
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank()) {
        continue;
      }
      int tab = line.indexOf('\t');
      String name = tab < 0 ? line : line.substring(0, tab);
      String problem = null;
      if (tab < 0 || tab == line.length() - 1) {
        problem = "has no tab and text after the file name";
      } else if (!name.endsWith(WAV)
          || !NAME.matcher(name.substring(0, name.length() - 4)).matches()) {
        problem = "names a file that is not a recording: " + shown(name);
      } else if (!Files.isRegularFile(dir.resolve(name))) {
        problem = "names " + name + ", which is missing";
      }
      if (problem != null) {
        found.add(
            file
                + ", line "
                + (i + 1)
                + ": "
                + problem
                + ". Record that prompt again in Settings, Your own voice.");
      } else {
        index.put(line.substring(tab + 1), name);
      }
    }
    return index;
  }

  private void writeIndex(String voice, Map<String, String> index) throws IOException {
    writeIndex(voice, index, seal.on());
  }

  private void writeIndex(String voice, Map<String, String> index, boolean sealed)
      throws IOException {
    Path dir = folder(voice);
    StringBuilder text = new StringBuilder();
    index.forEach((line, file) -> text.append(file).append('\t').append(line).append('\n'));
    Path temp = Files.createTempFile(dir, "index", ".part");
    restrict(temp);
    Files.write(
        temp,
        sealedAs(
            text.toString().getBytes(StandardCharsets.UTF_8),
            context(voice, dir.resolve(INDEX)),
            sealed));
    if (Files.exists(dir.resolve(INDEX))) {
      zero(dir.resolve(INDEX));
    }
    move(temp, dir.resolve(INDEX));
    indexes.put(voice, index);
    problems.put(voice, new ArrayList<>());
  }

  /**
   * Forgets what was read of the indexes: after unlocking (they can be read now) and after locking
   * (the words they hold leave memory).
   */
  public synchronized void reload() {
    indexes.clear();
    problems.clear();
  }

  /**
   * Writes every recording and index again, sealed or plain as things are now: after a passphrase
   * is set or taken away. What cannot be read is left as it is, and named by {@link #problems}.
   */
  public synchronized void reseal() {
    reseal(seal.on());
  }

  /**
   * As {@link #reseal()}, writing sealed ({@code sealed}) or plain whatever the passphrase is now:
   * so that the files can go plain while the key is still there, before the passphrase is taken
   * away.
   */
  public synchronized void reseal(boolean sealed) {
    indexes.clear();
    problems.clear();
    if (!Files.isDirectory(root)) {
      return;
    }
    try {
      for (Path dir : voiceFolders()) {
        String voice = dir.getFileName().toString();
        Map<String, String> index = index(voice);
        for (String name : index.values()) {
          Path file = dir.resolve(name);
          byte[] plain;
          try {
            plain = readFile(file, context(voice, file));
          } catch (IOException e) {
            continue; // damaged: kept as it is, and told when it is played
          }
          Path temp = Files.createTempFile(dir, "reseal", ".part");
          restrict(temp);
          Files.write(temp, sealedAs(plain, context(voice, file), sealed));
          zero(file);
          move(temp, file);
        }
        if (!problems.getOrDefault(voice, List.of()).isEmpty()) {
          continue; // an index that cannot be read is left as it is, not emptied
        }
        if (!index.isEmpty() || Files.exists(dir.resolve(INDEX))) {
          writeIndex(voice, index, sealed);
        }
      }
    } catch (IOException e) {
      throw failed(
          sealed
              ? "Not every recording was locked with the passphrase in"
              : "Not every recording was unlocked in",
          root,
          e,
          "try again");
    }
  }

  /** The folders of the voices that have recordings (named like a voice id). */
  private List<Path> voiceFolders() throws IOException {
    List<Path> folders = new ArrayList<>();
    try (DirectoryStream<Path> dirs = Files.newDirectoryStream(root, Files::isDirectory)) {
      for (Path dir : dirs) {
        if (VOICE.matcher(dir.getFileName().toString()).matches()) {
          folders.add(dir);
        }
      }
    }
    return folders;
  }

  private static String context(String voice, Path file) {
    return "recording:" + voice + "/" + file.getFileName();
  }

  /** The bytes to write: sealed while a passphrase is set, else as they are. */
  private byte[] sealed(byte[] plain, String context) {
    return sealedAs(plain, context, seal.on());
  }

  private byte[] sealedAs(byte[] plain, String context, boolean sealed) {
    if (!sealed) {
      return plain;
    }
    byte[] sealedBytes = seal.seal(plain, context);
    byte[] out = new byte[SEALED.length + sealedBytes.length];
    System.arraycopy(SEALED, 0, out, 0, SEALED.length);
    System.arraycopy(sealedBytes, 0, out, SEALED.length, sealedBytes.length);
    return out;
  }

  /** A file's content, opened when it is sealed. */
  private byte[] readFile(Path file, String context) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    if (bytes.length >= SEALED.length
        && java.util.Arrays.equals(bytes, 0, SEALED.length, SEALED, 0, SEALED.length)) {
      return seal.open(java.util.Arrays.copyOfRange(bytes, SEALED.length, bytes.length), context);
    }
    return bytes;
  }

  private void changed(String text) {
    listeners.forEach(l -> l.accept(text));
  }

  private static String requireVoice(String voice) {
    if (voice == null || !VOICE.matcher(voice).matches()) {
      throw new IllegalArgumentException("not a voice id: " + voice);
    }
    return voice;
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private static void privateFolder(Path dir) throws IOException {
    Files.createDirectories(dir);
    if (posix(dir)) {
      Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
    }
  }

  private static void restrict(Path file) throws IOException {
    if (posix(file)) {
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    }
  }

  private static boolean posix(Path path) {
    return path.getFileSystem().supportedFileAttributeViews().contains("posix");
  }

  /** Overwrites a file's bytes with zeros before it is replaced or deleted. */
  private static void zero(Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      return;
    }
    long size = Files.size(file);
    try (java.nio.channels.FileChannel ch =
        java.nio.channels.FileChannel.open(file, java.nio.file.StandardOpenOption.WRITE)) {
      ch.write(java.nio.ByteBuffer.allocate((int) Math.min(size, Integer.MAX_VALUE)), 0);
      ch.force(true);
    }
  }

  /** A part file left by a failed save; it holds nothing anyone needs. */
  private static void deleteQuietly(Path temp) {
    if (temp == null) {
      return;
    }
    try {
      Files.deleteIfExists(temp);
    } catch (IOException e) {
      LOG.log(
          System.Logger.Level.DEBUG,
          "Cannot remove " + temp + ", because " + Cause.of(e).words() + "; it holds nothing");
    }
  }

  private static void deleteIfEmpty(Path dir) throws IOException {
    try (DirectoryStream<Path> left = Files.newDirectoryStream(dir)) {
      if (left.iterator().hasNext()) {
        return;
      }
    }
    Files.delete(dir);
  }

  /**
   * "Your recording was not kept in /data/voices/calm, because the disk is full. Free some space on
   * that disk, then record it again.": the folder (cut to 200 characters), why in plain words, and
   * what to do.
   *
   * @param again what to do once it is put right: "record it again"
   */
  private static RecordingException failed(String what, Path dir, IOException e, String again) {
    Cause cause = inFolder(dir, e);
    String words =
        cause == Cause.A_FOLDER ? "a folder has the name of a file kept there" : cause.words();
    return new RecordingException(
        what + " " + Cause.shown(dir) + ", because " + words + ". " + toDo(cause, again), e);
  }

  /** The cause, where a file standing where a folder of the path should be is told as such. */
  private static Cause inFolder(Path dir, IOException e) {
    Path on = dir.toAbsolutePath();
    while (on != null && !Files.exists(on, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
      on = on.getParent();
    }
    return on != null && !Files.isDirectory(on) ? Cause.NOT_A_FOLDER : Cause.of(e);
  }

  /** What to do about {@code cause} in the data folder, which cannot be swapped for another. */
  private static String toDo(Cause cause, String again) {
    return switch (cause) {
      case READ_ONLY -> "Make the disk or the data folder writable again, then " + again + ".";
      case NO_PERMISSION ->
          "Check that the data folder and everything in it belong to you, then " + again + ".";
      case NOT_A_FOLDER, ALREADY_THERE, A_FOLDER ->
          "Move that file or folder out of the data folder, then " + again + ".";
      default -> {
        String toDo = cause.toDo();
        yield toDo.endsWith("then try again.")
            ? toDo.substring(0, toDo.length() - "try again.".length()) + again + "."
            : toDo + " Then " + again + ".";
      }
    };
  }
}
