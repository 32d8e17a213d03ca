package org.scorecards.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * One official figure per score: the exact value rounded half up to four decimals. Every output carries
 * that figure or, on the documents, its own half-up rounding to one decimal, so no two outputs disagree:
 * 72.34996 is 72.3500 in the tables and 72.4 on the card, never 72.3. Bands are read from the official
 * figure, ranks from its one-decimal rounding.
 */
public final class OfficialFigure {

	static final int SCALE = 4;

	private OfficialFigure() {
	}

	/** The official figure of an exact score, or {@code null} when there is none. */
	public static BigDecimal of(BigDecimal exact) {
		return exact == null ? null : exact.setScale(SCALE, RoundingMode.HALF_UP);
	}

	/** The official figure rounded half up to {@code scale} decimals (one on the documents). */
	public static BigDecimal rounded(BigDecimal exact, int scale) {
		return exact == null ? null : of(exact).setScale(scale, RoundingMode.HALF_UP);
	}

	/** The figure the documents print: the official figure rounded half up to one decimal. */
	public static BigDecimal oneDecimal(BigDecimal exact) {
		return rounded(exact, 1);
	}
}
