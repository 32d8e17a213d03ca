package org.scorecards.rendering;

import java.math.BigDecimal;

import org.scorecards.scoring.OfficialFigure;
import org.scorecards.scoring.RankInterval;

/** How numbers and user text are published: the one place that rounds for display and suppresses. */
public final class Display {

	public static final String ABSENT = "\u2013";

	private Display() {
	}

	/** A score or average as the documents print it: its official figure to one decimal; an en dash when absent. */
	public static String oneDecimal(BigDecimal value) {
		return value == null ? ABSENT : OfficialFigure.oneDecimal(value).toPlainString();
	}

	/** The same rounding as {@link #oneDecimal}, as a number for chart cells. */
	public static Double oneDecimalNumber(BigDecimal value) {
		return value == null ? null : OfficialFigure.oneDecimal(value).doubleValue();
	}

	/** A score's official figure, four decimals, as scores.csv writes it; empty when absent. */
	public static String official(BigDecimal value) {
		return value == null ? "" : OfficialFigure.of(value).toPlainString();
	}

	/** A rank interval as printed: "5–9" (5th to 95th percentile); an en dash when there is none. */
	public static String likely(RankInterval interval) {
		return interval == null ? ABSENT : interval.rankP05() + ABSENT + interval.rankP95();
	}

	/** A breakdown count under statistical disclosure control: 1 to threshold-1 become "&lt;threshold". */
	public static String count(long count, int threshold) {
		return isSuppressed(count, threshold) ? "<" + threshold : Long.toString(count);
	}

	public static boolean isSuppressed(long count, int threshold) {
		return count > 0 && count < threshold;
	}
}
