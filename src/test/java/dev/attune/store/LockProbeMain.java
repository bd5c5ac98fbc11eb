package dev.attune.store;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * A second Attune, as far as the lock is concerned: run in a child JVM by {@link InstanceLockTest}.
 *
 * <p>{@code try DIR}: takes the lock, prints {@code acquired} and releases it, or prints {@code
 * already open: <message>}. {@code hold DIR}: takes the lock, prints {@code holding}, keeps it
 * until its standard input ends, then prints {@code released}.
 */
public final class LockProbeMain {
  private LockProbeMain() {}

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[1]);
    InstanceLock lock;
    try {
      lock = InstanceLock.acquire(dir);
    } catch (AlreadyOpenException e) {
      System.out.println("already open: " + e.getMessage());
      return;
    }
    try {
      if ("hold".equals(args[0])) {
        System.out.println("holding");
        System.out.flush();
        BufferedReader in =
            new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        while (in.readLine() != null) {
          // Holds the lock until the parent closes our input.
        }
        System.out.println("released");
      } else {
        System.out.println("acquired");
      }
    } finally {
      lock.close();
    }
  }
}
