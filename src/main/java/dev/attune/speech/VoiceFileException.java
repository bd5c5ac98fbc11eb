package dev.attune.speech;

import dev.attune.yaml.FileProblems;
import java.util.List;

/**
 * A voice file a person edits that cannot be used: a voice profile or a pronunciation lexicon. The
 * message names the file, each line, what is wrong and what to write instead (e.g. "calm.yaml, line
 * 3: rate must be between 80 and 260 words per minute, not 900"); it never contains prompt text.
 */
public final class VoiceFileException extends FileProblems {
  private static final long serialVersionUID = 1L;

  VoiceFileException(String file, List<Problem> problems) {
    super(file, problems);
  }

  VoiceFileException(String file, int line, String problem) {
    this(file, List.of(new Problem(line, problem)));
  }
}
