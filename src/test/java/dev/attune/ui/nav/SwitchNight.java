package dev.attune.ui.nav;

import dev.attune.session.Person;
import dev.attune.speech.Earcons;
import dev.attune.speech.FreeTtsSynthesizer;
import dev.attune.speech.Pcm;
import dev.attune.speech.Utterance;
import dev.attune.ui.kit.Command;
import dev.attune.ui.kit.ScreenModel;
import dev.attune.ui.settings.Preferences;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A first Before played through the real presenters twice, once by keys and once by one switch at
 * the default pace, and timed by the length of what a person hears: every utterance synthesised
 * with the real voice and measured. By keys, each answer comes once its words have been heard. By
 * switch, each option the scan passes takes the longer of its spoken label and the pace (they run
 * together), and the chosen one its label. Both make the same answers: in a several-answer prompt
 * the first and then Done, elsewhere the second; then again with the last answer of each page.
 * Prints numbers only.
 */
public final class SwitchNight {
  private final FreeTtsSynthesizer voice = new FreeTtsSynthesizer();
  private final Earcons earcons = new Earcons();
  private final Map<Utterance.Part, Long> lengths = new HashMap<>();

  /** One night: how many presses, and how many seconds heard. */
  public record Night(int presses, double seconds) {}

  public static void main(String[] args) {
    System.out.println(new SwitchNight().report());
  }

  /** The two nights side by side, with the target, for early answers and for the last ones. */
  public String report() {
    return line("early answers (the first, or the second)", false)
        + System.lineSeparator()
        + line("the last answer of every page", true);
  }

  private String line(String answers, boolean last) {
    Night keys = night(false, last);
    Night one = night(true, last);
    double ratio = one.seconds() / keys.seconds();
    return String.format(
        Locale.ROOT,
        "first Before, %s: by keys %d presses, %.0f s heard; by one switch at the default pace"
            + " (%.1f s) %d presses, %.0f s; switch/keys %.2fx (target <= 1.5x): %s",
        answers,
        keys.presses(),
        keys.seconds(),
        Preferences.DEFAULTS.scanPaceMillis() / 1000.0,
        one.presses(),
        one.seconds(),
        ratio,
        ratio <= 1.5 ? "PASS" : "FAIL");
  }

  /** Plays one first Before, by keys or by one switch. */
  public Night night(boolean bySwitch, boolean last) {
    Fakes.World w =
        new Fakes.World(
            Preferences.DEFAULTS.withScanning(bySwitch), List.of(new Person(1, "", true)));
    int from = w.voice.said.size();
    Set<Utterance> chosenCues = new HashSet<>();
    int presses = 0;
    String target = "Before";
    while (!w.screen().equals("summary")) {
      ScreenModel screen = w.controller.model();
      int index = indexOf(screen, target);
      if (target.equals("Before")) {
        from = w.voice.said.size(); // timed from pressing Before
      }
      if (bySwitch && screen.buttons().size() > 1) {
        while (w.controller.scanned() != index) {
          w.steps.next();
        }
        chosenCues.add(w.voice.said.get(w.voice.said.size() - 1));
        w.clock.advance(Preferences.DEBOUNCE_MILLIS);
        w.controller.switchDown(1);
        w.controller.switchUp(1);
      } else if (bySwitch) {
        w.clock.advance(Preferences.DEBOUNCE_MILLIS);
        w.controller.switchDown(1);
        w.controller.switchUp(1);
      } else {
        w.controller.command(Command.CHOOSE, index + 1);
      }
      presses++;
      target = next(w, last);
    }
    long millis = 0;
    int pace = Preferences.DEFAULTS.scanPaceMillis();
    for (Utterance u : w.voice.said.subList(from, w.voice.said.size())) {
      long heard = millis(u);
      boolean cue =
          u.parts().size() == 1
              && u.parts().get(0) instanceof Utterance.Part.Speech s
              && s.style() == Utterance.Style.CUE;
      millis += cue && !chosenCues.contains(u) ? Math.max(heard, pace) : heard;
    }
    return new Night(presses, millis / 1000.0);
  }

  /**
   * The label to choose next: where several may be chosen, the first answer (or the last) then
   * Done; elsewhere the second (or the last).
   */
  private static String next(Fakes.World w, boolean last) {
    ScreenModel now = w.controller.model();
    if (now.buttons().stream().anyMatch(b -> b.label().equals("Done"))) {
      return "Done";
    }
    if (now.buttons().size() == 1) {
      return now.buttons().get(0).label();
    }
    boolean several = now.buttons().stream().anyMatch(b -> b.label().equals("Skip"));
    boolean multi =
        several
            && w.services
                .decks()
                .get("before")
                .prompt(now.name().substring(now.name().indexOf(':') + 1))
                .map(p -> p.multi())
                .orElse(false);
    int answers = now.buttons().size() - now.controls();
    return now.buttons().get(last ? answers - 1 : multi ? 0 : 1).label();
  }

  private static int indexOf(ScreenModel screen, String label) {
    for (int i = 0; i < screen.buttons().size(); i++) {
      if (screen.buttons().get(i).label().equals(label)) {
        return i;
      }
    }
    throw new IllegalStateException("no " + label + " on " + screen.name());
  }

  /** How long an utterance plays, by the real voice, earcons and pauses. */
  private long millis(Utterance u) {
    long total = 0;
    for (Utterance.Part part : u.parts()) {
      total +=
          lengths.computeIfAbsent(
              part,
              p -> {
                Pcm pcm;
                if (p instanceof Utterance.Part.Speech s) {
                  pcm = voice.synthesize(s.text(), s.style());
                } else if (p instanceof Utterance.Part.Tone t) {
                  pcm = earcons.pcm(t.earcon());
                } else {
                  pcm = Pcm.silence(((Utterance.Part.Silence) p).millis());
                }
                return pcm.data().length * 1000L / Pcm.BYTES_PER_FRAME / Pcm.SAMPLE_RATE;
              });
    }
    return total;
  }
}
