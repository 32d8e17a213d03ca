package org.scorecards.scoring;

import java.math.BigDecimal;

import org.scorecards.methodology.Indicator;
import org.scorecards.methodology.Methodology;

/**
 * Scores one indicator 0-100 from its evidence: answers by the methodology's answer scores, numbers
 * linearly between worst and best (clipped; best may be below worst), ratios below min_base not at all.
 */
public final class IndicatorScorer {

	private final Methodology methodology;

	public IndicatorScorer(Methodology methodology) {
		this.methodology = methodology;
	}

	/**
	 * @param evidence the raw inputs, or {@code null} when missing or blocked by an error: not reported, with
	 * the methodology's {@code not_reported_score} (none in v1)
	 */
	public IndicatorResult score(Indicator indicator, Evidence evidence) {
		if (evidence == null) {
			return result(indicator, IndicatorStatus.NOT_REPORTED, null, null, null, null,
					methodology.notReportedScore(), false);
		}
		boolean warning = evidence.warning();
		return switch (indicator.measure()) {
			case ANSWER -> result(indicator, IndicatorStatus.SCORED, evidence.answer(), null, null, null,
					methodology.answerScores().get(evidence.answer()), warning);
			case NUMBER -> scored(indicator, evidence, evidence.numerator());
			case PER_100K -> scored(indicator, evidence,
					Decimals.divide(evidence.numerator().multiply(Decimals.HUNDRED_THOUSAND), evidence.denominator()));
			case USD_PER_CAPITA -> scored(indicator, evidence, Decimals.divide(evidence.numerator(), evidence.denominator()));
			case PERCENT -> percent(indicator, evidence);
		};
	}

	private IndicatorResult percent(Indicator indicator, Evidence evidence) {
		BigDecimal base = evidence.denominator();
		BigDecimal value = base.signum() == 0 ? null
				: Decimals.divide(evidence.numerator().multiply(Decimals.HUNDRED), base);
		if (indicator.minBase() != null && base.compareTo(indicator.minBase()) < 0 || value == null) {
			return result(indicator, IndicatorStatus.INSUFFICIENT_BASE, null, value, evidence.numerator(), base, null,
					evidence.warning());
		}
		return scored(indicator, evidence, value);
	}

	private IndicatorResult scored(Indicator indicator, Evidence evidence, BigDecimal value) {
		return result(indicator, IndicatorStatus.SCORED, null, value, evidence.numerator(), evidence.denominator(),
				linear(value, indicator.worst(), indicator.best()), evidence.warning());
	}

	/** Linear between worst (0) and best (100), clipped; works the same when best is below worst. */
	static BigDecimal linear(BigDecimal value, BigDecimal worst, BigDecimal best) {
		BigDecimal score = Decimals.divide(value.subtract(worst).multiply(Decimals.HUNDRED), best.subtract(worst));
		return Decimals.clip(score, BigDecimal.ZERO, Decimals.HUNDRED);
	}

	private static IndicatorResult result(Indicator indicator, IndicatorStatus status, String answer, BigDecimal value,
			BigDecimal numerator, BigDecimal denominator, BigDecimal score, boolean warning) {
		return new IndicatorResult(indicator.code(), indicator.pillar(), status, answer, value, numerator, denominator,
				score, indicator.weight(), null, warning);
	}
}
