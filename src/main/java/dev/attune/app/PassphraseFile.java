package dev.attune.app;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/**
 * {@code --passphrase-file}: the passphrase for an export, read from the first line of a file that
 * only its owner can read, so a script can export sealed data without a terminal.
 */
final class PassphraseFile {
  private PassphraseFile() {}

  /** The most a passphrase file may hold: a passphrase is a line, not a document. */
  static final int MAX_BYTES = 4096;

  /** A passphrase file that cannot be used; the message names it and says what to do. */
  static final class Unusable extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Unusable(String message) {
      super(message);
    }
  }

  /**
   * The first line of {@code file}, without its line ending.
   *
   * @throws Unusable when it is missing, unreadable, open to other accounts, too big, empty or not
   *     text
   */
  static Optional<char[]> read(Path file) {
    String named = Arguments.shown(file.toAbsolutePath().toString());
    byte[] bytes;
    try {
      if (!Files.isRegularFile(file)) {
        throw new NoSuchFileException(named);
      }
      if (Files.size(file) > MAX_BYTES) {
        throw new Unusable(
            "The passphrase file "
                + named
                + " is bigger than "
                + MAX_BYTES
                + " bytes, so it was not read. Put only the passphrase in it, on one line.");
      }
      if (othersCanRead(file)) {
        throw new Unusable(
            "The passphrase file "
                + named
                + " can be read by other accounts, so it was not used and nothing was written."
                + " Make it yours only (chmod 600), then try again.");
      }
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new Unusable(
          "There is no passphrase file at "
              + named
              + ". Check the path given to --passphrase-file.");
    } catch (AccessDeniedException e) {
      throw new Unusable(
          "Your account has no permission to read the passphrase file "
              + named
              + ". Check its permissions.");
    } catch (IOException e) {
      throw new Unusable(
          "The passphrase file " + named + " could not be read. Check that the disk is there.");
    }
    try {
      CharBuffer text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes));
      int end = 0;
      while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
        end++;
      }
      if (end == 0) {
        throw new Unusable(
            "The passphrase file "
                + named
                + " has no passphrase on its first line. Put the passphrase there.");
      }
      char[] passphrase = new char[end];
      text.get(passphrase, 0, end);
      Arrays.fill(text.array(), '\0');
      return Optional.of(passphrase);
    } catch (CharacterCodingException e) {
      throw new Unusable(
          "The passphrase file " + named + " is not plain text. Save it as UTF-8 text.");
    } finally {
      Arrays.fill(bytes, (byte) 0);
    }
  }

  private static boolean othersCanRead(Path file) throws IOException {
    if (!Files.getFileStore(file).supportsFileAttributeView("posix")) {
      return false;
    }
    Set<PosixFilePermission> modes = Files.getPosixFilePermissions(file);
    return modes.contains(PosixFilePermission.GROUP_READ)
        || modes.contains(PosixFilePermission.OTHERS_READ);
  }
}
