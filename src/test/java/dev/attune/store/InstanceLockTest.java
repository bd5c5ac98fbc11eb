package dev.attune.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InstanceLockTest {
  @TempDir Path dir;

  @Test
  void secondLockInTheSameJvm_isAlreadyOpen_andTheFirstStaysHeldForOtherProcesses()
      throws Exception {
    try (InstanceLock first = InstanceLock.acquire(dir)) {
      AlreadyOpenException e =
          assertThrows(AlreadyOpenException.class, () -> InstanceLock.acquire(dir));
      assertTrue(e.getMessage().startsWith("Attune is already open"), e.getMessage());
      assertTrue(e.getMessage().contains(dir.toString()), e.getMessage());
      assertEquals(dir, e.folder());
      // The failed attempt must not have freed the OS lock (POSIX frees it on any close).
      assertTrue(probe("try").startsWith("already open: Attune is already open"));
      assertEquals(dir.resolve(InstanceLock.FILE_NAME), first.file());
    }
    assertEquals("acquired", probe("try"));
  }

  @Test
  void sameFolderByAnotherSpelling_isTheSameLock() throws Exception {
    Files.createDirectories(dir.resolve("sub"));
    try (InstanceLock first = InstanceLock.acquire(dir)) {
      assertThrows(
          AlreadyOpenException.class, () -> InstanceLock.acquire(dir.resolve("sub").resolve("..")));
      assertTrue(first.file().startsWith(dir));
    }
  }

  @Test
  void lockHeldByOtherCodeInThisJvm_overlapping_isAlreadyOpen_andStaysHeld() throws Exception {
    Files.createDirectories(dir);
    try (FileChannel channel =
            FileChannel.open(
                dir.resolve(InstanceLock.FILE_NAME),
                StandardOpenOption.CREATE,
                StandardOpenOption.WRITE);
        FileLock held = channel.lock()) {
      AlreadyOpenException e =
          assertThrows(AlreadyOpenException.class, () -> InstanceLock.acquire(dir));
      assertInstanceOf(OverlappingFileLockException.class, e.getCause());
      assertTrue(e.getMessage().startsWith("Attune is already open"), e.getMessage());
      assertTrue(held.isValid());
      assertTrue(probe("try").startsWith("already open: "));
    }
  }

  @Test
  void lockHeldByAnotherProcess_isAlreadyOpen_untilThatProcessLetsGo() throws Exception {
    Process other = start("hold");
    try (BufferedReader out = reader(other)) {
      assertEquals("holding", line(out));
      AlreadyOpenException e =
          assertThrows(AlreadyOpenException.class, () -> InstanceLock.acquire(dir));
      assertTrue(e.getMessage().startsWith("Attune is already open"), e.getMessage());
      other.getOutputStream().close();
      assertEquals("released", line(out));
      assertTrue(other.waitFor(30, TimeUnit.SECONDS), "the other Attune did not exit");
    } finally {
      other.destroyForcibly();
    }
    try (InstanceLock mine = InstanceLock.acquire(dir)) {
      assertTrue(Files.exists(mine.file()));
    }
  }

  @Test
  void close_releases_andIsIdempotent() throws Exception {
    InstanceLock lock = InstanceLock.acquire(dir);
    lock.close();
    lock.close();
    assertEquals("acquired", probe("try"));
    InstanceLock.acquire(dir).close();
  }

  /** Runs {@link LockProbeMain} in a child JVM to completion and returns what it printed. */
  private String probe(String mode) throws Exception {
    Process child = start(mode);
    try (BufferedReader out = reader(child)) {
      String line = line(out);
      assertTrue(child.waitFor(30, TimeUnit.SECONDS), "the probe did not exit");
      assertEquals(0, child.exitValue());
      return line;
    } finally {
      child.destroyForcibly();
    }
  }

  private Process start(String mode) throws Exception {
    // Surefire's class path (a manifest-only jar) works unchanged for the child.
    return new ProcessBuilder(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-cp",
            System.getProperty("java.class.path"),
            LockProbeMain.class.getName(),
            mode,
            dir.toString())
        .redirectError(ProcessBuilder.Redirect.INHERIT)
        .start();
  }

  private static BufferedReader reader(Process process) {
    return new BufferedReader(
        new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
  }

  /** The next line the child prints, waiting at most 30 seconds for it. */
  private static String line(BufferedReader out) throws Exception {
    String line =
        CompletableFuture.supplyAsync(
                () -> {
                  try {
                    return out.readLine();
                  } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                  }
                })
            .get(30, TimeUnit.SECONDS);
    if (line == null) {
      throw new AssertionError("the child process ended without saying anything");
    }
    return line;
  }
}
