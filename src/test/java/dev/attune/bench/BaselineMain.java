package dev.attune.bench;

import com.formdev.flatlaf.FlatDarkLaf;
import com.sun.speech.freetts.OutputQueue;
import com.sun.speech.freetts.Voice;
import com.sun.speech.freetts.VoiceManager;
import com.sun.speech.freetts.audio.AudioPlayer;
import java.io.ByteArrayOutputStream;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.SourceDataLine;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.SwingUtilities;

/**
 * The bare baseline the benchmark compares Attune with: FlatLaf, one window, the FreeTTS kevin16
 * voice saying "Hello" into memory, and those bytes written to a Java Sound line. Nothing else.
 */
public final class BaselineMain {

  private BaselineMain() {}

  public static void main(String[] args) throws Exception {
    JFrame[] frame = new JFrame[1];
    SwingUtilities.invokeAndWait(
        () -> {
          FlatDarkLaf.setup();
          frame[0] = new JFrame("Hello");
          frame[0].add(new JLabel("Hello"));
          frame[0].setSize(400, 300);
          frame[0].setVisible(true);
        });

    System.setProperty(
        "freetts.voices", "com.sun.speech.freetts.en.us.cmu_us_kal.KevinVoiceDirectory");
    Voice voice = VoiceManager.getInstance().getVoice("kevin16");
    Capture capture = new Capture();
    voice.setAudioPlayer(capture);
    voice.setOutputQueue(new OutputQueue());
    voice.allocate();
    voice.setOutputQueue(null);
    voice.speak("Hello");

    byte[] pcm = capture.bytes.toByteArray();
    SourceDataLine line = AudioSystem.getSourceDataLine(capture.format);
    line.open(capture.format);
    line.start();
    line.write(pcm, 0, pcm.length);
    line.drain();
    line.close();
    voice.deallocate();

    Memory.report();
    SwingUtilities.invokeAndWait(() -> frame[0].dispose());
    System.exit(0);
  }

  /** Keeps what FreeTTS "plays", in its own format. */
  private static final class Capture implements AudioPlayer {
    final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    AudioFormat format = new AudioFormat(8000f, 16, 1, true, true);

    @Override
    public void setAudioFormat(AudioFormat format) {
      this.format = format;
    }

    @Override
    public AudioFormat getAudioFormat() {
      return format;
    }

    @Override
    public boolean write(byte[] audioData) {
      return write(audioData, 0, audioData.length);
    }

    @Override
    public boolean write(byte[] audioData, int offset, int size) {
      bytes.write(audioData, offset, size);
      return true;
    }

    @Override
    public void setVolume(float volume) {}

    @Override
    public float getVolume() {
      return 1f;
    }

    @Override
    public void pause() {}

    @Override
    public void resume() {}

    @Override
    public void reset() {}

    @Override
    public boolean drain() {
      return true;
    }

    @Override
    public void begin(int size) {}

    @Override
    public boolean end() {
      return true;
    }

    @Override
    public void cancel() {}

    @Override
    public void close() {}

    @Override
    public long getTime() {
      return 0;
    }

    @Override
    public void resetTime() {}

    @Override
    public void startFirstSampleTimer() {}

    @Override
    public void showMetrics() {}
  }
}
