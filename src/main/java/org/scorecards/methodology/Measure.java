package org.scorecards.methodology;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How an indicator's value is computed from its source; see the methodology file's header. */
public enum Measure {
	@JsonProperty("answer") ANSWER,
	@JsonProperty("number") NUMBER,
	@JsonProperty("per_100k") PER_100K,
	@JsonProperty("percent") PERCENT,
	@JsonProperty("usd_per_capita") USD_PER_CAPITA
}
