package org.scorecards.cycle;

import java.time.Duration;

/** The end-of-run summary. */
public record CycleResult(boolean completed, long executionId, long rated, long notRated, long blocked,
		long recordsRead, long recordsRejected, long errors, long warnings, long documents, Duration elapsed,
		String failure) {
}
