package dev.attune.disk;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Why the disk said no, as a person would put it, with what to do. Found from the failure itself
 * (its kind, the system's reason; the store adds SQLite's result code, see {@link #sqlite}), never
 * shown as the failure's own text.
 */
public enum Cause {
  FULL("the disk is full", "Free some space on that disk, then try again."),
  READ_ONLY(
      "the disk or folder is read-only",
      "Choose a folder that can be written to, or make this one writable again."),
  NO_PERMISSION(
      "your account has no permission there",
      "Check that the file and its folder belong to you, or choose another folder."),
  MISSING("it is not there", "Check the path, and that the disk is connected."),
  NOT_A_FOLDER(
      "part of the path is a file, not a folder", "Check the path, or choose another folder."),
  A_FOLDER("it is a folder, not a file", "Give a file name inside it instead."),
  ALREADY_THERE("something is already there", "Choose another name, or move that one away."),
  TOO_BIG("the file grew past what the disk or account allows", "Free some space, then try again."),
  IN_USE(
      "another program is using it",
      "Close the other program (a second Attune, a backup or sync tool), then try again."),
  DAMAGED(
      "it is damaged",
      "Restore a backup from Settings, or move the file out of the folder and start again."),
  UNKNOWN(
      "the disk did not answer as it should",
      "Check that the disk is connected and working, then try again.");

  /** The longest a path or value is shown: a pasted page is not echoed back. */
  public static final int SHOWN = 200;

  private final String words;
  private final String toDo;

  Cause(String words, String toDo) {
    this.words = words;
    this.toDo = toDo;
  }

  /** The cause in plain words, to follow "because": "the disk is full". */
  public String words() {
    return words;
  }

  /** What to do about it, as a sentence. */
  public String toDo() {
    return toDo;
  }

  /** ", because the disk is full. Free some space on that disk, then try again." */
  public String because() {
    return ", because " + words + ". " + toDo;
  }

  /** The cause of {@code failure}, from it and what caused it. */
  public static Cause of(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      Cause found = one(t);
      if (found != UNKNOWN) {
        return found;
      }
    }
    return UNKNOWN;
  }

  private static Cause one(Throwable t) {
    if (t instanceof AccessDeniedException) {
      return fromText(((FileSystemException) t).getReason(), NO_PERMISSION);
    }
    if (t instanceof NoSuchFileException) {
      return MISSING;
    }
    if (t instanceof NotDirectoryException) {
      return NOT_A_FOLDER;
    }
    if (t instanceof FileAlreadyExistsException || t instanceof DirectoryNotEmptyException) {
      return ALREADY_THERE;
    }
    if (t instanceof FileSystemException fs) {
      return fromText(fs.getReason(), UNKNOWN);
    }
    if (t instanceof IOException) {
      return fromText(t.getMessage(), UNKNOWN);
    }
    if (t.getClass().getName().startsWith("java.sql.")
        || t.getClass().getName().startsWith("org.sqlite.")) {
      return fromText(t.getMessage(), UNKNOWN); // the store gives SQLite's codes: see sqlite(int)
    }
    return UNKNOWN;
  }

  /**
   * The cause SQLite's result code means (its primary code is the low byte of an extended one), or
   * {@link #UNKNOWN}. The store, which alone sees SQLite, asks this before {@link #of}.
   */
  public static Cause sqlite(int resultCode) {
    return switch (resultCode & 0xff) {
      case 13 -> FULL; // SQLITE_FULL
      case 8 -> READ_ONLY; // SQLITE_READONLY
      case 3, 23 -> NO_PERMISSION; // SQLITE_PERM, SQLITE_AUTH
      case 11, 26 -> DAMAGED; // SQLITE_CORRUPT, SQLITE_NOTADB
      case 5, 6 -> IN_USE; // SQLITE_BUSY, SQLITE_LOCKED
      case 18 -> TOO_BIG; // SQLITE_TOOBIG
      default -> UNKNOWN;
    };
  }

  /** The system's reason ("No space left on device"), as a cause. */
  private static Cause fromText(String reason, Cause otherwise) {
    if (reason == null) {
      return otherwise;
    }
    String r = reason.toLowerCase(Locale.ROOT);
    if (r.contains("no space left") || r.contains("quota") || r.contains("disk is full")) {
      return FULL;
    }
    if (r.contains("read-only") || r.contains("readonly")) {
      return READ_ONLY;
    }
    if (r.contains("permission denied") || r.contains("operation not permitted")) {
      return NO_PERMISSION;
    }
    if (r.contains("not a directory")) {
      return NOT_A_FOLDER;
    }
    if (r.contains("is a directory")) {
      return A_FOLDER;
    }
    if (r.contains("file too large")) {
      return TOO_BIG;
    }
    if (r.contains("no such file")) {
      return MISSING;
    }
    if (r.contains("malformed") || r.contains("not a database")) {
      return DAMAGED;
    }
    if (r.contains("locked") || r.contains("busy")) {
      return IN_USE;
    }
    return otherwise;
  }

  /** A path as a message shows it: whole, unless longer than {@link #SHOWN} characters. */
  public static String shown(Path path) {
    return shown(path.toAbsolutePath().toString());
  }

  /**
   * A value as a message shows it: on one line (a control character or line break becomes a space),
   * cut to {@link #SHOWN} characters with "…", never between the two halves of a character outside
   * the Basic Multilingual Plane.
   */
  public static String shown(String value) {
    StringBuilder out = new StringBuilder();
    int i = 0;
    for (; i < value.length() && out.length() < SHOWN; i++) {
      char c = value.charAt(i);
      if (Character.isHighSurrogate(c) && out.length() == SHOWN - 1) {
        break;
      }
      boolean breaks = Character.isISOControl(c) || c == '\u2028' || c == '\u2029';
      out.append(breaks ? ' ' : c);
    }
    return i < value.length() ? out + "…" : out.toString();
  }
}
