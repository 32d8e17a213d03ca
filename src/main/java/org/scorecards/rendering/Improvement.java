package org.scorecards.rendering;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import org.scorecards.methodology.Band;
import org.scorecards.methodology.Cap;
import org.scorecards.methodology.Indicator;
import org.scorecards.methodology.Measure;
import org.scorecards.methodology.Methodology;
import org.scorecards.methodology.Pillar;
import org.scorecards.scoring.CountryScore;
import org.scorecards.scoring.IndicatorResult;
import org.scorecards.scoring.IndicatorStatus;
import org.scorecards.scoring.OfficialFigure;

/**
 * The focal point's view of what to improve: per indicator, the gap to its best bound in its own units, and
 * what closing it alone would add to the indicator, to the overall score and to the band. The overall is
 * re-computed exactly as the methodology does (the indicator at 100 in its pillar's weighted mean, the pillars'
 * weighted mean), so the figures add up against the annex's other sheets.
 *
 * @param gap the gap in the indicator's own units ("+716 victims identified", "Partial \u2192 Yes"), or why
 * there is none
 * @param indicatorPoints 100 minus the score, {@code null} when the indicator cannot be scored (insufficient base)
 * @param overallPoints what the overall score would gain, {@code null} likewise or when not rated
 * @param bandAfter the published band with the gap closed (caps included), {@code null} when not rated
 * @param change what closing the gap does to the rating, in words, or {@code null}
 */
record Improvement(String code, String label, String gap, BigDecimal indicatorPoints, BigDecimal overallPoints,
		BigDecimal overallAfter, String bandAfter, String change) {

	private static final MathContext PRECISION = MathContext.DECIMAL128;

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	static List<Improvement> of(CountryScore score, Methodology methodology) {
		return of(score, methodology, GapWords.ENGLISH);
	}

	/** The rows worded in the language of {@code words}. */
	static List<Improvement> of(CountryScore score, Methodology methodology, GapWords words) {
		List<Improvement> rows = new ArrayList<>();
		for (Indicator indicator : methodology.indicators()) {
			IndicatorResult result = score.indicator(indicator.code()).orElse(null);
			if (result == null) {
				continue;
			}
			if (result.status() == IndicatorStatus.INSUFFICIENT_BASE) {
				rows.add(new Improvement(indicator.code(), words.label(indicator),
						words.text("gap.insufficient_base", words.plain(indicator.minBase())), null, null, null, null,
						null));
				continue;
			}
			BigDecimal current = result.counted() ? result.score() : null;
			BigDecimal indicatorPoints = HUNDRED.subtract(current == null ? BigDecimal.ZERO : current);
			// the difference of two re-computations, so that it is exactly what this one indicator adds
			BigDecimal overallPoints = score.rated()
					? overall(score, methodology, indicator).subtract(overall(score, methodology, null)) : null;
			BigDecimal after = overallPoints == null ? null : score.overall().add(overallPoints);
			String bandAfter = after == null ? null : publishedBand(score, methodology, indicator, after);
			rows.add(new Improvement(indicator.code(), words.label(indicator), gap(indicator, result, words),
					indicatorPoints, overallPoints, after, bandAfter, change(score, indicator, bandAfter, words)));
		}
		return rows;
	}

	/** The overall score with {@code target} at 100 (none: as scored) and everything else as scored. */
	static BigDecimal overall(CountryScore score, Methodology methodology, Indicator target) {
		BigDecimal weighted = BigDecimal.ZERO;
		BigDecimal pillarWeights = BigDecimal.ZERO;
		for (Pillar pillar : methodology.pillars()) {
			BigDecimal sum = BigDecimal.ZERO;
			BigDecimal weights = BigDecimal.ZERO;
			for (Indicator indicator : methodology.indicatorsOf(pillar.pillar())) {
				IndicatorResult result = score.indicator(indicator.code()).orElse(null);
				if (target != null && indicator.code().equals(target.code())) {
					sum = sum.add(indicator.weight().multiply(HUNDRED));
					weights = weights.add(indicator.weight());
				}
				else if (result != null && result.counted()) {
					sum = sum.add(result.weight().multiply(result.score()));
					weights = weights.add(result.weight());
				}
			}
			if (weights.signum() > 0) {
				weighted = weighted.add(pillar.weight().multiply(sum.divide(weights, PRECISION)));
				pillarWeights = pillarWeights.add(pillar.weight());
			}
		}
		return weighted.divide(pillarWeights, PRECISION);
	}

	/** The band of the new overall, lowered by every cap still triggered once this indicator is at its best. */
	private static String publishedBand(CountryScore score, Methodology methodology, Indicator target, BigDecimal after) {
		Band band = methodology.bandFor(OfficialFigure.of(after));
		String published = band.band();
		for (Cap cap : score.triggeredCaps()) {
			if (!cap.indicator().equals(target.code())
					&& methodology.bandOrder(cap.maxBand()) > methodology.bandOrder(published)) {
				published = cap.maxBand();
			}
		}
		return published;
	}

	private static String change(CountryScore score, Indicator target, String bandAfter, GapWords words) {
		if (bandAfter == null) {
			return null;
		}
		List<String> changes = new ArrayList<>();
		score.triggeredCaps().stream().filter(c -> c.indicator().equals(target.code())).findFirst()
			.ifPresent(c -> changes.add(words.text("change.lifts_cap", c.maxBand())));
		if (!bandAfter.equals(score.band())) {
			changes.add(words.text("change.band", score.band(), bandAfter));
		}
		return changes.isEmpty() ? null : String.join("; ", changes);
	}

	/** The gap to the best bound in the indicator's own units. */
	static String gap(Indicator indicator, IndicatorResult result) {
		return gap(indicator, result, GapWords.ENGLISH);
	}

	static String gap(Indicator indicator, IndicatorResult result, GapWords words) {
		if (result.status() == IndicatorStatus.NOT_REPORTED) {
			return words.text("gap.not_reported", indicator.best() == null ? words.answer("yes")
					: words.bound(indicator, indicator.best()));
		}
		if (indicator.measure() == Measure.ANSWER) {
			return "yes".equalsIgnoreCase(result.answer()) ? words.text("gap.at_best_answer")
					: words.text("gap.answer", words.answer(result.answer()), words.answer("yes"));
		}
		BigDecimal value = result.value();
		BigDecimal best = indicator.best();
		boolean higherIsBetter = best.compareTo(indicator.worst()) >= 0;
		BigDecimal gap = higherIsBetter ? best.subtract(value) : value.subtract(best);
		if (gap.signum() <= 0) {
			return words.text("gap.at_best");
		}
		String sign = higherIsBetter ? "+" : "\u2212";
		BigDecimal denominator = result.denominator();
		return switch (indicator.measure()) {
			case PER_100K -> denominator == null ? words.text("gap.per_100k", sign, words.decimal(gap, 2))
					: words.text("gap.count", sign, words.whole(gap.multiply(denominator)
						.divide(BigDecimal.valueOf(100_000), 0, RoundingMode.CEILING)
						.longValueExact()), words.noun(indicator, " per 100k"));
			case USD_PER_CAPITA -> denominator == null ? words.text("gap.usd_per_capita", sign, words.decimal(gap, 3))
					: words.text("gap.usd", sign,
							words.whole(gap.multiply(denominator).setScale(0, RoundingMode.CEILING).longValueExact()),
							words.noun(indicator, " per capita"));
			case PERCENT -> denominator == null ? words.text("gap.points", sign, words.decimal(gap, 1))
					: words.text("gap.points_of", sign, words.decimal(gap, 1),
							words.whole(gap.multiply(denominator).divide(HUNDRED, 0, RoundingMode.CEILING).longValueExact()),
							words.whole(denominator.longValue()));
			case NUMBER -> sign + words.plain(gap) + (indicator.unit() == null ? "" : " " + words.unit(indicator.unit()));
			case ANSWER -> throw new IllegalStateException("answers are handled above");
		};
	}
}
