package org.scorecards.cli;

/** Exit codes scripts can rely on. */
final class ExitCodes {

	/** Every country scored (validate: no error finding). */
	static final int OK = 0;

	/** Finished, but at least one country was blocked by errors (validate: at least one error finding). */
	static final int BLOCKED = 1;

	/** The command line was wrong. */
	static final int USAGE = 2;

	/** The run failed. */
	static final int FAILURE = 3;

	private ExitCodes() {
	}
}
