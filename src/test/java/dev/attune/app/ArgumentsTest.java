package dev.attune.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ArgumentsTest {
  @Test
  void noArguments_meanDirectModeAndTheDefaultFolder() throws Exception {
    Arguments a = Arguments.parse();
    assertEquals(Optional.empty(), a.mode());
    assertEquals(Optional.empty(), a.dataDir());
  }

  @Test
  void everyOption_isRead() throws Exception {
    Arguments a = Arguments.parse("--data-dir", "/tmp/x", "--mode", "scanning");
    assertEquals(Optional.of(Path.of("/tmp/x")), a.dataDir());
    assertEquals(Optional.of(Arguments.Mode.SCANNING), a.mode());
    assertEquals(Optional.of("before"), Arguments.parse("--print-deck", "before").printDeck());
  }

  @ParameterizedTest
  @ValueSource(strings = {"--frobnicate", "--mode=loud", "stray", "--data-dir"})
  void badCommandLines_areUsageErrors(String arg) {
    Arguments.UsageException e =
        assertThrows(Arguments.UsageException.class, () -> Arguments.parse(arg.split(" ")));
    assertTrue(!e.getMessage().isBlank());
  }

  @ParameterizedTest
  @ValueSource(strings = {"-mode direct", "-mode=scanning", "-help", "-data-dir /tmp/x"})
  void aLongOptionWithOneDash_isAUsageErrorThatShowsTheTwoDashes(String arg) {
    Arguments.UsageException e =
        assertThrows(Arguments.UsageException.class, () -> Arguments.parse(arg.split(" ")));
    String name = arg.substring(1).split("[ =]")[0];
    assertTrue(e.getMessage().contains("--" + name), e.getMessage());
  }

  @Test
  void badMode_namesTheValue() {
    Arguments.UsageException e =
        assertThrows(Arguments.UsageException.class, () -> Arguments.parse("--mode", "loud"));
    assertTrue(e.getMessage().contains("'loud'"), e.getMessage());
  }

  @Test
  void usage_listsEveryOption() {
    String usage = Arguments.usage();
    for (String option :
        new String[] {"--data-dir", "--mode", "--print-deck", "--help", "--version"}) {
      assertTrue(usage.contains(option), option);
    }
  }

  @Test
  void dataDirectory_followsSpecSixOnEachSystem() {
    assertEquals(
        Path.of("/x/attune"),
        DataDirectory.defaultFor("Linux", Map.of("XDG_DATA_HOME", "/x"), "/home/sam"));
    assertEquals(
        Path.of("/home/sam/.local/share/attune"),
        DataDirectory.defaultFor("Linux", Map.of("XDG_DATA_HOME", "relative"), "/home/sam"));
    assertEquals(
        Path.of("/Users/sam/Library/Application Support/Attune"),
        DataDirectory.defaultFor("Mac OS X", Map.of(), "/Users/sam"));
    assertEquals(
        Path.of("C:\\Users\\sam\\AppData\\Roaming", "Attune"),
        DataDirectory.defaultFor(
            "Windows 11", Map.of("APPDATA", "C:\\Users\\sam\\AppData\\Roaming"), "C:\\Users\\sam"));
  }
}
