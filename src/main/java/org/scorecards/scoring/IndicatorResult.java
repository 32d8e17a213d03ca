package org.scorecards.scoring;

import java.math.BigDecimal;

/**
 * The computed value and score of one indicator for one country and year.
 *
 * @param answer {@code yes}, {@code partial} or {@code no} for answer indicators, else {@code null}
 * @param value the computed figure for numeric indicators (unrounded), else {@code null}
 * @param numerator raw count or amount behind the value (per-100k count, percent numerator, USD), or null
 * @param denominator population for rates, base for percentages, or null
 * @param score 0-100, unrounded; {@code null} when it has none (insufficient base; not reported under a
 * methodology that leaves such indicators out)
 * @param contribution share of the pillar score this indicator carries (weight x score / counted weight)
 * @param warning a finding touches this indicator's inputs: a warning, or records rejected from its file
 */
public record IndicatorResult(String code, String pillar, IndicatorStatus status, String answer, BigDecimal value,
		BigDecimal numerator, BigDecimal denominator, BigDecimal score, BigDecimal weight, BigDecimal contribution,
		boolean warning) {

	public boolean scored() {
		return status == IndicatorStatus.SCORED;
	}

	/** Takes part in its pillar's mean: scored, or not reported where the methodology gives that a score. */
	public boolean counted() {
		return score != null && status != IndicatorStatus.INSUFFICIENT_BASE;
	}

	/** Counts towards coverage: the country reported it, whether scored or of insufficient base. */
	public boolean reported() {
		return status != IndicatorStatus.NOT_REPORTED;
	}

	IndicatorResult flagged() {
		return new IndicatorResult(code, pillar, status, answer, value, numerator, denominator, score, weight,
				contribution, true);
	}

	IndicatorResult withContribution(BigDecimal contribution) {
		return new IndicatorResult(code, pillar, status, answer, value, numerator, denominator, score, weight,
				contribution, warning);
	}
}
