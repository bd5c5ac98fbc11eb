package dev.attune.speech;

import dev.attune.disk.Cause;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Writes speech to files for {@code --export-audio}: one 16 kHz mono 16-bit WAV per item, named
 * {@code <id>.wav}, and {@code index.tsv} with one line per item: the file name, a tab and the
 * exact text spoken (tabs and line breaks in it turned into spaces), in UTF-8.
 *
 * <p>Needs neither a display nor a sound card. Not thread-safe: it synthesises on the calling
 * thread, which must not be the Event Dispatch Thread.
 */
public final class AudioExport {

  public static final String INDEX = "index.tsv";

  private static final Pattern SAFE_ID = Pattern.compile("[a-z0-9_.-]+");

  /**
   * One thing to say.
   *
   * @param id lower-case letters, digits, {@code _ . -}; becomes the file name
   * @param text what to say; not blank
   */
  public record Item(String id, String text) {
    public Item {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(text, "text");
      if (!SAFE_ID.matcher(id).matches() || id.startsWith(".")) {
        throw new IllegalArgumentException("not a safe file id: " + id);
      }
      if (text.isBlank()) {
        throw new IllegalArgumentException("the text of " + id + " is blank");
      }
    }
  }

  /** Writes one WAV file: {@link WavWriter#write}, or a test's full disk. */
  interface WavFiles {
    void write(Pcm pcm, Path file) throws IOException;
  }

  private final Synthesizer synth;
  private final VoiceProfile profile;
  private final WavFiles wavs;

  /**
   * @param synth used on the calling thread only; the caller closes it
   * @param profile the voice to speak with
   */
  public AudioExport(Synthesizer synth, VoiceProfile profile) {
    this(synth, profile, WavWriter::write);
  }

  AudioExport(Synthesizer synth, VoiceProfile profile, WavFiles wavs) {
    this.synth = Objects.requireNonNull(synth, "synth");
    this.profile = Objects.requireNonNull(profile, "profile");
    this.wavs = Objects.requireNonNull(wavs, "wavs");
  }

  /** Exports with a kevin16 voice of its own, loaded here and released afterwards. */
  public static int export(List<Item> items, Path dir, VoiceProfile profile)
      throws AudioExportException {
    PronunciationLexicon lexicon;
    try {
      lexicon = FreeTtsSynthesizer.bundledLexicon();
    } catch (SpeechException e) {
      throw new AudioExportException(
          "Attune could not load its voice, because part of Attune is damaged. Install Attune"
              + " afresh, then run this once more.",
          e);
    }
    try (FreeTtsSynthesizer synth = new FreeTtsSynthesizer(profile, lexicon)) {
      return new AudioExport(synth, profile).export(items, dir);
    }
  }

  /**
   * Creates {@code dir} if needed and writes every item, replacing files of the same name.
   *
   * @return how many WAV files were written (the number of items)
   * @throws AudioExportException naming the directory when it cannot be written, or the item id
   *     when its speech cannot be made; files written before then stay
   */
  public int export(List<Item> items, Path dir) throws AudioExportException {
    Set<String> ids = new HashSet<>();
    for (Item item : items) {
      if (!ids.add(item.id())) {
        throw new AudioExportException("Two items have the id " + item.id());
      }
    }
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw cannotMake(dir, e);
    }
    StringBuilder index = new StringBuilder();
    for (Item item : items) {
      Pcm pcm;
      try {
        pcm = synth.synthesize(item.text(), Utterance.Style.NORMAL, profile);
      } catch (SpeechException e) {
        // Its words are for the log: they may name the voice's own parts.
        throw new AudioExportException(
            "Attune's voice could not say "
                + item.id()
                + ", so its file was not written (the files before it were). Try once more, and if"
                + " it fails again, install Attune afresh.",
            e);
      }
      String file = item.id() + ".wav";
      try {
        wavs.write(pcm, dir.resolve(file));
      } catch (IOException e) {
        deletePartial(dir.resolve(file));
        throw cannotWrite(dir.resolve(file), e);
      }
      index.append(file).append('\t').append(oneLine(item.text())).append('\n');
    }
    try (Writer out = Files.newBufferedWriter(dir.resolve(INDEX), StandardCharsets.UTF_8)) {
      out.write(index.toString());
    } catch (IOException e) {
      deletePartial(dir.resolve(INDEX));
      throw cannotWrite(dir.resolve(INDEX), e);
    }
    return items.size();
  }

  /** The text as written to index.tsv: tabs and line breaks become single spaces. */
  static String oneLine(String text) {
    return text.replaceAll("[\\t\\r\\n]+", " ");
  }

  /**
   * "Attune could not write the audio files to /x, because it is a file, not a folder. …": the
   * folder (cut to 200 characters) and why, in plain words.
   */
  static AudioExportException cannotMake(Path dir, IOException e) {
    String why;
    Path on = dir.toAbsolutePath();
    while (on != null && !Files.exists(on, LinkOption.NOFOLLOW_LINKS)) {
      on = on.getParent();
    }
    if (on != null && !Files.isDirectory(on)) {
      why =
          on.equals(dir.toAbsolutePath())
              ? ", because it is a file, not a folder. Choose a folder, or a name that is not taken"
                  + " yet."
              : Cause.NOT_A_FOLDER.because();
    } else {
      why = Cause.of(e).because();
    }
    return new AudioExportException(
        "Attune could not write the audio files to " + Cause.shown(dir) + why, e);
  }

  /**
   * "Attune could not write the audio file /x/intro.wav, because the disk is full. Free some
   * space…": the file (cut to 200 characters) and why, in plain words.
   */
  static AudioExportException cannotWrite(Path file, IOException e) {
    Cause cause = Cause.of(e);
    String why =
        cause == Cause.A_FOLDER || Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)
            ? ", because a folder has that name. Move that folder away, or choose another folder."
            : cause.because();
    return new AudioExportException(
        "Attune could not write the audio file " + Cause.shown(file) + why, e);
  }

  /** What a failed write left under the file's name: half a file is no file. */
  private static void deletePartial(Path file) {
    try {
      if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
        Files.delete(file);
      }
    } catch (IOException e) {
      // The message names the file; the next export writes over it.
    }
  }
}
