package dev.attune.app;

import dev.attune.speech.FileSeal;
import dev.attune.store.Database;
import dev.attune.store.Vault;
import java.io.IOException;

/** Files sealed with the database's key while a passphrase is set: the recordings of a voice. */
final class SealedFiles implements FileSeal {
  private final Database database;

  SealedFiles(Database database) {
    this.database = database;
  }

  @Override
  public boolean on() {
    return database.passphraseSet();
  }

  @Override
  public byte[] seal(byte[] plain, String context) {
    return database.sealBytes(plain, context);
  }

  @Override
  public byte[] open(byte[] sealed, String context) throws IOException {
    try {
      return database.openBytes(sealed, context);
    } catch (Vault.DamagedException e) {
      throw new IOException("the file was changed or cut short", e);
    } catch (IllegalStateException e) {
      throw new IOException("Attune is locked", e);
    }
  }
}
