package org.scorecards.rendering;

/**
 * One input file on the scorecard: its validation findings and checksum. No record counts: those of the
 * persons' files are totals that could narrow a count shown as "&lt;5"; the focal point gets them privately.
 */
record IntakeRow(String file, String errors, String warnings, String sha256) {
}
