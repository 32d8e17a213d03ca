package org.scorecards.methodology;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How the methodology treats what a country did not report; each choice is read from the data file. */
public final class MissingData {

	private MissingData() {
	}

	/** What a critical indicator that is not reported does to the rating. */
	public enum CriticalNotReported {
		/** Binds the indicator's cap as if it had been answered with the cap's answer (v2). */
		@JsonProperty("cap") CAP,
		/** Triggers nothing (v1). */
		@JsonProperty("ignore") IGNORE
	}

	/** Which indicators count towards a pillar's coverage. */
	public enum CoverageBasis {
		/** Scored or insufficient base: what the country reported (v2). */
		@JsonProperty("reported") REPORTED,
		/** Scored only (v1). */
		@JsonProperty("scored") SCORED
	}

	/** What a pillar below the coverage threshold does to the rating. */
	public enum LowCoverage {
		/** The country is rated and the rating marked {@code low_coverage} (v2). */
		@JsonProperty("flag") FLAG,
		/** The pillar has no published score and the country is not rated (v1). */
		@JsonProperty("withhold") WITHHOLD
	}
}
