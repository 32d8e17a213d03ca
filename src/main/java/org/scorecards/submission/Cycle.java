package org.scorecards.submission;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A reporting cycle as the secretariat opened it: the year, the deadline for submissions, the days the
 * focal points have to comment on their draft scorecard, the methodology, and whether it is closed for
 * submissions or published.
 */
public record Cycle(int year, LocalDate deadline, Instant openedAt, String openedBy, boolean closed, int commentDays,
		String methodology, Instant publishedAt, String publishedBy) {

	public boolean published() {
		return publishedAt != null;
	}

	/** A submission is on time when it arrived by the end of the deadline's day (UTC). */
	public boolean onTime(Instant submittedAt) {
		return !submittedAt.isAfter(deadline.plusDays(1).atStartOfDay(java.time.ZoneOffset.UTC).toInstant());
	}
}
