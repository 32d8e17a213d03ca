package org.scorecards.scoring;

import java.math.BigDecimal;
import java.math.MathContext;

/** The arithmetic of scoring: 34 significant digits, the same on every machine. */
final class Decimals {

	static final MathContext PRECISION = MathContext.DECIMAL128;

	static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	static final BigDecimal HUNDRED_THOUSAND = BigDecimal.valueOf(100_000);

	private Decimals() {
	}

	static BigDecimal divide(BigDecimal dividend, BigDecimal divisor) {
		return dividend.divide(divisor, PRECISION);
	}

	static BigDecimal clip(BigDecimal value, BigDecimal low, BigDecimal high) {
		return value.max(low).min(high);
	}
}
