/**
 * Settings and what lies behind them: the preferences, names, the passphrase, restoring a backup,
 * how a word is said, and recordings of a person's own voice.
 */
package dev.attune.ui.settings;
