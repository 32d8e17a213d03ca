package org.scorecards.validation;

/** An error blocks scoring of the value (or the whole country); a warning is scored and flagged. */
public enum Severity {
	ERROR, WARNING;

	public String label() {
		return name().toLowerCase();
	}
}
