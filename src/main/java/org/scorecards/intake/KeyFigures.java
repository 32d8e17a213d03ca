package org.scorecards.intake;

import java.math.BigDecimal;
import java.util.Map;

/**
 * Aggregate breakdowns for the scorecard charts and annex tables. Counts only: no record survives here.
 * Maps are ordered by code as the contract lists the codes; small counts are suppressed when rendered.
 */
public record KeyFigures(Map<String, Long> victimsBySex, Map<String, Long> victimsByAge,
		Map<String, Long> victimsByExploitation, Map<String, Long> defendantsByStage,
		Map<String, BigDecimal> fundingUsdByPillar, Map<String, Long> trainedByAudience) {

	public static KeyFigures empty() {
		return new KeyFigures(Map.of(), Map.of(), Map.of(), Map.of(), Map.of(), Map.of());
	}
}
