package dev.attune.app;

import dev.attune.NoNetwork;
import dev.attune.speech.Speech;
import dev.attune.ui.nav.Controller;
import java.nio.file.Path;
import javax.swing.JFrame;
import javax.swing.SwingUtilities;
import javax.swing.Timer;

/**
 * Attune in a child process that a test can kill, and that tells the test, on standard output,
 * where it stands: one line each time its screen, its readiness for a key, the count of keys it has
 * received, or what it tried of the network changes ({@code attune-child screen=NAME inputs=N
 * ready=BOOL network=N}). The test presses a key only when the child says it is ready, and knows
 * the key arrived when the count grows. The child runs under the tests' network guard ({@link
 * NoNetwork}), so {@code network} counts its attempts and the internet sockets it holds.
 *
 * <p>Arguments: the data folder.
 */
final class ChildMain {
  static final String PREFIX = "attune-child ";

  /**
   * A second argument: the child's voice is watched, and it also says whether it is speaking
   * ({@code speaking=BOOL}), so a test can listen to one answer at a time.
   */
  static final String TRACK_SPEECH = "--track-speech";

  private ChildMain() {}

  public static void main(String[] args) throws Exception {
    NoNetwork.guardThisJvm();
    boolean track = args.length > 1 && args[1].equals(TRACK_SPEECH);
    TrackedSpeaker[] tracked = {null};
    App.Parts parts =
        !track
            ? App.Parts.REAL
            : App.Parts.REAL.withSpeech(
                () -> {
                  Speech.Opened real = Speech.open();
                  tracked[0] = new TrackedSpeaker(real.speaker());
                  return new Speech.Opened(tracked[0], real.notice());
                });
    App app = App.start(Path.of(args[0]), Arguments.Mode.DIRECT, parts);
    SwingUtilities.invokeAndWait(
        () -> {
          JFrame frame = app.window().frame();
          String[] last = {""};
          Timer watch =
              new Timer(
                  10,
                  e -> {
                    String now =
                        state(app.controller(), frame)
                            + (tracked[0] == null ? "" : " speaking=" + tracked[0].speaking());
                    if (!now.equals(last[0])) {
                      last[0] = now;
                      System.out.println(PREFIX + now);
                      System.out.flush();
                    }
                  });
          watch.start();
        });
  }

  /** Read on the Event Dispatch Thread. */
  private static String state(Controller controller, JFrame frame) {
    String name = controller.model().name();
    boolean ready =
        frame.isFocused()
            && ("screen:" + name).equals(frame.getRootPane().getName())
            && controller.ready();
    int network = NoNetwork.attempts().size() + NoNetwork.openInternetSockets().size();
    return "screen="
        + name
        + " inputs="
        + controller.inputs()
        + " ready="
        + ready
        + " network="
        + network;
  }
}
