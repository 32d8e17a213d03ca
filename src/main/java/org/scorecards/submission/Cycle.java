package org.scorecards.submission;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A reporting cycle as the secretariat opened it: the year, the deadline for submissions, the days the
 * focal points have to comment on their draft scorecard, the methodology, and whether it is closed for
 * submissions or published.
 */
public record Cycle(int year, LocalDate deadline, Instant openedAt, String openedBy, boolean closed, int commentDays,
		String methodology, Instant publishedAt, String publishedBy, Instant draftsOfferedAt) {

	/** The focal points may comment on their draft card from when the drafts were offered, for the window's days. */
	public boolean commentWindowOpen(Instant now) {
		return draftsOfferedAt != null && !published()
				&& now.isBefore(draftsOfferedAt.plus(java.time.Duration.ofDays(commentDays)));
	}

	public boolean published() {
		return publishedAt != null;
	}

	/** A submission is on time when it arrived by the end of the deadline's day (UTC). */
	public boolean onTime(Instant submittedAt) {
		return !submittedAt.isAfter(deadline.plusDays(1).atStartOfDay(java.time.ZoneOffset.UTC).toInstant());
	}
}
