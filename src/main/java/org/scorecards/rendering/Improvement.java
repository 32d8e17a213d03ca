package org.scorecards.rendering;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import org.scorecards.language.Language;
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

	/** The annex and the workbooks are in English for now: the PDFs alone are published in every language. */
	private static final Formats ENGLISH = Formats.of(Language.EN);

	private static final MathContext PRECISION = MathContext.DECIMAL128;

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	static List<Improvement> of(CountryScore score, Methodology methodology) {
		List<Improvement> rows = new ArrayList<>();
		for (Indicator indicator : methodology.indicators()) {
			IndicatorResult result = score.indicator(indicator.code()).orElse(null);
			if (result == null) {
				continue;
			}
			if (result.status() == IndicatorStatus.INSUFFICIENT_BASE) {
				rows.add(new Improvement(indicator.code(), indicator.label(), "base below the minimum of "
						+ plain(indicator.minBase()) + ": not scored, no points to gain", null, null, null, null, null));
				continue;
			}
			BigDecimal current = result.counted() ? result.score() : null;
			BigDecimal indicatorPoints = HUNDRED.subtract(current == null ? BigDecimal.ZERO : current);
			// the difference of two re-computations, so that it is exactly what this one indicator adds
			BigDecimal overallPoints = score.rated()
					? overall(score, methodology, indicator).subtract(overall(score, methodology, null)) : null;
			BigDecimal after = overallPoints == null ? null : score.overall().add(overallPoints);
			String bandAfter = after == null ? null : publishedBand(score, methodology, indicator, after);
			rows.add(new Improvement(indicator.code(), indicator.label(), gap(indicator, result), indicatorPoints,
					overallPoints, after, bandAfter, change(score, methodology, indicator, bandAfter)));
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

	private static String change(CountryScore score, Methodology methodology, Indicator target, String bandAfter) {
		if (bandAfter == null) {
			return null;
		}
		List<String> changes = new ArrayList<>();
		score.triggeredCaps().stream().filter(c -> c.indicator().equals(target.code())).findFirst()
			.ifPresent(c -> changes.add("lifts the cap at " + c.maxBand()));
		if (!bandAfter.equals(score.band())) {
			changes.add("band " + score.band() + " \u2192 " + bandAfter);
		}
		return changes.isEmpty() ? null : String.join("; ", changes);
	}

	/** The gap to the best bound in the indicator's own units. */
	static String gap(Indicator indicator, IndicatorResult result) {
		if (result.status() == IndicatorStatus.NOT_REPORTED) {
			return "not reported: report it" + (indicator.best() == null ? " (best: Yes)"
					: " (best: " + ENGLISH.bound(indicator, indicator.best()) + ")");
		}
		if (indicator.measure() == Measure.ANSWER) {
			String answer = ENGLISH.answer(result.answer());
			return "yes".equalsIgnoreCase(result.answer()) ? "at the best answer" : answer + " \u2192 Yes";
		}
		BigDecimal value = result.value();
		BigDecimal best = indicator.best();
		boolean higherIsBetter = best.compareTo(indicator.worst()) >= 0;
		BigDecimal gap = higherIsBetter ? best.subtract(value) : value.subtract(best);
		if (gap.signum() <= 0) {
			return "at or beyond the best bound";
		}
		String sign = higherIsBetter ? "+" : "\u2212";
		BigDecimal denominator = result.denominator();
		return switch (indicator.measure()) {
			case PER_100K -> denominator == null ? sign + ENGLISH.decimal(gap, 2) + " per 100k"
					: sign + ENGLISH.whole(gap.multiply(denominator).divide(BigDecimal.valueOf(100_000), 0, RoundingMode.CEILING)
						.longValueExact()) + " " + noun(indicator, " per 100k");
			case USD_PER_CAPITA -> denominator == null ? sign + "USD " + ENGLISH.decimal(gap, 3) + " per capita"
					: sign + "USD " + ENGLISH.whole(gap.multiply(denominator).setScale(0, RoundingMode.CEILING).longValueExact())
							+ " " + noun(indicator, " per capita");
			case PERCENT -> sign + ENGLISH.decimal(gap, 1) + " percentage points" + (denominator == null ? ""
					: " (" + ENGLISH.whole(gap.multiply(denominator).divide(HUNDRED, 0, RoundingMode.CEILING).longValueExact())
							+ " more of " + ENGLISH.whole(denominator.longValue()) + ")");
			case NUMBER -> sign + plain(gap) + (indicator.unit() == null ? "" : " " + indicator.unit());
			case ANSWER -> throw new IllegalStateException("answers are handled above");
		};
	}

	/** "Victims identified per 100k population" becomes "victims identified". */
	private static String noun(Indicator indicator, String rateWords) {
		String label = indicator.label();
		int at = label.indexOf(rateWords);
		String noun = (at > 0 ? label.substring(0, at) : label).replaceAll("[,\\s]+$", "");
		return Character.toLowerCase(noun.charAt(0)) + noun.substring(1);
	}

	private static String plain(BigDecimal value) {
		return value == null ? Display.ABSENT : value.stripTrailingZeros().toPlainString();
	}
}
