package org.scorecards.rendering;

/** A pillar beside its regional average, as the first page of the scorecard lists it. */
record PillarOverviewRow(String pillar, String score, String regional, String trend, String coverage,
		String status) {
}
