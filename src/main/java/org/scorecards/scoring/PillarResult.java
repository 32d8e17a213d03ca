package org.scorecards.scoring;

import java.math.BigDecimal;

/**
 * @param score weighted mean of the indicators that count (scored, and not reported where the methodology
 * scores those); {@code null} when withheld for insufficient data or when no indicator counts
 * @param coverage share of the pillar's weight that was reported (or scored, as the methodology says), 0-1
 */
public record PillarResult(String pillar, BigDecimal score, BigDecimal coverage, PillarStatus status) {

	/** The pillar has a published score. */
	public boolean rated() {
		return status != PillarStatus.INSUFFICIENT_DATA && score != null;
	}

	public boolean lowCoverage() {
		return status == PillarStatus.LOW_COVERAGE;
	}
}
