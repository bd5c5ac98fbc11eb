package dev.attune.app;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class WordsTest {
  @Test
  void aFixedWord_comesFromAttunesList_andAnEverydayOneFromTheVoice() {
    String lube = Words.describe("lube");
    assertTrue(lube.contains("uw1") && lube.endsWith("from Attune's own pronunciation list"), lube);
    assertTrue(Words.describe("people").endsWith("from the voice's dictionary"));
    assertTrue(Words.describe("zqxbrr").endsWith("from a guess from the spelling"));
  }
}
