package dev.attune.session;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * The optional lock at start: only a salted, slow PBKDF2 hash is kept, never the passphrase. Stored
 * as {@code pbkdf2-sha256$iterations$salt$hash} (Base64).
 */
public final class Passphrase {
  static final String ALGORITHM = "PBKDF2WithHmacSHA256";
  static final int ITERATIONS = 210_000;
  private static final SecureRandom RANDOM = new SecureRandom();

  private Passphrase() {}

  /** Hashes with a fresh random salt. The caller should clear {@code passphrase} afterwards. */
  public static String hash(char[] passphrase) {
    byte[] salt = new byte[16];
    RANDOM.nextBytes(salt);
    return encode(ITERATIONS, salt, derive(passphrase, salt, ITERATIONS));
  }

  /** Whether {@code passphrase} is the one that was hashed; a damaged hash never matches. */
  public static boolean matches(char[] passphrase, String stored) {
    String[] parts = stored == null ? new String[0] : stored.split("\\$");
    if (parts.length != 4 || !"pbkdf2-sha256".equals(parts[0])) {
      return false;
    }
    try {
      int iterations = Integer.parseInt(parts[1]);
      byte[] salt = Base64.getDecoder().decode(parts[2]);
      byte[] expected = Base64.getDecoder().decode(parts[3]);
      if (iterations < 1 || salt.length == 0 || expected.length == 0) {
        return false;
      }
      return MessageDigest.isEqual(expected, derive(passphrase, salt, iterations));
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private static byte[] derive(char[] passphrase, byte[] salt, int iterations) {
    PBEKeySpec spec = new PBEKeySpec(passphrase, salt, iterations, 256);
    try {
      return SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("the JDK has no " + ALGORITHM, e);
    } finally {
      spec.clearPassword();
    }
  }

  private static String encode(int iterations, byte[] salt, byte[] hash) {
    Base64.Encoder b64 = Base64.getEncoder();
    String encoded =
        "pbkdf2-sha256$"
            + iterations
            + "$"
            + b64.encodeToString(salt)
            + "$"
            + b64.encodeToString(hash);
    Arrays.fill(hash, (byte) 0);
    return encoded;
  }
}
