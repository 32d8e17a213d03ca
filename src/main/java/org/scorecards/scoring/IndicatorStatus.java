package org.scorecards.scoring;

public enum IndicatorStatus {
	/** Has a score. */
	SCORED,
	/** Missing, blocked by an error, or its file not submitted: scored as the methodology says, never imputed. */
	NOT_REPORTED,
	/** A ratio whose denominator is below the indicator's min_base. */
	INSUFFICIENT_BASE;

	/** As written in scores.csv and shown in the annex. */
	public String code() {
		return name().toLowerCase();
	}

	public String label() {
		return switch (this) {
			case SCORED -> "scored";
			case NOT_REPORTED -> "not reported";
			case INSUFFICIENT_BASE -> "insufficient base";
		};
	}
}
