package org.scorecards.rendering;

/** A region's averages over its rated countries, overall and per pillar. */
record RegionRow(String region, String rated, String overall, String pillar1, String pillar2, String pillar3,
		String pillar4) {
}
