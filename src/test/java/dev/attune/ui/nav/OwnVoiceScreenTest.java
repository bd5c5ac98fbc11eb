package dev.attune.ui.nav;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.attune.deck.Prompt;
import dev.attune.session.Person;
import dev.attune.speech.Utterance;
import dev.attune.ui.kit.Command;
import dev.attune.ui.kit.ScreenModel;
import dev.attune.ui.settings.Preferences;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Settings, Your own voice: recording a question, by keys alone, with the microphone faked. */
class OwnVoiceScreenTest {

  private static String firstBeforeQuestion(Fakes.World w) {
    Prompt first = w.services.decks().get("before").prompts().get(0);
    return first.text();
  }

  /** Home, Settings, two pages on, Your own voice, Before, its first question. */
  private static void openFirstQuestion(Fakes.World w) {
    w.digit(5); // Settings
    w.digit(7); // more settings
    w.digit(7); // and more: the third page
    w.digit(2); // Your own voice
    assertEquals("own-voice", w.screen());
    assertTrue(
        w.voice.said.stream()
            .anyMatch(u -> Fakes.Voice.words(u).contains("Recordings belong to the voice calm.")),
        w.voice.said::toString);
    w.digit(1); // Before
    assertEquals("own-voice:before", w.screen());
    w.digit(1);
    assertTrue(w.screen().startsWith("record:before."), w.screen());
    assertTrue(
        w.voice.said.stream()
            .anyMatch(u -> Fakes.Voice.words(u).startsWith("Say: " + firstBeforeQuestion(w))),
        w.voice.said::toString);
  }

  private static List<String> labels(Fakes.World w) {
    return w.controller.model().buttons().stream().map(ScreenModel.Button::label).toList();
  }

  private static Utterance last(Fakes.World w) {
    return w.voice.said.get(w.voice.said.size() - 1);
  }

  @Test
  void record_thenStop_keepsTheTake_andPlaysItBackInTheVoiceThatWillSayIt() {
    Fakes.World w = new Fakes.World();
    openFirstQuestion(w);
    String question = firstBeforeQuestion(w);
    assertEquals(List.of("Record", "Back"), labels(w));

    w.digit(1); // Record
    // The tone is the last sound before listening: nothing is said over the microphone.
    assertEquals(Utterance.builder().tone(Utterance.Earcon.ATTENTION).build(), last(w));
    assertTrue(w.own.listening);
    assertEquals(List.of("Stop and keep it"), labels(w));
    assertTrue(w.controller.model().text().contains("Listening."), w.controller.model().text());
    int saidWhileListening = w.voice.said.size();
    w.key(Command.REPEAT);
    assertEquals(
        "", Fakes.Voice.words(w.voice.said.get(w.voice.said.size() - 1)), "R says nothing");

    w.key(Command.ACTIVATE); // the only button: Stop and keep it
    assertFalse(w.own.listening);
    assertEquals(
        "before." + w.services.decks().get("before").prompts().get(0).id() + ": my own words",
        w.own.kept.get("calm|" + question));
    assertEquals("Kept. This is how it sounds. " + question, w.voice.last());
    assertTrue(w.voice.said.size() > saidWhileListening);
    assertEquals(List.of("Record again", "Hear it", "Use Attune's voice", "Back"), labels(w));

    w.digit(2); // Hear it
    assertEquals(question, w.voice.last());

    w.key(Command.BACK);
    assertEquals("own-voice:before", w.screen());
    assertEquals(question + " (in your voice)", labels(w).get(0));
  }

  @Test
  void noMicrophone_isSaidAndShown_andNothingChanges() {
    Fakes.World w = new Fakes.World();
    w.own.microphone = false;
    openFirstQuestion(w);
    w.digit(1); // Record
    String message =
        "No microphone was found, so nothing can be recorded. Plug one in or let Attune use it,"
            + " then try again. Attune's own voice goes on as before.";
    assertEquals(message, w.voice.last());
    assertEquals(message, w.view.notice);
    assertTrue(w.controller.model().text().endsWith(message), w.controller.model().text());
    assertEquals(List.of("Record", "Back"), labels(w));
    assertTrue(w.own.kept.isEmpty());
  }

  @Test
  void onlyQuiet_keepsNothing_andSaysWhatToCheck() {
    Fakes.World w = new Fakes.World();
    w.own.heard = "";
    openFirstQuestion(w);
    w.digit(1);
    w.digit(1);
    assertTrue(
        w.voice.last().startsWith("I heard only quiet, so nothing changed."), w.voice.last());
    assertTrue(w.own.kept.isEmpty());
    assertEquals(List.of("Record", "Back"), labels(w));
  }

  @Test
  void atTheTimeLimit_whatWasHeardIsKept_butALateEndNeverStopsANewerTake() {
    Fakes.World w = new Fakes.World();
    openFirstQuestion(w);
    w.digit(1); // Record
    Runnable first = w.own.ended;
    w.key(Command.BACK); // thrown away
    w.digit(1); // Record again
    first.run(); // the first take's end arrives late
    assertTrue(w.own.listening, "the newer take goes on");

    w.own.ended.run(); // the limit
    assertFalse(w.own.listening);
    assertEquals(1, w.own.kept.size());
    assertTrue(w.voice.last().startsWith("Kept. This is how it sounds."), w.voice.last());
  }

  @Test
  void backspaceWhileListening_throwsTheTakeAway() {
    Fakes.World w = new Fakes.World();
    openFirstQuestion(w);
    w.digit(1);
    w.key(Command.BACK);
    assertEquals(1, w.own.discarded);
    assertEquals("Stopped. Nothing was kept.", w.voice.last());
    assertTrue(w.own.kept.isEmpty());
    assertTrue(w.screen().startsWith("record:"), "still on the question, ready to try again");
  }

  @Test
  void useAttunesVoice_isConfirmedFirst_thenRemovesTheRecording() {
    Fakes.World w = new Fakes.World();
    openFirstQuestion(w);
    w.digit(1);
    w.digit(1);
    w.digit(3); // Use Attune's voice
    assertEquals("confirm", w.screen());
    w.digit(1); // No, keep it
    assertEquals(1, w.own.kept.size());
    w.digit(3);
    w.digit(2); // Yes
    assertTrue(w.own.kept.isEmpty());
    assertEquals(List.of("Record", "Back"), labels(w));
  }

  @Test
  void scanning_neverSpeaksOverTheMicrophone() {
    Fakes.World w =
        new Fakes.World(Preferences.DEFAULTS.withScanning(true), List.of(new Person(1, "", true)));
    openFirstQuestion(w);
    w.digit(1); // Record
    assertTrue(w.own.listening);
    assertEquals(-1, w.controller.scanned(), "no option is being read out");
    int said = w.voice.said.size();
    w.steps.waiting.forEach(f -> f.complete(null));
    assertEquals(said, w.voice.said.size(), "nothing more is said while listening");
    w.clock.advance(2000); // a breath later
    w.key(Command.ACTIVATE); // the single switch stops it
    assertEquals(1, w.own.kept.size());
  }
}
