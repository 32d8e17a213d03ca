package org.scorecards.scoring;

public enum CountryStatus {
	/** Overall score and band published. */
	RATED,
	/** Overall score and band published, marked: at least one pillar is below the coverage threshold. */
	LOW_COVERAGE,
	/** Scored, but at least one pillar has insufficient data (methodologies that withhold, v1). */
	NOT_RATED,
	/** Errors stopped scoring altogether (unreadable workbook, wrong country or year), or no submission. */
	BLOCKED;

	/** Has a published overall score, band and rank. */
	public boolean rated() {
		return this == RATED || this == LOW_COVERAGE;
	}

	/** As written in scores.csv: {@code rated}, {@code low_coverage} or {@code not_rated}. */
	public String code() {
		return rated() ? name().toLowerCase() : "not_rated";
	}
}
