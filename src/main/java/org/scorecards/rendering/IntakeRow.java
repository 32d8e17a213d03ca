package org.scorecards.rendering;

/** Accounting for one input file, with its validation findings and checksum. */
record IntakeRow(String file, String read, String accepted, String rejected, String errors, String warnings,
		String sha256) {
}
