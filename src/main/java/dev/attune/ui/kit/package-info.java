/**
 * The reusable parts every area uses: the {@code Screen} presenter contract and its model, the view
 * interface, big-button menus, the pager, auditory scanning, key bindings and the held-key filter,
 * the theme, the words ({@code Messages}), and the interfaces a screen is given: {@code Screens}
 * (show, speak, go Home), {@code Background} (slow work that ends in a result or a failure with Try
 * again) and {@code Places} (the other areas). Uses no other part of {@code ui}.
 */
package dev.attune.ui.kit;
