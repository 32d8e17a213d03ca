package org.scorecards.scoring;

/** Whether a pillar's score is published, and how. */
public enum PillarStatus {
	/** Coverage reached the methodology's threshold. */
	RATED,
	/** Coverage below the threshold under {@code low_coverage: flag}: the score is published and marked. */
	LOW_COVERAGE,
	/** Coverage below the threshold under {@code low_coverage: withhold}: no published score. */
	INSUFFICIENT_DATA;

	/** As written in scores.csv. */
	public String code() {
		return name().toLowerCase();
	}

	public String label() {
		return code().replace('_', ' ');
	}
}
