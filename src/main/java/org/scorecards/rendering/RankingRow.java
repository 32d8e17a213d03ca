package org.scorecards.rendering;

/** A rated country's line in the cycle summary's ranking table; {@code likely} is the rank interval. */
record RankingRow(String rank, String likely, String country, String region, String overall, String band, String trend,
		String pillar1, String pillar2, String pillar3, String pillar4) {
}
