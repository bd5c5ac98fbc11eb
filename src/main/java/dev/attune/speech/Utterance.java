package dev.attune.speech;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Something to play: speech, earcons and silences, in order. Immutable. */
public record Utterance(List<Part> parts) {

  public Utterance {
    Objects.requireNonNull(parts, "parts");
    parts = List.copyOf(parts);
  }

  public static Utterance of(String text) {
    return new Utterance(List.of(new Part.Speech(text, Style.NORMAL)));
  }

  public static Builder builder() {
    return new Builder();
  }

  /** How a piece of speech should sound. */
  public enum Style {
    /** Prompts, confirmations, summaries. */
    NORMAL,
    /** Softer and quicker: the label of a focused or scanned option. */
    CUE,
    /** Clear and loud: pause-board signals. */
    LOUD,
    /**
     * A screen's numbered list of its options ("2, Maybe."), in the cue voice. Scanning leaves it
     * out: there each option is spoken once, as it is highlighted.
     */
    OPTION
  }

  /** A short non-speech sound. */
  public enum Earcon {
    /** An option was chosen. */
    CHOSEN,
    /** An answer was undone. */
    BACK,
    /** Something needs attention (an error, a handoff). */
    ATTENTION
  }

  /** One piece of an utterance. */
  public sealed interface Part permits Part.Speech, Part.Tone, Part.Silence {

    /** Words to synthesise. */
    record Speech(String text, Style style) implements Part {
      public Speech {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(style, "style");
      }
    }

    /** An earcon. */
    record Tone(Earcon earcon) implements Part {
      public Tone {
        Objects.requireNonNull(earcon, "earcon");
      }
    }

    /** Quiet, in milliseconds; used for pacing (breathing, scanning). */
    record Silence(int millis) implements Part {
      public Silence {
        if (millis < 0 || millis > 60_000) {
          throw new IllegalArgumentException("silence must be 0..60000 ms, was " + millis);
        }
      }
    }
  }

  /** Builds an utterance piece by piece; blank speech is left out. */
  public static final class Builder {
    private final List<Part> parts = new ArrayList<>();

    private Builder() {}

    public Builder say(String text) {
      return say(text, Style.NORMAL);
    }

    public Builder say(String text, Style style) {
      if (text != null && !text.isBlank()) {
        parts.add(new Part.Speech(text.strip(), style));
      }
      return this;
    }

    /** Option {@code number} of a screen's list, as "2, Maybe." ({@link Style#OPTION}). */
    public Builder option(int number, String label) {
      return say(number + ", " + label + ".", Style.OPTION);
    }

    /** Adds a part as it is. */
    public Builder part(Part part) {
      parts.add(Objects.requireNonNull(part, "part"));
      return this;
    }

    public Builder tone(Earcon earcon) {
      parts.add(new Part.Tone(earcon));
      return this;
    }

    public Builder pause(int millis) {
      parts.add(new Part.Silence(millis));
      return this;
    }

    public Utterance build() {
      return new Utterance(parts);
    }
  }
}
