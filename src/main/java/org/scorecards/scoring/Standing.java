package org.scorecards.scoring;

import java.math.BigDecimal;
import java.util.Map;

/**
 * Where a country stands in the cycle: things that depend on the other countries or on last year.
 *
 * @param rank 1-based rank among rated countries (ties share a rank), {@code null} unless rated
 * @param ratedCount number of rated countries in the cycle (the N of "rank r of N")
 * @param overallTrend trend of the overall score, {@code null} when either year is not rated
 * @param pillarTrends trend per pillar, for pillars rated in both years
 * @param regionalAverages region's average per pillar and for {@code overall}, over rated countries
 * @param interval where the rank falls over the robustness analysis's draws, {@code null} unless rated and
 * analysed
 */
public record Standing(Integer rank, int ratedCount, Trend overallTrend, Map<String, Trend> pillarTrends,
		Map<String, BigDecimal> regionalAverages, RankInterval interval) {

	public static final String OVERALL = "overall";

	/** A standing without a rank interval. */
	public Standing(Integer rank, int ratedCount, Trend overallTrend, Map<String, Trend> pillarTrends,
			Map<String, BigDecimal> regionalAverages) {
		this(rank, ratedCount, overallTrend, pillarTrends, regionalAverages, null);
	}

	Standing withInterval(RankInterval interval) {
		return new Standing(rank, ratedCount, overallTrend, pillarTrends, regionalAverages, interval);
	}
}
