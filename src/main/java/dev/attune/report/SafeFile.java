package dev.attune.report;

import dev.attune.disk.Cause;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * An export written safely: under a temporary name beside its target, owner-only from the moment it
 * exists, then moved into place in one step. So a failure never leaves half a file under the name
 * asked for, a link is never followed, and a file already there is kept unless replacing was asked
 * for (the command line's {@code --force}).
 */
final class SafeFile implements AutoCloseable {
  /** Longest part of the target's name kept in the temporary name, which adds about 30. */
  private static final int TEMP_PREFIX = 100;

  private final Path target;
  private final Path temp;
  private final OutputStream out;
  private final boolean replace;
  private final String what;
  private boolean done;

  private SafeFile(Path target, Path temp, OutputStream out, boolean replace, String what) {
    this.target = target;
    this.temp = temp;
    this.out = out;
    this.replace = replace;
    this.what = what;
  }

  /**
   * @param replace whether a file already at {@code target} may be replaced (never a link)
   * @param what what is written, for messages: "the CSV export", "the report"
   * @param example a file name to suggest when {@code target} is a folder: "attune-answers.csv"
   * @throws ReportException naming the file and why, when it is empty, a folder, a link, is there
   *     and may not be replaced, or the temporary file cannot be made
   */
  static SafeFile create(Path target, boolean replace, String what, String example) {
    if (target.toString().isEmpty()) {
      throw new ReportException(
          "The file name given for "
              + what
              + " is empty. Give it a file name, such as ~/"
              + example
              + ".",
          null);
    }
    Path absolute = target.toAbsolutePath();
    if (Files.isSymbolicLink(absolute)) {
      throw new ReportException(
          Cause.shown(absolute)
              + " is a link to another file. Attune does not write through links: choose another"
              + " name.",
          null);
    }
    if (Files.isDirectory(absolute, LinkOption.NOFOLLOW_LINKS) || absolute.getParent() == null) {
      Path folder = absolute.normalize();
      String inside =
          folder.getParent() == null ? "~/" + example : folder.resolve(example).toString();
      throw new ReportException(
          Cause.shown(folder)
              + " is a folder, not a file. Give "
              + what
              + " a file name, such as "
              + Cause.shown(inside)
              + ".",
          null);
    }
    if (!replace && Files.exists(absolute, LinkOption.NOFOLLOW_LINKS)) {
      throw new ReportException(
          Cause.shown(absolute)
              + " is already there. Attune does not write over a file: choose another name, or add"
              + " --force to replace it.",
          null);
    }
    Path parent = absolute.getParent();
    String name = absolute.getFileName().toString();
    String prefix = "." + name.substring(0, Math.min(name.length(), TEMP_PREFIX)) + ".";
    Path temp = null;
    try {
      temp =
          parent.getFileSystem().supportedFileAttributeViews().contains("posix")
              ? Files.createTempFile(parent, prefix, ".partial", OWNER)
              : Files.createTempFile(parent, prefix, ".partial");
      return new SafeFile(
          absolute, temp, Files.newOutputStream(temp, StandardOpenOption.WRITE), replace, what);
    } catch (IOException e) {
      deleteQuietly(temp);
      throw ReportException.cannotWrite(what, absolute, e);
    }
  }

  private static final FileAttribute<?> OWNER =
      PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"));

  OutputStream stream() {
    return out;
  }

  /** Everything was written: it reaches the disk, then takes the name asked for. */
  void commit() throws IOException {
    out.close();
    try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
      channel.force(true);
    }
    if (!replace && Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
      throw new FileAlreadyExistsException(target.toString());
    }
    try {
      // A rename replaces the name itself: a link that appeared meanwhile is replaced, not
      // followed.
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      if (replace) {
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
      } else {
        Files.move(temp, target); // fails rather than write over a file
      }
    }
    done = true;
  }

  /** Without a commit, the temporary file goes: nothing half written keeps a name. */
  @Override
  public void close() {
    if (done) {
      return;
    }
    try {
      out.close();
    } catch (IOException e) {
      // Being thrown away.
    }
    deleteQuietly(temp);
  }

  /** {@code failure} while writing, as a message naming the file and why. */
  ReportException failed(Throwable failure) {
    return ReportException.cannotWrite(what, target, failure);
  }

  private static void deleteQuietly(Path temp) {
    if (temp == null) {
      return;
    }
    try {
      Files.deleteIfExists(temp);
    } catch (IOException e) {
      // A hidden .partial file beside the export; the next export makes its own.
    }
  }
}
