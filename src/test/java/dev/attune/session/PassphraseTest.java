package dev.attune.session;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PassphraseTest {
  @Test
  void theRightPassphraseMatches_aWrongOneDoesNot() {
    String stored = Passphrase.hash("quiet evening".toCharArray());
    assertTrue(Passphrase.matches("quiet evening".toCharArray(), stored));
    assertFalse(Passphrase.matches("quiet evenings".toCharArray(), stored));
  }

  @Test
  void onlyASaltedHashIsKept_neverThePassphrase() {
    String a = Passphrase.hash("quiet evening".toCharArray());
    String b = Passphrase.hash("quiet evening".toCharArray());
    assertNotEquals(a, b, "a fresh salt each time");
    assertFalse(a.contains("quiet"));
    assertTrue(a.startsWith("pbkdf2-sha256$210000$"), a);
  }

  @Test
  void aDamagedHashNeverMatches() {
    for (String damaged :
        new String[] {null, "", "plain", "pbkdf2-sha256$x$y$z", "md5$1$AA==$AA=="}) {
      assertFalse(Passphrase.matches("x".toCharArray(), damaged), String.valueOf(damaged));
    }
  }
}
