package org.scorecards.cycle;

import java.time.Duration;

/**
 * The end-of-run summary.
 *
 * @param rated countries with a published rating, those marked low coverage included
 * @param lowCoverage of the rated, those marked low coverage
 */
public record CycleResult(boolean completed, long executionId, long rated, long lowCoverage, long notRated, long blocked,
		long recordsRead, long recordsRejected, long errors, long warnings, long documents, Duration elapsed,
		String failure) {
}
