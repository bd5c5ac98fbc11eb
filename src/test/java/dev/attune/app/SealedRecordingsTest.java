package dev.attune.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.attune.speech.Pcm;
import dev.attune.speech.Recordings;
import dev.attune.store.Database;
import dev.attune.store.Vault;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A person's own voice, with a passphrase: the recordings and the words they say are sealed on
 * disk, play only while unlocked, and a changed file is named and left to the synthetic voice.
 */
class SealedRecordingsTest {
  @TempDir Path dataDir;

  static final String TEXT = "How is your pain today?";
  static final char[] PASS = "a long walk on the beach".toCharArray();

  static Pcm voice() {
    short[] samples = new short[8000];
    for (int i = 0; i < samples.length; i++) {
      samples[i] = (short) (3000 * Math.sin(i / 7.0));
    }
    return Pcm.ofSamples(samples);
  }

  String starts(Path file) throws Exception {
    byte[] bytes = Files.readAllBytes(file);
    return new String(bytes, 0, Math.min(bytes.length, 15), StandardCharsets.ISO_8859_1);
  }

  List<Path> files() throws Exception {
    try (Stream<Path> all = Files.walk(dataDir.resolve("voices"))) {
      return all.filter(Files::isRegularFile).sorted().toList();
    }
  }

  @Test
  void recordings_areSealedWithThePassphrase_andPlayOnlyWhileUnlocked() throws Exception {
    Pcm said = voice();
    try (Database db = Database.open(dataDir)) {
      Recordings recordings = new Recordings(dataDir.resolve("voices"), new SealedFiles(db));
      recordings.save("calm", "before.pain_level", TEXT, said);
      assertEquals("RIFF", starts(files().get(0)).substring(0, 4), "plain before a passphrase");

      db.protect(Vault.create(PASS, VaultParams.cheap()));
      recordings.reseal();
      for (Path f : files()) {
        assertEquals("ATTUNE-SEALED-1", starts(f), f.getFileName() + " is sealed");
        assertFalse(
            new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1).contains("pain"),
            f.getFileName() + " does not give the words away");
      }
      assertArrayEquals(said.data(), recordings.find("calm", TEXT).orElseThrow().data());

      db.lock();
      Recordings locked = new Recordings(dataDir.resolve("voices"), new SealedFiles(db));
      assertTrue(locked.find("calm", TEXT).isEmpty(), "nothing plays while locked");
      assertTrue(
          locked.problems("calm").get(0).contains("index.tsv"), locked.problems("calm")::toString);

      db.unlock(Vault.open(PASS, db.wrapped().orElseThrow()).orElseThrow());
      Recordings unlocked = new Recordings(dataDir.resolve("voices"), new SealedFiles(db));
      assertArrayEquals(said.data(), unlocked.find("calm", TEXT).orElseThrow().data());

      Path wav = dataDir.resolve("voices/calm/before.pain_level.wav");
      byte[] bytes = Files.readAllBytes(wav);
      bytes[bytes.length / 2] ^= 0x10;
      Files.write(wav, bytes);
      assertTrue(unlocked.find("calm", TEXT).isEmpty(), "a changed recording is not played");

      unlocked.save("calm", "before.pain_level", TEXT, said); // recorded again
      unlocked.reseal(false); // plain first, while the key is there, as the app does
      db.unprotect();
      for (Path f : files()) {
        assertFalse(starts(f).startsWith("ATTUNE-SEALED"), f.getFileName() + " is plain again");
      }
      assertArrayEquals(said.data(), unlocked.find("calm", TEXT).orElseThrow().data());
    }
  }

  /** Cheap key costs, so the test is quick. */
  static final class VaultParams {
    static Vault.KeyParams cheap() {
      byte[] salt = new byte[16];
      new java.security.SecureRandom().nextBytes(salt);
      return new Vault.KeyParams(salt, 64, 1, 1);
    }
  }
}
