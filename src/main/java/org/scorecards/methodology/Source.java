package org.scorecards.methodology;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The input an indicator is computed from. */
public enum Source {
	@JsonProperty("workbook") WORKBOOK("indicators.xlsx"),
	@JsonProperty("victims") VICTIMS("victims.csv"),
	@JsonProperty("prosecutions") PROSECUTIONS("prosecutions.csv"),
	@JsonProperty("funding") FUNDING("funding.csv"),
	@JsonProperty("training") TRAINING("training.csv");

	private final String fileName;

	Source(String fileName) {
		this.fileName = fileName;
	}

	public String fileName() {
		return fileName;
	}
}
