/**
 * The check-ins: who uses Attune and who is here, "same as last time", the questions and their
 * private rounds, breathing exercises, the summary, carrying on after a crash and the next-day
 * follow-up. {@code CheckIns} makes the screens, with what they need.
 */
package dev.attune.ui.checkin;
