package org.scorecards.scoring;

import java.math.BigDecimal;

/**
 * How sure a rank is: where the country ranked over the robustness analysis's draws.
 *
 * @param rank the published rank
 * @param medianRank the median rank over the draws
 * @param rankP05 the 5th percentile rank (the best rank it reaches in 95 % of the draws)
 * @param rankP95 the 95th percentile rank
 * @param scoreP05 the 5th percentile of the overall score, one decimal
 * @param scoreP95 the 95th percentile of the overall score, one decimal
 */
public record RankInterval(String iso3, int rank, int medianRank, int rankP05, int rankP95, BigDecimal scoreP05,
		BigDecimal scoreP95) {

	/** Places between the ends of the 90 % interval. */
	public int width() {
		return rankP95 - rankP05;
	}
}
