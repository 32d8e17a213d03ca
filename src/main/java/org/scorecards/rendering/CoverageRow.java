package org.scorecards.rendering;

/** How much of a pillar could be scored, for the data coverage section. */
record CoverageRow(String pillar, String scored, String notReported, String insufficientBase, String coverage,
		String status) {
}
