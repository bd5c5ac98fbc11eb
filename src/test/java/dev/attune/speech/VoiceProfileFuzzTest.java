package dev.attune.speech;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Ten thousand mutated and random profile files: the parser either reads one or says, with {@link
 * VoiceFileException}, what is wrong. Nothing else may escape.
 */
class VoiceProfileFuzzTest {
  static final int CASES = 10_000;
  static final long SEED = 20261125L;
  static final List<String> SPECIAL =
      List.of(
          ":",
          ": ",
          "- ",
          "[",
          "]",
          "{",
          "}",
          "#",
          "&a ",
          "*a",
          "!!binary ",
          "\t",
          "\"",
          "'",
          "\\",
          "\n",
          "  ",
          "1e309",
          "-0",
          "NaN",
          ".inf",
          "~",
          "null",
          "é",
          "\uD83D\uDE00",
          "\uD800",
          "rate: 80",
          "volume: 2",
          "pitch: -1",
          "base_voice: kevin");

  @Test
  void noInput_escapesOtherThanAVoiceProfileException() throws IOException {
    List<String> seeds = new ArrayList<>();
    for (String id : VoiceProfiles.BUNDLED) {
      try (InputStream in =
          VoiceProfileFuzzTest.class.getResourceAsStream("/dev/attune/voices/" + id + ".yaml")) {
        seeds.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      }
    }
    Random random = new Random(SEED);
    int parsed = 0;
    int refused = 0;
    List<String> escaped = new ArrayList<>();
    for (int i = 0; i < CASES; i++) {
      String input = mutate(seeds.get(random.nextInt(seeds.size())), random);
      try {
        VoiceProfiles.parse(input, "calm.yaml");
        parsed++;
      } catch (VoiceFileException e) {
        assertTrue(e.getMessage().startsWith("calm.yaml"), e.getMessage());
        refused++;
      } catch (RuntimeException | StackOverflowError e) {
        escaped.add("case " + i + ": " + e + " for input:\n" + input);
      }
    }
    assertEquals(List.of(), escaped.stream().limit(3).toList());
    assertTrue(
        parsed > 0 && refused > 0, "both outcomes were exercised: " + parsed + "/" + refused);
  }

  static String mutate(String seed, Random random) {
    StringBuilder text = new StringBuilder(seed);
    int edits = 1 + random.nextInt(6);
    for (int e = 0; e < edits; e++) {
      int at = text.length() == 0 ? 0 : random.nextInt(text.length());
      switch (random.nextInt(7)) {
        case 0:
          text.insert(at, SPECIAL.get(random.nextInt(SPECIAL.size())));
          break;
        case 1:
          if (text.length() > 0) {
            text.deleteCharAt(at);
          }
          break;
        case 2:
          text.setLength(at);
          break;
        case 3:
          if (text.length() > 0) {
            text.setCharAt(at, (char) (32 + random.nextInt(95)));
          }
          break;
        case 4:
          text.insert(at, "[".repeat(random.nextInt(3000)));
          break;
        case 5:
          text.insert(at, String.valueOf(random.nextLong()));
          break;
        default:
          int line = text.indexOf("\n", at);
          if (line >= 0) {
            text.insert(line + 1, text.substring(at, line + 1));
          }
          break;
      }
    }
    return text.toString();
  }
}
