package dev.attune.session;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WordingTest {
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {"'' | ''", "a | a", "a;b | a and b", "a;b;c | a, b and c", "a;;c | a and c"})
  void join_readsNaturally(String phrases, String expected) {
    List<String> list = phrases.isEmpty() ? List.of() : List.of(phrases.split(";", -1));
    assertEquals(expected, Wording.join(list));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {"hello | Hello.", "done! | Done!", "ok. | Ok."})
  void sentence_capitalisesAndEnds(String in, String out) {
    assertEquals(out, Wording.sentence(in));
  }
}
