package dev.attune.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * An export file that only its owner can read from the moment it exists: an export is plain text by
 * nature (it is for showing someone), so at least the file system keeps other accounts out.
 */
final class OwnerOnlyFile {
  private OwnerOnlyFile() {}

  /** Opens {@code file} for writing, created owner-only where the file system has POSIX modes. */
  static OutputStream open(Path file) throws IOException {
    if (file.toAbsolutePath().getFileSystem().supportedFileAttributeViews().contains("posix")) {
      try {
        Files.createFile(
            file,
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
      } catch (FileAlreadyExistsException e) {
        // Replaced below; made owner-only first, before anything is written into it.
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
      }
    }
    return Files.newOutputStream(
        file,
        StandardOpenOption.CREATE,
        StandardOpenOption.WRITE,
        StandardOpenOption.TRUNCATE_EXISTING);
  }
}
