/**
 * Why a file could not be read or written, in plain words: full, read-only, no permission, not
 * there, a folder where a file should be, in use, damaged. Every package that touches the disk
 * tells its failures through {@link dev.attune.disk.Cause}, so the same cause is always said the
 * same way, with what to do, and never as an exception's class name or SQLite's own text.
 */
package dev.attune.disk;
