package dev.attune.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Keeps a second Attune off the same data folder: an exclusive OS lock on {@code <data
 * dir>/attune.lock}, held until {@link #close()} or the process ends (the OS releases it even after
 * a crash, so a stale lock file never blocks anyone). The file itself stays; deleting lock files
 * races with the next Attune taking them.
 *
 * <p>Take it before {@link Database#open}, and release it after the database is closed.
 */
public final class InstanceLock implements AutoCloseable {
  public static final String FILE_NAME = "attune.lock";

  /**
   * Lock files this JVM holds. POSIX drops every lock a process holds on a file when it closes
   * <em>any</em> descriptor of that file, so a second attempt in this JVM must not even open the
   * file: opening it, failing to lock and closing it would silently free the first lock.
   */
  private static final Set<Path> HELD = new HashSet<>();

  /**
   * Channels whose lock failed because other code in this JVM locked the file. They stay open for
   * the same reason: closing them would free that other lock.
   */
  private static final List<FileChannel> PARKED = new ArrayList<>();

  private final Path file;
  private final FileChannel channel;
  private final FileLock lock;

  private InstanceLock(Path file, FileChannel channel, FileLock lock) {
    this.file = file;
    this.channel = channel;
    this.lock = lock;
  }

  /** Whether this process holds the lock of {@code dir} (an Attune open in this JVM). */
  static boolean heldHere(Path dir) {
    synchronized (HELD) {
      return HELD.contains(realFolder(dir).resolve(FILE_NAME));
    }
  }

  /**
   * Takes the lock on {@code dataDir}, creating the folder (owner-only) if needed.
   *
   * @throws AlreadyOpenException when another Attune, in this process or another, holds it
   * @throws StoreException when the folder or lock file cannot be made
   */
  public static InstanceLock acquire(Path dataDir) {
    Path dir = PrivateFiles.folder(dataDir);
    Path file = realFolder(dir).resolve(FILE_NAME);
    synchronized (HELD) {
      if (HELD.contains(file)) {
        throw new AlreadyOpenException(dir, null);
      }
      FileChannel channel = open(file);
      FileLock lock;
      try {
        lock = channel.tryLock();
      } catch (OverlappingFileLockException e) {
        PARKED.add(channel);
        throw new AlreadyOpenException(dir, e);
      } catch (IOException e) {
        closeAfter(channel, e);
        throw StoreException.because("Attune cannot lock its data folder", dir, e, "");
      }
      if (lock == null) {
        AlreadyOpenException e = new AlreadyOpenException(dir, null);
        closeAfter(channel, e);
        throw e;
      }
      HELD.add(file);
      return new InstanceLock(file, channel, lock);
    }
  }

  public Path file() {
    return file;
  }

  /** Releases the lock. Idempotent. */
  @Override
  public void close() {
    synchronized (HELD) {
      if (!channel.isOpen()) {
        return;
      }
      try (channel) {
        lock.release();
      } catch (IOException e) {
        throw new StoreException("Attune could not release its lock " + file, e);
      } finally {
        HELD.remove(file);
      }
    }
  }

  private static Path realFolder(Path dir) {
    try {
      // One key per folder however it is reached: through a link, or by another spelling.
      return dir.toRealPath();
    } catch (IOException e) {
      throw StoreException.because("Attune cannot use its data folder", dir, e, "");
    }
  }

  private static FileChannel open(Path file) {
    FileChannel channel;
    try {
      channel =
          FileChannel.open(
              file,
              java.util.Set.of(StandardOpenOption.CREATE, StandardOpenOption.WRITE),
              PrivateFiles.ownerOnly(file));
    } catch (IOException e) {
      throw StoreException.because(
          "Attune cannot create its lock file",
          file,
          e,
          "Or choose another folder with --data-dir.");
    }
    try {
      PrivateFiles.restrict(file);
    } catch (StoreException e) {
      closeAfter(channel, e);
      throw e;
    }
    return channel;
  }

  private static void closeAfter(FileChannel channel, Exception primary) {
    try {
      channel.close();
    } catch (IOException e) {
      primary.addSuppressed(e);
    }
  }
}
