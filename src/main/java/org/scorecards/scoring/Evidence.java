package org.scorecards.scoring;

import java.math.BigDecimal;

/**
 * The raw inputs behind one indicator, before any arithmetic.
 *
 * @param answer {@code yes}, {@code partial} or {@code no} for answer indicators
 * @param numerator the number, count, sum of participants or USD amount
 * @param denominator the population for rates, the base for percentages; {@code null} for plain numbers
 * @param warning a finding touches these inputs: a warning, or records rejected from their file
 */
public record Evidence(String answer, BigDecimal numerator, BigDecimal denominator, boolean warning) {

	public static Evidence answer(String answer, boolean warning) {
		return new Evidence(answer, null, null, warning);
	}

	public static Evidence ratio(BigDecimal numerator, BigDecimal denominator, boolean warning) {
		return new Evidence(null, numerator, denominator, warning);
	}
}
