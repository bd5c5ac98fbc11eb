package dev.attune.store;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * The key to a person's data, when a passphrase is set. A random 256-bit data key seals every value
 * with AES-256-GCM and a fresh 96-bit nonce; the data key itself is kept only wrapped (sealed the
 * same way) by a key derived from the passphrase with Argon2id. Changing the passphrase re-wraps
 * that one key and rewrites nothing else. A wrong passphrase, and any change to a sealed value, are
 * caught by GCM's tag.
 *
 * <p>{@link #close()} zeroes the data key: a locked Attune holds no key in memory. Thread-safe: the
 * key is only read, and each call makes its own cipher.
 */
public final class Vault implements AutoCloseable {
  /** The one format so far: a version byte, the nonce, then ciphertext and tag. */
  static final byte FORMAT = 1;

  static final int KEY_BYTES = 32;
  static final int NONCE_BYTES = 12;
  static final int TAG_BITS = 128;
  private static final byte[] KEY_CONTEXT = "attune data key".getBytes(StandardCharsets.UTF_8);
  private static final SecureRandom RANDOM = new SecureRandom();

  /** One cipher per thread: making one is dear, and unlocking opens every row. */
  private static final ThreadLocal<Cipher> GCM =
      ThreadLocal.withInitial(
          () -> {
            try {
              return Cipher.getInstance("AES/GCM/NoPadding");
            } catch (GeneralSecurityException e) {
              throw new IllegalStateException("this Java cannot do AES-256-GCM", e);
            }
          });

  /**
   * How the passphrase key is derived, kept beside the wrapped key: the salt and Argon2id's costs.
   *
   * @param memoryKib memory in KiB
   * @param iterations passes over that memory
   * @param lanes Argon2's parallelism
   */
  public record KeyParams(byte[] salt, int memoryKib, int iterations, int lanes) {
    /**
     * Chosen on a two-core laptop-class machine to take 0.5 to 1 second (measured by the
     * benchmark): slow for someone trying passphrases, quick enough to wait for once a night.
     */
    public static final int MEMORY_KIB = 64 * 1024;

    public static final int ITERATIONS = 3;
    public static final int LANES = 2;

    public KeyParams {
      Objects.requireNonNull(salt, "salt");
      salt = salt.clone();
      if (salt.length < 16 || memoryKib < 8 * lanes || iterations < 1 || lanes < 1) {
        throw new IllegalArgumentException("weak or broken key parameters");
      }
    }

    /** Fresh parameters: a new random salt and the standard costs. */
    public static KeyParams fresh() {
      byte[] salt = new byte[16];
      RANDOM.nextBytes(salt);
      return new KeyParams(salt, MEMORY_KIB, ITERATIONS, LANES);
    }

    @Override
    public byte[] salt() {
      return salt.clone();
    }
  }

  /**
   * What is stored: the derivation's parameters and the wrapped data key. Says nothing without the
   * passphrase.
   */
  public record Wrapped(KeyParams params, byte[] key) {
    public Wrapped {
      Objects.requireNonNull(params, "params");
      key = key.clone();
    }

    @Override
    public byte[] key() {
      return key.clone();
    }
  }

  /** A sealed value that does not open: changed, cut short, or sealed with another key. */
  public static final class DamagedException extends Exception {
    private static final long serialVersionUID = 1L;

    DamagedException(String message, Throwable cause) {
      super(message, cause);
    }
  }

  private final byte[] key;
  private final Wrapped wrapped;
  private volatile boolean closed;

  private Vault(byte[] key, Wrapped wrapped) {
    this.key = key;
    this.wrapped = wrapped;
  }

  /** A new vault with a fresh random data key, wrapped by {@code passphrase}. Slow: Argon2id. */
  public static Vault create(char[] passphrase, KeyParams params) {
    byte[] key = new byte[KEY_BYTES];
    RANDOM.nextBytes(key);
    return new Vault(key, wrap(key, passphrase, params));
  }

  /**
   * Opens the vault with {@code passphrase}; empty when it is not the right one. Slow: Argon2id, so
   * never on the Event Dispatch Thread.
   */
  public static Optional<Vault> open(char[] passphrase, Wrapped wrapped) {
    byte[] kek = derive(passphrase, wrapped.params());
    try {
      return Optional.of(new Vault(open(kek, wrapped.key(), KEY_CONTEXT), wrapped));
    } catch (DamagedException e) {
      return Optional.empty();
    } finally {
      Arrays.fill(kek, (byte) 0);
    }
  }

  /** The wrapped key to store. */
  public Wrapped wrapped() {
    return wrapped;
  }

  /** The same data key, wrapped by a new passphrase with fresh parameters. Slow: Argon2id. */
  public Vault rewrap(char[] passphrase, KeyParams params) {
    return new Vault(key().clone(), wrap(key(), passphrase, params));
  }

  /**
   * Seals {@code plain}. {@code context} (which table and column, say) is bound to it: a sealed
   * value moved to another place does not open there.
   */
  public byte[] seal(byte[] plain, String context) {
    return seal(key(), plain, context.getBytes(StandardCharsets.UTF_8));
  }

  /** Opens a value sealed with {@link #seal} in the same {@code context}. */
  public byte[] open(byte[] sealed, String context) throws DamagedException {
    return open(key(), sealed, context.getBytes(StandardCharsets.UTF_8));
  }

  public byte[] seal(String plain, String context) {
    return seal(plain.getBytes(StandardCharsets.UTF_8), context);
  }

  public String openText(byte[] sealed, String context) throws DamagedException {
    return new String(open(sealed, context), StandardCharsets.UTF_8);
  }

  /** Whether {@link #close} has dropped the key. */
  public boolean closed() {
    return closed;
  }

  /** Zeroes the data key. Idempotent. */
  @Override
  public void close() {
    closed = true;
    Arrays.fill(key, (byte) 0);
  }

  private byte[] key() {
    if (closed) {
      throw new IllegalStateException("the vault is locked");
    }
    return key;
  }

  private static Wrapped wrap(byte[] key, char[] passphrase, KeyParams params) {
    byte[] kek = derive(passphrase, params);
    try {
      return new Wrapped(params, seal(kek, key, KEY_CONTEXT));
    } finally {
      Arrays.fill(kek, (byte) 0);
    }
  }

  static byte[] derive(char[] passphrase, KeyParams params) {
    Argon2BytesGenerator argon2 = new Argon2BytesGenerator();
    argon2.init(
        new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
            .withVersion(Argon2Parameters.ARGON2_VERSION_13)
            .withSalt(params.salt())
            .withMemoryAsKB(params.memoryKib())
            .withIterations(params.iterations())
            .withParallelism(params.lanes())
            .build());
    byte[] out = new byte[KEY_BYTES];
    argon2.generateBytes(passphrase, out);
    return out;
  }

  private static byte[] seal(byte[] key, byte[] plain, byte[] context) {
    byte[] nonce = new byte[NONCE_BYTES];
    RANDOM.nextBytes(nonce);
    try {
      Cipher gcm = GCM.get();
      gcm.init(
          Cipher.ENCRYPT_MODE,
          new SecretKeySpec(key, "AES"),
          new GCMParameterSpec(TAG_BITS, nonce));
      gcm.updateAAD(context);
      ByteBuffer out = ByteBuffer.allocate(1 + NONCE_BYTES + gcm.getOutputSize(plain.length));
      out.put(FORMAT).put(nonce);
      gcm.doFinal(ByteBuffer.wrap(plain), out);
      return out.array();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("this Java cannot do AES-256-GCM", e);
    }
  }

  private static byte[] open(byte[] key, byte[] sealed, byte[] context) throws DamagedException {
    if (sealed == null || sealed.length < 1 + NONCE_BYTES + TAG_BITS / 8 || sealed[0] != FORMAT) {
      throw new DamagedException("the value is cut short or not sealed by Attune", null);
    }
    try {
      Cipher gcm = GCM.get();
      gcm.init(
          Cipher.DECRYPT_MODE,
          new SecretKeySpec(key, "AES"),
          new GCMParameterSpec(TAG_BITS, sealed, 1, NONCE_BYTES));
      gcm.updateAAD(context);
      return gcm.doFinal(sealed, 1 + NONCE_BYTES, sealed.length - 1 - NONCE_BYTES);
    } catch (AEADBadTagException e) {
      throw new DamagedException("the value was changed, or sealed with another key", e);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("this Java cannot do AES-256-GCM", e);
    }
  }
}
