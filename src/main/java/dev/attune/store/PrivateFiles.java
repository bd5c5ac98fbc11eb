package dev.attune.store;

import dev.attune.disk.Cause;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/** The data folder and the files in it: created when missing, and owner-only on POSIX. */
public final class PrivateFiles {
  private PrivateFiles() {}

  /**
   * Creates {@code dataDir} if needed, makes it owner-only and checks it can be written.
   *
   * @return the absolute, normalised folder
   * @throws StoreException naming the folder and saying what to do
   */
  static Path folder(Path dataDir) {
    Path dir = dataDir.toAbsolutePath().normalize();
    try {
      Files.createDirectories(dir);
      restrictFolder(dir);
    } catch (IOException e) {
      throw StoreException.because(
          Files.isDirectory(dir)
              ? "Attune cannot use its data folder"
              : Files.exists(dir)
                  ? "Attune cannot use its data folder, which is a file, not a folder:"
                  : "Attune cannot make its data folder",
          dir,
          e,
          "Or choose another folder with --data-dir DIR.");
    }
    if (!Files.isDirectory(dir) || !Files.isWritable(dir)) {
      throw new StoreException(
          "Attune cannot write to its data folder "
              + Cause.shown(dir)
              + (readOnlyDisk(dir)
                  ? ", because the disk it is on is read-only. Attune can export from it"
                      + " (--export-csv, --report); to use it, copy it to a disk that can be"
                      + " written, or choose another folder with --data-dir DIR."
                  : ", because it is read-only for your account. Make it writable again (chmod"
                      + " u+w), or choose another folder with --data-dir DIR."));
    }
    return dir;
  }

  /** Creates a sub-folder of the data folder, owner-only. */
  static Path subfolder(Path dir) {
    try {
      Files.createDirectories(dir);
      restrictFolder(dir);
      return dir;
    } catch (IOException e) {
      throw StoreException.because("Attune cannot make the folder", dir, e, "");
    }
  }

  /**
   * Takes away every permission of the group and others, where the file system has POSIX
   * permissions. The owner's are left as they are: a file its owner made read-only stays so.
   */
  static void restrict(Path file) {
    if (posix(file)) {
      try {
        dropOthers(file);
      } catch (IOException e) {
        throw StoreException.because(
            "Attune cannot make this file private to you:",
            file,
            e,
            "If it belongs to another account, give it back to yours (chown).");
      }
    }
  }

  /**
   * Creates an empty file, owner-only from the moment it exists (where the file system has POSIX
   * permissions).
   *
   * @throws java.nio.file.FileAlreadyExistsException when something has the name already
   */
  public static Path create(Path file) throws IOException {
    return Files.createFile(file, ownerOnly(file));
  }

  /** Owner-only read and write from birth, where the file system supports POSIX permissions. */
  static java.nio.file.attribute.FileAttribute<?>[] ownerOnly(Path file) {
    if (!posix(file.toAbsolutePath().getParent())) {
      return new java.nio.file.attribute.FileAttribute<?>[0];
    }
    return new java.nio.file.attribute.FileAttribute<?>[] {
      PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))
    };
  }

  private static void restrictFolder(Path dir) throws IOException {
    if (posix(dir)) {
      dropOthers(dir);
    }
  }

  /** Removes the group's and others' permissions, changing nothing when there are none. */
  private static void dropOthers(Path path) throws IOException {
    java.util.Set<java.nio.file.attribute.PosixFilePermission> now =
        Files.getPosixFilePermissions(path);
    java.util.Set<java.nio.file.attribute.PosixFilePermission> owner =
        java.util.EnumSet.noneOf(java.nio.file.attribute.PosixFilePermission.class);
    for (java.nio.file.attribute.PosixFilePermission p : now) {
      if (p.name().startsWith("OWNER_")) {
        owner.add(p);
      }
    }
    if (!owner.equals(now)) {
      Files.setPosixFilePermissions(path, owner);
    }
  }

  private static boolean readOnlyDisk(Path dir) {
    try {
      return Files.getFileStore(dir).isReadOnly();
    } catch (IOException e) {
      return false;
    }
  }

  private static boolean posix(Path path) {
    return path.getFileSystem().supportedFileAttributeViews().contains("posix");
  }
}
