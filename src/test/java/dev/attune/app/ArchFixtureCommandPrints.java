package dev.attune.app;

/**
 * Breaks "only Main prints": a command beside {@code Main} that writes to the standard streams
 * itself instead of the {@code PrintStream} Main hands it, and prints a stack trace.
 */
public final class ArchFixtureCommandPrints {
  private ArchFixtureCommandPrints() {}

  public static void run(Runnable command) {
    try {
      command.run();
      System.out.println("done");
    } catch (RuntimeException e) {
      System.err.println("failed");
      e.printStackTrace();
    }
  }
}
