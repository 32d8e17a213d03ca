package org.scorecards.rendering;

/**
 * A pillar (or the overall score) over up to three years beside its regional average, as the first page
 * of the scorecard lists it.
 */
record PillarOverviewRow(String pillar, String twoYearsBefore, String yearBefore, String score, String regional,
		String trend, String coverage, String status) {
}
