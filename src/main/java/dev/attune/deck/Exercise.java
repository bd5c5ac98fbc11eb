package dev.attune.deck;

/**
 * A paced breathing exercise, spoken with pauses.
 *
 * @param rounds number of breaths
 * @param inhale seconds breathing in
 * @param hold seconds holding
 * @param exhale seconds breathing out
 */
public record Exercise(int rounds, int inhale, int hold, int exhale) {

  public Exercise {
    if (rounds < 1 || rounds > 30) {
      throw new IllegalArgumentException("rounds must be 1 to 30, was " + rounds);
    }
    if (inhale < 1 || inhale > 10 || hold < 0 || hold > 10 || exhale < 1 || exhale > 12) {
      throw new IllegalArgumentException(
          "breath timings must be inhale 1-10, hold 0-10, exhale 1-12 seconds");
    }
  }

  public int totalSeconds() {
    return rounds * (inhale + hold + exhale);
  }
}
