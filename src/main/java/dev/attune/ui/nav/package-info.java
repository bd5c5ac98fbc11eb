/**
 * The window and the screen stack: {@code MainWindow} (the Swing view), {@code Controller} (keys,
 * clicks and switch presses, through {@code Presses}), {@code Navigation} (which screen shows, what
 * is said, the failure model), {@code Areas} (where each area begins), {@code Lock} (the passphrase
 * lock and the idle lock), {@code Look} (the preferences applied), and {@code Services}, the app
 * wiring they are built from. The only part of {@code ui} that knows every area; no area knows it.
 */
package dev.attune.ui.nav;
