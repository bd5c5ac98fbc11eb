package dev.attune.speech;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Wraps a real synthesiser and remembers each sound it made, for comparing with what played. */
final class RecordingSynthesizer implements Synthesizer {

  private final Synthesizer inner;
  private final List<Pcm> made = new CopyOnWriteArrayList<>();

  RecordingSynthesizer(Synthesizer inner) {
    this.inner = inner;
  }

  @Override
  public void warmUp() {
    inner.warmUp();
  }

  @Override
  public Pcm synthesize(String text, Utterance.Style style) {
    Pcm pcm = inner.synthesize(text, style);
    made.add(pcm);
    return pcm;
  }

  @Override
  public Pcm synthesize(String text, Utterance.Style style, VoiceProfile profile) {
    Pcm pcm = inner.synthesize(text, style, profile);
    made.add(pcm);
    return pcm;
  }

  @Override
  public void close() {
    inner.close();
  }

  List<Pcm> made() {
    return List.copyOf(made);
  }
}
