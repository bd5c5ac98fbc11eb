package dev.attune.ui.kit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.text.MessageFormat;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Patterns are parsed once and numbers written by one shared format: the words stay the same. */
class MessagesTest {
  @ParameterizedTest
  @ValueSource(ints = {0, 1, 2, 9, 1234, 7300, 148_837})
  void cachedPatterns_sayWhatAFreshMessageFormatSays(int n) {
    for (String key : new String[] {"history.count", "checkin.option", "checkin.progress"}) {
      Object[] args = {n, n + 1};
      String fresh = new MessageFormat(Messages.get(key), Locale.ROOT).format(args);
      assertEquals(fresh, Messages.format(key, args), key);
      assertEquals(fresh, Messages.format(key, args), key + ", a second time");
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 7300})
  void aChoiceStillSeesTheNumber(int n) {
    assertEquals(
        n == 1 ? "One evening so far." : "7,300 evenings so far.",
        Messages.format("history.count", n));
  }
}
