package org.scorecards.scoring;

public enum CountryStatus {
	/** Overall score and band published. */
	RATED,
	/** Scored, but at least one pillar has insufficient data. */
	NOT_RATED,
	/** Errors stopped scoring altogether (unreadable workbook, wrong country or year). */
	BLOCKED
}
