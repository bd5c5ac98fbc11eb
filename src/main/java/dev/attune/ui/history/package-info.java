/**
 * History: the evenings so far, the pain chart (drawn with XChart), exports and deleting an
 * evening, a person or everything. {@code HistorySource} is what it reads and writes.
 */
package dev.attune.ui.history;
