package dev.attune.deck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

class DeckLoaderTest {
  private final DeckLoader loader = new DeckLoader();

  static final List<String> BUNDLED = DeckLoader.BUNDLED;

  @Nested
  class BundledDecks {
    @ParameterizedTest
    @FieldSource("dev.attune.deck.DeckLoaderTest#BUNDLED")
    void everyBundledDeck_loadsAndValidates(String name) throws DeckException {
      Deck deck = loader.bundled(name);
      assertEquals(name, deck.id());
      assertFalse(deck.title().isBlank());
      assertTrue(deck.board() ? !deck.signals().isEmpty() : !deck.prompts().isEmpty());
    }

    @Test
    void before_hasTheFoundationTopics() throws DeckException {
      Deck before = loader.bundled("before");
      assertTrue(before.prompts().size() >= 8, "at least eight prompts");
      Prompt pain = before.prompt("pain_level").orElseThrow();
      assertEquals("none", pain.options().get(0).id(), "pain starts at none");
      assertTrue(pain.options().size() >= 4, "bands up to severe");
      Prompt where = before.prompt("pain_where").orElseThrow();
      assertTrue(where.multi());
      assertEquals(Set.of("none"), where.when().orElseThrow().optionIds());
      assertTrue(where.when().orElseThrow().negated());
      assertTrue(
          before.prompts().stream()
              .anyMatch(p -> p.audience() == Audience.TOGETHER && p.id().startsWith("stop")));
    }

    @Test
    void during_isABoardWithTheTrafficLights() throws DeckException {
      Deck during = loader.bundled("during");
      assertTrue(during.board());
      List<String> ids = during.signals().stream().map(Option::id).toList();
      assertTrue(ids.containsAll(List.of("pause", "green", "yellow", "red")), ids::toString);
      assertTrue(ids.size() <= 9, "one digit each");
      assertTrue(
          during.signals().stream().anyMatch(o -> o.label().contains("stop")),
          "Stop is on the board");
    }

    @Test
    void unknownDeck_namesTheDecksThatExist() {
      DeckException e = assertThrows(DeckException.class, () -> loader.bundled("sometime"));
      assertTrue(e.getMessage().contains("'sometime'"), e.getMessage());
      assertTrue(e.getMessage().contains("before, during, after, followup"), e.getMessage());
    }
  }

  @Nested
  class BrokenDecks {
    private DeckException broken(String yaml) {
      return assertThrows(DeckException.class, () -> loader.parse(yaml, "test.yaml"));
    }

    @Test
    void misspeltField_namesFileLineAndField() {
      DeckException e =
          broken(
              """
              id: test
              title: Test
              prompts:
                - id: one
                  text: One?
                  optoins:
                    - {id: a, label: A, phrase: a}
              """);
      assertEquals("test.yaml", e.file());
      assertTrue(e.getMessage().contains("line 6: unknown field 'optoins'"), e.getMessage());
    }

    @Test
    void invalidYaml_saysWhereItBroke() {
      DeckException e = broken("id: test\ntitle: [unclosed\nprompts: []\n");
      assertTrue(e.getMessage().startsWith("test.yaml, line "), e.getMessage());
      assertTrue(e.getMessage().contains("not valid YAML"), e.getMessage());
    }

    @Test
    void conditionOnALaterPrompt_isRejectedWithItsLine() {
      DeckException e =
          broken(
              """
              id: test
              title: Test
              prompts:
                - id: where
                  text: Where?
                  when: {prompt: pain, not: [none]}
                  options:
                    - {id: a, label: A, phrase: a}
                - id: pain
                  text: Pain?
                  options:
                    - {id: none, label: None, phrase: none}
              """);
      assertTrue(e.getMessage().contains("line 6"), e.getMessage());
      assertTrue(e.getMessage().contains("not an earlier prompt"), e.getMessage());
    }

    @Test
    void conditionOnAPrivateAnswer_isRejected_becauseTheNextQuestionWouldTellIt() {
      DeckException e =
          broken(
              """
              id: test
              title: Test
              prompts:
                - id: kissing
                  private: true
                  text: Slow kissing?
                  phrase: slow kissing
                - id: more
                  text: More kissing?
                  when: {prompt: kissing, is: [yes]}
                  options:
                    - {id: a, label: A, phrase: a}
              """);
      assertTrue(e.getMessage().contains("line 10"), e.getMessage());
      assertTrue(e.getMessage().contains("private prompt 'kissing'"), e.getMessage());
    }

    @Test
    void conditionNamingAMissingOption_isRejected() {
      DeckException e =
          broken(
              """
              id: test
              title: Test
              prompts:
                - id: pain
                  text: Pain?
                  options:
                    - {id: none, label: None, phrase: none}
                - id: where
                  text: Where?
                  when: {prompt: pain, is: [severe]}
                  options:
                    - {id: a, label: A, phrase: a}
              """);
      assertTrue(e.getMessage().contains("'severe'"), e.getMessage());
    }

    @Test
    void everyProblemIsReported_notOnlyTheFirst() {
      DeckException e =
          broken(
              """
              id: test
              title: Test
              prompts:
                - id: one
                  text: One?
                  options:
                    - {id: a, label: A}
                    - {id: a, label: B, phrase: b}
                - id: one
                  text: Again?
                  options:
                    - {id: skip, label: C, phrase: c}
              """);
      assertTrue(e.problems().size() >= 3, e.getMessage());
      assertTrue(e.getMessage().contains("needs a 'phrase'"), e.getMessage());
      assertTrue(e.getMessage().contains("two options with the id 'a'"), e.getMessage());
      assertTrue(e.getMessage().contains("'skip' is kept"), e.getMessage());
    }

    @Test
    void deckIdMustMatchFileName() {
      DeckException e =
          broken(
              "id: other\ntitle: T\nprompts:\n  - {id: a, text: A?, options: [{id: x, label: X, phrase: x}]}\n");
      assertTrue(e.getMessage().contains("should match its file name 'test'"), e.getMessage());
    }

    @Test
    void unknownPlaceholder_isRejected() {
      DeckException e =
          broken(
              "id: test\ntitle: T\nprompts:\n"
                  + "  - {id: a, text: A?, summary: \"{name} is {choices}\","
                  + " options: [{id: x, label: X, phrase: x}]}\n");
      assertTrue(e.getMessage().contains("{name}"), e.getMessage());
    }

    @Test
    void emptyFile_isRejected() {
      assertTrue(broken("").getMessage().contains("is empty"));
    }
  }

  @Test
  void privateAndExercisePrompts_needNoOptions() throws DeckException {
    Deck deck =
        loader.parse(
            """
            id: test
            title: Test
            prompts:
              - {id: kiss, private: true, text: Kissing?, phrase: kissing}
              - {id: breathe, exercise: breathing, text: Breathe?, rounds: 6, inhale: 4, hold: 2, exhale: 6}
            """,
            "test.yaml");
    assertEquals(Prompt.Kind.PRIVATE, deck.prompt("kiss").orElseThrow().kind());
    assertEquals(72, deck.prompt("breathe").orElseThrow().exercise().orElseThrow().totalSeconds());
  }
}
