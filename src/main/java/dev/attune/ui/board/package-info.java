/** The pause board: one tap says a signal out loud and keeps it with its time. */
package dev.attune.ui.board;
