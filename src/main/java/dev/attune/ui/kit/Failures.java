package dev.attune.ui.kit;

import java.util.Optional;

/** Puts a failure into words for people, when it has them (a full disk, a file not written). */
@FunctionalInterface
public interface Failures {

  /**
   * @return what went wrong and what to do, or empty for a failure with no words for people (its
   *     message, if any, is for developers and may hold what someone said)
   */
  Optional<String> words(Throwable failure);

  /** Knows no failure: each is told in general words. */
  Failures NONE = failure -> Optional.empty();
}
