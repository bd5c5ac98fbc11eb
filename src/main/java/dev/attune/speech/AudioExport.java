package dev.attune.speech;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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

  private final Synthesizer synth;
  private final VoiceProfile profile;

  /**
   * @param synth used on the calling thread only; the caller closes it
   * @param profile the voice to speak with
   */
  public AudioExport(Synthesizer synth, VoiceProfile profile) {
    this.synth = Objects.requireNonNull(synth, "synth");
    this.profile = Objects.requireNonNull(profile, "profile");
  }

  /** Exports with a kevin16 voice of its own, loaded here and released afterwards. */
  public static int export(List<Item> items, Path dir, VoiceProfile profile)
      throws AudioExportException {
    try (FreeTtsSynthesizer synth =
        new FreeTtsSynthesizer(profile, FreeTtsSynthesizer.bundledLexicon())) {
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
      throw cannotWrite(dir, e);
    }
    StringBuilder index = new StringBuilder();
    for (Item item : items) {
      Pcm pcm;
      try {
        pcm = synth.synthesize(item.text(), Utterance.Style.NORMAL, profile);
      } catch (SpeechException e) {
        throw new AudioExportException(
            "Could not synthesise " + item.id() + ": " + e.getMessage(), e);
      }
      String file = item.id() + ".wav";
      try {
        WavWriter.write(pcm, dir.resolve(file));
      } catch (IOException e) {
        throw cannotWrite(dir, e);
      }
      index.append(file).append('\t').append(oneLine(item.text())).append('\n');
    }
    try (Writer out = Files.newBufferedWriter(dir.resolve(INDEX), StandardCharsets.UTF_8)) {
      out.write(index.toString());
    } catch (IOException e) {
      throw cannotWrite(dir, e);
    }
    return items.size();
  }

  /** The text as written to index.tsv: tabs and line breaks become single spaces. */
  static String oneLine(String text) {
    return text.replaceAll("[\\t\\r\\n]+", " ");
  }

  private static AudioExportException cannotWrite(Path dir, IOException e) {
    return new AudioExportException(
        "Cannot write audio files to "
            + dir.toAbsolutePath()
            + " ("
            + e.getClass().getSimpleName()
            + "); choose a folder you can write to",
        e);
  }
}
