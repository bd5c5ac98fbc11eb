package dev.attune.app;

import dev.attune.speech.Pronunciations;

/** The "say this word" check in Settings: the phones the voice will use, and where from. */
final class Words {
  private static Pronunciations pronunciations;

  private Words() {}

  /** Blocks while the voice's lexicon loads the first time: call off the Event Dispatch Thread. */
  static synchronized String describe(String word) {
    if (pronunciations == null) {
      pronunciations = Pronunciations.bundled();
    }
    Pronunciations.Pronunciation p = pronunciations.phonesOf(word);
    String source;
    switch (p.source()) {
      case ATTUNE_LEXICON:
        source = "Attune's own pronunciation list";
        break;
      case CMU_LEXICON:
        source = "the voice's dictionary";
        break;
      default:
        source = "a guess from the spelling";
        break;
    }
    return String.join(" ", p.phones()) + ", from " + source;
  }
}
