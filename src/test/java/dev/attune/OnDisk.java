package dev.attune;

import dev.attune.deck.Deck;
import dev.attune.deck.Option;
import dev.attune.deck.Prompt;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/** Reads the raw bytes of a data folder for words that must not be there. */
public final class OnDisk {
  private OnDisk() {}

  /**
   * Each of {@code words} found in any file under {@code dir}, read as bytes (Latin-1, which keeps
   * every byte, and UTF-16LE), as {@code "word in relative/path"}; empty when none is there.
   */
  public static List<String> find(Path dir, Collection<String> words) throws IOException {
    List<String> found = new ArrayList<>();
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
        byte[] bytes = Files.readAllBytes(f);
        String latin = new String(bytes, StandardCharsets.ISO_8859_1);
        String utf16 = new String(bytes, StandardCharsets.UTF_16LE);
        for (String word : new TreeSet<>(words)) {
          if (latin.contains(word) || utf16.contains(word)) {
            found.add(word + " in " + dir.relativize(f));
          }
        }
      }
    }
    return found;
  }

  /**
   * What the decks would put on disk when someone answers: every prompt's id and text, and every
   * option's id and label long enough (six letters or more) not to turn up by chance.
   */
  public static Set<String> deckWords(Collection<Deck> decks) {
    Set<String> words = new TreeSet<>();
    for (Deck deck : decks) {
      for (Prompt p : deck.prompts()) {
        words.add(p.id());
        words.add(p.text());
        for (Option o : p.options()) {
          if (o.id().length() >= 6) {
            words.add(o.id());
          }
          if (o.label().length() >= 6) {
            words.add(o.label());
          }
        }
      }
    }
    return words;
  }
}
