package org.scorecards.intake;

import java.math.BigDecimal;
import java.util.Map;

/**
 * Aggregate breakdowns for the scorecard charts, annex tables and {@code breakdowns.csv}. Counts only: no
 * record survives here. Maps are ordered by code as the contract lists the codes; small counts are
 * suppressed when published ({@code rendering.Suppression}).
 */
public record KeyFigures(Map<String, Long> victimsBySex, Map<String, Long> victimsByAge,
		Map<String, Long> victimsByExploitation, Map<String, Long> defendantsByStage,
		Map<String, BigDecimal> fundingUsdByPillar, Map<String, Long> trainedByAudience,
		Map<String, Long> victimsByIdentifiedBy, Map<String, BigDecimal> fundingUsdBySource) {

	public KeyFigures {
		victimsByIdentifiedBy = victimsByIdentifiedBy == null ? Map.of() : victimsByIdentifiedBy;
		fundingUsdBySource = fundingUsdBySource == null ? Map.of() : fundingUsdBySource;
	}

	/** Without the breakdowns by who identified the victims and by source of funding. */
	public KeyFigures(Map<String, Long> victimsBySex, Map<String, Long> victimsByAge,
			Map<String, Long> victimsByExploitation, Map<String, Long> defendantsByStage,
			Map<String, BigDecimal> fundingUsdByPillar, Map<String, Long> trainedByAudience) {
		this(victimsBySex, victimsByAge, victimsByExploitation, defendantsByStage, fundingUsdByPillar,
				trainedByAudience, Map.of(), Map.of());
	}

	public static KeyFigures empty() {
		return new KeyFigures(Map.of(), Map.of(), Map.of(), Map.of(), Map.of(), Map.of());
	}
}
