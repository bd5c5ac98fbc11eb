package dev.attune.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SafeYamlTest {
  static YamlProblem problem(String yaml) {
    YamlProblem e = assertThrows(YamlProblem.class, () -> SafeYaml.compose(yaml, "mine.yaml"));
    assertFalse(e.getMessage().contains("Exception"), e.getMessage());
    assertFalse(e.getMessage().contains("mine.yaml"), "the file is named once, by the caller");
    assertTrue(e.getMessage().length() < 300, e.getMessage());
    return e;
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "a: b: c|1|is not valid YAML at column 5: a colon is where YAML does not allow one.",
        "a:\\n\\t- x|2|is not valid YAML at column 1: a tab is used to indent.",
        "a: 'open\\n|2|is not valid YAML at column 1: the file ends inside a quote or a bracket.",
        "a: [1, 2\\n|2|is not valid YAML at column 1: the file ends inside a quote or a bracket.",
        "a: &x 1\\nb: *y|2|is not valid YAML at column 4: found undefined alias y",
        "a: 1\\nb: x\u0001y|2|is not valid YAML: it holds a character that is not allowed (U+0001).",
      })
  void theLineAndColumn_areKept_inPlainWords(String yaml, int line, String start) {
    YamlProblem e = problem(yaml.replace("\\n", "\n").replace("\\t", "\t"));
    assertEquals(line, e.line(), e.getMessage());
    assertTrue(e.getMessage().startsWith(start), e.getMessage());
  }
}
