/**
 * The lock screen, and the passphrase as the screens see it: {@code Passphrases} (unlock, lock,
 * set, take away) and {@code Locking} (what follows).
 */
package dev.attune.ui.lock;
