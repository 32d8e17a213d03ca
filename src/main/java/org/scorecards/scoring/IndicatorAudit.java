package org.scorecards.scoring;

import java.util.ArrayList;
import java.util.List;

import org.apache.commons.math3.stat.descriptive.moment.Kurtosis;
import org.apache.commons.math3.stat.descriptive.moment.Skewness;
import org.apache.commons.math3.stat.descriptive.moment.Variance;

import org.scorecards.methodology.Indicator;
import org.scorecards.methodology.Measure;
import org.scorecards.methodology.Methodology;
import org.scorecards.methodology.Pillar;

/**
 * The statistical audit of a cycle's indicators over its rated countries (OECD/JRC handbook, steps 4-5).
 * Per indicator: the share of reporting countries at the worst and at the best bound (score 0 and 100),
 * skewness and kurtosis of the values (numbers as computed, answers as scored; Excel's SKEW and KURT, the
 * latter excess kurtosis), flagged as JRC does when |skew| &gt; 2 and kurtosis &gt; 3.5, and the effective
 * weight: the indicator's squared correlation with the overall score, normalised to sum to one, against its
 * nominal weight in the overall score. Per pair: Pearson correlations over 0.9, and negative ones inside a
 * pillar. Per pillar: Cronbach's alpha. Scores as they count (not reported with the methodology's score,
 * insufficient base left out); pairs and pillars over the countries where all their indicators count.
 *
 * @param correlations pairs over {@link #HIGH_CORRELATION}, and negative pairs inside a pillar
 */
public record IndicatorAudit(List<Row> indicators, List<Correlation> correlations, List<PillarAlpha> pillars) {

	public static final double HIGH_CORRELATION = 0.9;

	public static final double SKEW_LIMIT = 2;

	public static final double KURTOSIS_LIMIT = 3.5;

	/**
	 * @param reporting countries where the indicator was scored (reported and of sufficient base)
	 * @param atWorst share of those at the worst bound (score 0), {@code null} when none reported
	 * @param skew {@code null} with fewer than 3 values or no spread; kurtosis likewise with fewer than 4
	 * @param nominalWeight the indicator's weight in the overall score: pillar weight x its share of the pillar
	 * @param effectiveWeight squared correlation with the overall score, normalised over all indicators
	 */
	public record Row(String code, String pillar, int reporting, Double atWorst, Double atBest, Double skew,
			Double kurtosis, boolean flagged, double nominalWeight, Double effectiveWeight) {
	}

	/** @param withinPillar both indicators belong to the same pillar */
	public record Correlation(String first, String second, double pearson, boolean withinPillar) {
	}

	/** @param countries countries where every indicator of the pillar counts */
	public record PillarAlpha(String pillar, int indicators, int countries, Double alpha) {
	}

	public static IndicatorAudit of(Methodology methodology, List<CountryScore> rated) {
		List<Indicator> indicators = methodology.indicators();
		int n = rated.size();
		int k = indicators.size();
		Double[][] counted = new Double[k][n]; // score as it counts, null when left out
		double[] overall = new double[n];
		for (int c = 0; c < n; c++) {
			CountryScore score = rated.get(c);
			overall[c] = score.overall().doubleValue();
			for (int i = 0; i < k; i++) {
				IndicatorResult result = score.indicator(indicators.get(i).code()).orElse(null);
				counted[i][c] = result != null && result.counted() ? result.score().doubleValue() : null;
			}
		}
		double[] squared = new double[k];
		double squaredTotal = 0;
		for (int i = 0; i < k; i++) {
			double r = pearson(counted[i], overall);
			squared[i] = Double.isNaN(r) ? 0 : r * r;
			squaredTotal += squared[i];
		}
		List<Row> rows = new ArrayList<>();
		for (int i = 0; i < k; i++) {
			Indicator indicator = indicators.get(i);
			List<Double> scores = new ArrayList<>();
			List<Double> values = new ArrayList<>();
			for (CountryScore score : rated) {
				score.indicator(indicator.code()).filter(IndicatorResult::scored).ifPresent(r -> {
					scores.add(r.score().doubleValue());
					values.add(indicator.measure() == Measure.ANSWER || r.value() == null ? r.score().doubleValue()
							: r.value().doubleValue());
				});
			}
			double[] v = values.stream().mapToDouble(Double::doubleValue).toArray();
			Double skew = finite(v.length < 3 ? Double.NaN : new Skewness().evaluate(v));
			Double kurtosis = finite(v.length < 4 ? Double.NaN : new Kurtosis().evaluate(v));
			boolean flagged = skew != null && kurtosis != null && Math.abs(skew) > SKEW_LIMIT && kurtosis > KURTOSIS_LIMIT;
			rows.add(new Row(indicator.code(), indicator.pillar(), scores.size(), share(scores, 0), share(scores, 100), skew,
					kurtosis, flagged, nominalWeight(methodology, indicator),
					squaredTotal == 0 ? null : squared[i] / squaredTotal));
		}
		List<Correlation> correlations = new ArrayList<>();
		for (int i = 0; i < k; i++) {
			for (int j = i + 1; j < k; j++) {
				double r = pearson(counted[i], counted[j]);
				boolean within = indicators.get(i).pillar().equals(indicators.get(j).pillar());
				if (!Double.isNaN(r) && (r > HIGH_CORRELATION || within && r < 0)) {
					correlations.add(new Correlation(indicators.get(i).code(), indicators.get(j).code(), r, within));
				}
			}
		}
		List<PillarAlpha> alphas = new ArrayList<>();
		for (Pillar pillar : methodology.pillars()) {
			List<Double[]> items = new ArrayList<>();
			for (int i = 0; i < k; i++) {
				if (indicators.get(i).pillar().equals(pillar.pillar())) {
					items.add(counted[i]);
				}
			}
			alphas.add(alpha(pillar.pillar(), items, n));
		}
		return new IndicatorAudit(rows, correlations, alphas);
	}

	private static double nominalWeight(Methodology methodology, Indicator indicator) {
		double pillars = methodology.pillars().stream().mapToDouble(p -> p.weight().doubleValue()).sum();
		double pillar = methodology.pillars().stream().filter(p -> p.pillar().equals(indicator.pillar()))
			.mapToDouble(p -> p.weight().doubleValue()).sum();
		double within = methodology.indicatorsOf(indicator.pillar()).stream().mapToDouble(i -> i.weight().doubleValue()).sum();
		return pillar / pillars * indicator.weight().doubleValue() / within;
	}

	private static Double share(List<Double> scores, double bound) {
		if (scores.isEmpty()) {
			return null;
		}
		return (double) scores.stream().filter(s -> s == bound).count() / scores.size();
	}

	/** Pearson's r over the countries where both have a value; {@code NaN} with fewer than 3 or no spread. */
	static double pearson(Double[] x, double[] y) {
		Double[] boxed = new Double[y.length];
		for (int i = 0; i < y.length; i++) {
			boxed[i] = y[i];
		}
		return pearson(x, boxed);
	}

	static double pearson(Double[] x, Double[] y) {
		int n = 0;
		double sx = 0;
		double sy = 0;
		for (int i = 0; i < x.length; i++) {
			if (x[i] != null && y[i] != null) {
				n++;
				sx += x[i];
				sy += y[i];
			}
		}
		if (n < 3) {
			return Double.NaN;
		}
		double mx = sx / n;
		double my = sy / n;
		double sxy = 0;
		double sxx = 0;
		double syy = 0;
		for (int i = 0; i < x.length; i++) {
			if (x[i] != null && y[i] != null) {
				double dx = x[i] - mx;
				double dy = y[i] - my;
				sxy += dx * dy;
				sxx += dx * dx;
				syy += dy * dy;
			}
		}
		return sxx == 0 || syy == 0 ? Double.NaN : sxy / Math.sqrt(sxx * syy);
	}

	/** Cronbach's alpha: k/(k-1) x (1 - sum of item variances / variance of the sum), sample variances. */
	static PillarAlpha alpha(String pillar, List<Double[]> items, int countries) {
		List<Integer> complete = new ArrayList<>();
		for (int c = 0; c < countries; c++) {
			int at = c;
			if (items.stream().allMatch(item -> item[at] != null)) {
				complete.add(c);
			}
		}
		int k = items.size();
		if (k < 2 || complete.size() < 2) {
			return new PillarAlpha(pillar, k, complete.size(), null);
		}
		double itemVariances = 0;
		double[] totals = new double[complete.size()];
		for (Double[] item : items) {
			double[] values = new double[complete.size()];
			for (int i = 0; i < values.length; i++) {
				values[i] = item[complete.get(i)];
				totals[i] += values[i];
			}
			itemVariances += new Variance().evaluate(values);
		}
		double total = new Variance().evaluate(totals);
		return new PillarAlpha(pillar, k, complete.size(),
				total == 0 ? null : finite((double) k / (k - 1) * (1 - itemVariances / total)));
	}

	private static Double finite(double value) {
		return Double.isFinite(value) ? value : null;
	}
}
