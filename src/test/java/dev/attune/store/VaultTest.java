package dev.attune.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class VaultTest {
  /** Cheap costs, so the tests are quick; the app uses {@link Vault.KeyParams#fresh()}. */
  static Vault.KeyParams cheap() {
    byte[] salt = new byte[16];
    new java.security.SecureRandom().nextBytes(salt);
    return new Vault.KeyParams(salt, 64, 1, 1);
  }

  static final char[] PASS = "a long walk on the beach".toCharArray();

  @Test
  void sealedValues_openWithTheRightPassphraseOnly() throws Exception {
    byte[] sealed;
    Vault.Wrapped wrapped;
    try (Vault vault = Vault.create(PASS, cheap())) {
      sealed = vault.seal("Robin", "person.name");
      wrapped = vault.wrapped();
    }
    assertFalse(
        new String(sealed, StandardCharsets.ISO_8859_1).contains("Robin"), "the name is sealed");
    try (Vault again = Vault.open(PASS, wrapped).orElseThrow()) {
      assertEquals("Robin", again.openText(sealed, "person.name"));
    }
    assertTrue(Vault.open("a long walk on the beacH".toCharArray(), wrapped).isEmpty());
  }

  @Test
  void everySeal_hasAFreshNonce() {
    try (Vault vault = Vault.create(PASS, cheap())) {
      byte[] one = vault.seal("yes", "answer");
      byte[] two = vault.seal("yes", "answer");
      assertFalse(Arrays.equals(one, two), "the same answer twice does not look the same");
      assertFalse(
          Arrays.equals(
              Arrays.copyOfRange(one, 1, 1 + Vault.NONCE_BYTES),
              Arrays.copyOfRange(two, 1, 1 + Vault.NONCE_BYTES)));
    }
  }

  @Test
  void aChangedCutOrMovedValue_isDamaged_neverWrong() throws Exception {
    try (Vault vault = Vault.create(PASS, cheap())) {
      byte[] sealed = vault.seal("pain_level\nmild", "answer");
      for (int i = 0; i < sealed.length; i++) {
        byte[] changed = sealed.clone();
        changed[i] ^= 0x01;
        assertThrows(
            Vault.DamagedException.class, () -> vault.open(changed, "answer"), "byte " + i);
      }
      for (int n = 0; n < sealed.length; n++) {
        byte[] cut = Arrays.copyOf(sealed, n);
        assertThrows(Vault.DamagedException.class, () -> vault.open(cut, "answer"), "cut at " + n);
      }
      assertThrows(Vault.DamagedException.class, () -> vault.open(sealed, "person.name"));
      assertArrayEquals(
          "pain_level\nmild".getBytes(StandardCharsets.UTF_8), vault.open(sealed, "answer"));
    }
  }

  @Test
  void aNewPassphrase_rewrapsTheSameKey_soNothingElseIsRewritten() throws Exception {
    char[] next = "kiwi, tangerine and a boat".toCharArray();
    byte[] sealed;
    Vault.Wrapped rewrapped;
    try (Vault vault = Vault.create(PASS, cheap());
        Vault moved = vault.rewrap(next, cheap())) {
      sealed = vault.seal("Sam", "person.name");
      rewrapped = moved.wrapped();
    }
    assertTrue(Vault.open(PASS, rewrapped).isEmpty(), "the old passphrase no longer opens it");
    try (Vault opened = Vault.open(next, rewrapped).orElseThrow()) {
      assertEquals("Sam", opened.openText(sealed, "person.name"));
    }
  }

  @Test
  void locking_dropsTheKey() {
    Vault vault = Vault.create(PASS, cheap());
    vault.close();
    assertTrue(vault.closed());
    assertThrows(IllegalStateException.class, () -> vault.seal("x", "answer"));
  }

  @Test
  void theStandardCosts_areArgon2idAt64MiBThreePassesTwoLanes() {
    Vault.KeyParams p = Vault.KeyParams.fresh();
    assertEquals(64 * 1024, p.memoryKib());
    assertEquals(3, p.iterations());
    assertEquals(2, p.lanes());
    assertEquals(16, p.salt().length);
    assertFalse(Arrays.equals(p.salt(), Vault.KeyParams.fresh().salt()), "a fresh salt each time");
  }
}
