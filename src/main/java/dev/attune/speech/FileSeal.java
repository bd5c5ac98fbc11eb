package dev.attune.speech;

import java.io.IOException;

/**
 * Seals files that hold what a person said or recorded (their own voice), when a passphrase is set.
 * Thread-safe.
 */
public interface FileSeal {

  /** Whether new files are to be sealed (a passphrase is set). */
  boolean on();

  /** {@code plain}, sealed for {@code context} (which file it is). */
  byte[] seal(byte[] plain, String context);

  /**
   * Opens what {@link #seal} made for the same {@code context}.
   *
   * @throws IOException when it was changed or cut short, or Attune is locked
   */
  byte[] open(byte[] sealed, String context) throws IOException;

  /** Never seals: no passphrase. */
  FileSeal NONE =
      new FileSeal() {
        @Override
        public boolean on() {
          return false;
        }

        @Override
        public byte[] seal(byte[] plain, String context) {
          throw new IllegalStateException("no passphrase is set");
        }

        @Override
        public byte[] open(byte[] sealed, String context) throws IOException {
          throw new IOException("this file is sealed with a passphrase that is not set");
        }
      };
}
