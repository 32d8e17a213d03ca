package org.scorecards.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.math3.distribution.GammaDistribution;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;

import org.scorecards.methodology.Indicator;
import org.scorecards.methodology.Measure;
import org.scorecards.methodology.Methodology;
import org.scorecards.methodology.Pillar;
import org.scorecards.methodology.Robustness;

/**
 * How far the ranks of a cycle depend on the choices behind them (OECD/JRC handbook, step 7): a seeded Monte
 * Carlo over the pillar weights and the indicator weights within pillars (Dirichlet around the nominal
 * weights), the bounds (each moved uniformly by up to the methodology's share of its range) and the
 * aggregation of pillars (arithmetic or geometric mean, even odds). Each draw re-scores every rated country
 * from its computed indicator values as the methodology does (answers keep their scores, an indicator not
 * reported keeps the methodology's score for it, insufficient base stays out) and ranks on the one-decimal
 * overall score, ties sharing a rank. Caps change bands, not ranks, so they play no part.
 *
 * <p>Sampling follows Saltelli's radial design, two independent draws A and B per base draw and A with each
 * assumption's values taken from B, so that the same runs give the rank intervals (from A) and the Sobol'
 * indices. Doubles and primitive arrays inside: the published scores stay the exact official figures; the
 * draws only say how far they would move. One generator draws every assumption in a fixed order; the draws are
 * then evaluated in fixed chunks on the common fork-join pool and merged in draw order: the same seed gives the
 * same result on every machine with the same JDK, whatever its number of cores.
 */
public final class RobustnessAnalysis {

	/** The assumption groups of the Sobol' indices, in the order they are published. */
	public static final List<String> ASSUMPTIONS = List.of("pillar weights", "indicator weights", "bounds",
			"aggregation");

	private static final int PILLAR_WEIGHTS = 0;

	private static final int INDICATOR_WEIGHTS = 1;

	private static final int BOUNDS = 2;

	private static final int AGGREGATION = 3;

	/**
	 * Base draws per unit of work. Fixed, so that the order in which sums are added, and with it every last
	 * bit of the result, is the same on one thread or many.
	 */
	private static final int CHUNK = 250;

	/** Base draws sampled ahead of their evaluation: bounds the memory the drawn assumptions take. */
	private static final int WAVE = 16 * CHUNK;

	/** Scores are 0-100: one-decimal keys 0..1000 rank every draw by counting sort. */
	private static final int KEYS = 1001;

	private static final byte EXCLUDED = 0;

	private static final byte FIXED = 1;

	private static final byte LINEAR = 2;

	private final Methodology methodology;

	private final int pillarCount;

	private final int indicatorCount;

	private final int[] pillarOf;

	private final double[] nominalPillarWeights;

	private final double[] nominalIndicatorWeights;

	private final double[] nominalWorst;

	private final double[] nominalBest;

	public RobustnessAnalysis(Methodology methodology) {
		this.methodology = methodology;
		List<Pillar> pillars = methodology.pillars();
		List<Indicator> indicators = methodology.indicators();
		pillarCount = pillars.size();
		indicatorCount = indicators.size();
		pillarOf = new int[indicatorCount];
		nominalPillarWeights = new double[pillarCount];
		nominalIndicatorWeights = new double[indicatorCount];
		nominalWorst = new double[indicatorCount];
		nominalBest = new double[indicatorCount];
		for (int p = 0; p < pillarCount; p++) {
			nominalPillarWeights[p] = pillars.get(p).weight().doubleValue();
		}
		for (int k = 0; k < indicatorCount; k++) {
			Indicator indicator = indicators.get(k);
			pillarOf[k] = pillarIndex(pillars, indicator.pillar());
			nominalIndicatorWeights[k] = indicator.weight().doubleValue();
			if (indicator.measure() != Measure.ANSWER) {
				nominalWorst[k] = indicator.worst().doubleValue();
				nominalBest[k] = indicator.best().doubleValue();
			}
		}
	}

	/** With the draws and seed of the methodology file. */
	public RobustnessResult analyse(List<CountryScore> scores) {
		Robustness settings = methodology.robustness();
		return analyse(scores, settings.draws(), settings.seed());
	}

	/**
	 * @param scores the cycle's scores; only rated countries take part
	 */
	public RobustnessResult analyse(List<CountryScore> scores, int draws, long seed) {
		List<CountryScore> rated = scores.stream()
			.filter(CountryScore::rated)
			.sorted(Comparator.comparing(CountryScore::iso3))
			.toList();
		Cycle cycle = new Cycle(rated);
		int n = rated.size();
		int[] nominalRanks = new int[n];
		cycle.evaluate(nominalDraw(), new double[n], nominalRanks, new Scratch(n));
		Sampler sampler = new Sampler(seed);
		Tally tally = new Tally(n, nominalRanks);
		for (int wave = 0; wave < draws; wave += WAVE) {
			List<Draw[]> chunks = new ArrayList<>();
			for (int from = wave; from < Math.min(draws, wave + WAVE); from += CHUNK) {
				Draw[] chunk = new Draw[2 * Math.min(CHUNK, draws - from)];
				for (int i = 0; i < chunk.length; i++) {
					chunk[i] = new Draw();
					sampler.draw(chunk[i]); // A then B of each base draw, from the one generator in draw order
				}
				chunks.add(chunk);
			}
			// parallel() keeps the encounter order of the reduction: the chunks are merged in draw order
			chunks.parallelStream().map(chunk -> cycle.tally(chunk, nominalRanks)).forEachOrdered(tally::merge);
		}
		return new RobustnessResult(draws, seed,
				intervals(CycleStandings.ranks(methodology, rated), rated, nominalRanks, tally.rankCounts, tally.scoreCounts,
						draws),
				sensitivity(rated, tally.sobol), IndicatorAudit.of(methodology, rated));
	}

	/**
	 * The counts and sums of some draws. Counts are integers and every chunk's sums are merged in draw order, so
	 * the result does not depend on how many threads evaluated the chunks.
	 */
	private static final class Tally {

		final int[][] rankCounts;

		final int[][] scoreCounts;

		final SobolEstimator sobol;

		Tally(int n, int[] nominalRanks) {
			rankCounts = new int[n][n + 1];
			scoreCounts = new int[n][KEYS];
			double[] shift = new double[n + 1]; // the nominal outputs: ranks, and no mean shift
			for (int c = 0; c < n; c++) {
				shift[c] = nominalRanks[c];
			}
			sobol = new SobolEstimator(n + 1, ASSUMPTIONS.size(), shift);
		}

		void merge(Tally other) {
			for (int c = 0; c < rankCounts.length; c++) {
				add(rankCounts[c], other.rankCounts[c]);
				add(scoreCounts[c], other.scoreCounts[c]);
			}
			sobol.merge(other.sobol);
		}

		private static void add(int[] into, int[] counts) {
			for (int i = 0; i < into.length; i++) {
				into[i] += counts[i];
			}
		}
	}

	/** The working arrays of one thread's evaluations. */
	private final class Scratch {

		/** The pillar means of the draw being evaluated. */
		final Pillars pillars;

		final int[] countByKey = new int[KEYS];

		final int[] rankOfKey = new int[KEYS];

		final int[] keys;

		Scratch(int countries) {
			pillars = new Pillars(countries);
			keys = new int[countries];
		}
	}

	/**
	 * The countries' pillar scores under one draw's indicator weights and bounds (country c, pillar p at c x P + p):
	 * the weighted mean of the pillar's counted indicators, and the weight they carry (0 when none counts: the
	 * pillar then carries no weight in the overall score).
	 * Two draws that share those assumptions share these, whatever their pillar weights and aggregation.
	 */
	private final class Pillars {

		final double[] mean;

		final double[] weight;

		Pillars(int countries) {
			mean = new double[countries * pillarCount];
			weight = new double[countries * pillarCount];
		}
	}

	private static List<RankInterval> intervals(Map<String, Integer> official, List<CountryScore> rated,
			int[] nominalRanks, int[][] rankCounts, int[][] scoreCounts, int draws) {
		List<RankInterval> intervals = new ArrayList<>();
		for (int c = 0; c < rated.size(); c++) {
			String iso3 = rated.get(c).iso3();
			intervals.add(new RankInterval(iso3, official.getOrDefault(iso3, nominalRanks[c]),
					percentile(rankCounts[c], 0.5, draws), percentile(rankCounts[c], 0.05, draws),
					percentile(rankCounts[c], 0.95, draws), BigDecimal.valueOf(percentile(scoreCounts[c], 0.05, draws), 1),
					BigDecimal.valueOf(percentile(scoreCounts[c], 0.95, draws), 1)));
		}
		intervals.sort(Comparator.comparingInt(RankInterval::rank).thenComparing(RankInterval::iso3));
		return intervals;
	}

	/** Nearest-rank percentile of a histogram: the smallest value with at least ceil(p x draws) draws at or below. */
	static int percentile(int[] counts, double p, int draws) {
		long target = Math.max(1, (long) Math.ceil(p * draws - 1e-9));
		long seen = 0;
		for (int v = 0; v < counts.length; v++) {
			seen += counts[v];
			if (seen >= target) {
				return v;
			}
		}
		return counts.length - 1;
	}

	/** The cycle's mean rank shift first, then each country's rank in ISO3 order. */
	private static List<SensitivityIndex> sensitivity(List<CountryScore> rated, SobolEstimator sobol) {
		List<SensitivityIndex> indices = new ArrayList<>();
		for (int i = 0; i <= rated.size(); i++) {
			int o = i == 0 ? rated.size() : i - 1;
			String output = i == 0 ? SensitivityIndex.MEAN_RANK_SHIFT : rated.get(o).iso3();
			for (int g = 0; g < ASSUMPTIONS.size(); g++) {
				indices.add(new SensitivityIndex(output, ASSUMPTIONS.get(g), finite(sobol.first(o, g)),
						finite(sobol.total(o, g))));
			}
		}
		return indices;
	}

	private static Double finite(double value) {
		return Double.isFinite(value) ? value : null;
	}

	private static double meanShift(int[] ranks, int[] nominal) {
		long shift = 0;
		for (int c = 0; c < ranks.length; c++) {
			shift += Math.abs(ranks[c] - nominal[c]);
		}
		return ranks.length == 0 ? 0 : (double) shift / ranks.length;
	}

	/**
	 * The one-decimal figure of a drawn score, half up as the official figures are; the tiny offset keeps a
	 * score that is exactly x.x5 in decimal from falling below it in binary.
	 */
	static int key(double score) {
		int key = (int) Math.floor(score * 10 + 0.5 + 1e-9);
		return Math.max(0, Math.min(KEYS - 1, key));
	}

	private Draw nominalDraw() {
		Draw draw = new Draw();
		System.arraycopy(nominalPillarWeights, 0, draw.pillarWeights, 0, pillarCount);
		System.arraycopy(nominalIndicatorWeights, 0, draw.indicatorWeights, 0, indicatorCount);
		System.arraycopy(nominalWorst, 0, draw.worst, 0, indicatorCount);
		System.arraycopy(nominalBest, 0, draw.best, 0, indicatorCount);
		draw.geometric = false;
		return draw;
	}

	private static int pillarIndex(List<Pillar> pillars, String pillar) {
		for (int p = 0; p < pillars.size(); p++) {
			if (pillars.get(p).pillar().equals(pillar)) {
				return p;
			}
		}
		throw new IllegalArgumentException("Indicator of unknown pillar " + pillar);
	}

	/** One set of assumptions: weights, bounds and aggregation. */
	private final class Draw {

		final double[] pillarWeights = new double[pillarCount];

		final double[] indicatorWeights = new double[indicatorCount];

		final double[] worst = new double[indicatorCount];

		final double[] best = new double[indicatorCount];

		boolean geometric;

		/** This draw becomes {@code a} with assumption {@code group} taken from {@code b}. */
		void mix(Draw a, Draw b, int group) {
			System.arraycopy(group == PILLAR_WEIGHTS ? b.pillarWeights : a.pillarWeights, 0, pillarWeights, 0, pillarCount);
			System.arraycopy(group == INDICATOR_WEIGHTS ? b.indicatorWeights : a.indicatorWeights, 0, indicatorWeights, 0,
					indicatorCount);
			System.arraycopy(group == BOUNDS ? b.worst : a.worst, 0, worst, 0, indicatorCount);
			System.arraycopy(group == BOUNDS ? b.best : a.best, 0, best, 0, indicatorCount);
			geometric = group == AGGREGATION ? b.geometric : a.geometric;
		}
	}

	/** Draws assumptions from one seeded generator, always in the same order. */
	private final class Sampler {

		private final RandomGenerator random;

		private final GammaDistribution[] pillarGammas;

		private final GammaDistribution[] indicatorGammas;

		private final double shift;

		Sampler(long seed) {
			random = new Well19937c(seed);
			double concentration = methodology.robustness().weightConcentration().doubleValue();
			shift = methodology.robustness().boundShift().doubleValue();
			double pillarTotal = sum(nominalPillarWeights);
			pillarGammas = new GammaDistribution[pillarCount];
			for (int p = 0; p < pillarCount; p++) {
				pillarGammas[p] = new GammaDistribution(random, concentration * nominalPillarWeights[p] / pillarTotal, 1);
			}
			double[] withinPillar = new double[pillarCount];
			for (int k = 0; k < indicatorCount; k++) {
				withinPillar[pillarOf[k]] += nominalIndicatorWeights[k];
			}
			indicatorGammas = new GammaDistribution[indicatorCount];
			for (int k = 0; k < indicatorCount; k++) {
				indicatorGammas[k] = new GammaDistribution(random,
						concentration * nominalIndicatorWeights[k] / withinPillar[pillarOf[k]], 1);
			}
		}

		/**
		 * Dirichlet weights as normalised Gamma draws (a pillar's indicator weights are normalised within the
		 * pillar by the scoring itself), then the bounds, then the aggregation.
		 */
		void draw(Draw draw) {
			double total = 0;
			for (int p = 0; p < pillarCount; p++) {
				draw.pillarWeights[p] = pillarGammas[p].sample();
				total += draw.pillarWeights[p];
			}
			for (int p = 0; p < pillarCount; p++) {
				draw.pillarWeights[p] /= total;
			}
			for (int k = 0; k < indicatorCount; k++) {
				draw.indicatorWeights[k] = indicatorGammas[k].sample();
			}
			for (int k = 0; k < indicatorCount; k++) {
				double range = nominalBest[k] - nominalWorst[k];
				draw.worst[k] = nominalWorst[k] + shift * range * (2 * random.nextDouble() - 1);
				draw.best[k] = nominalBest[k] + shift * range * (2 * random.nextDouble() - 1);
			}
			draw.geometric = random.nextBoolean();
		}
	}

	private static double sum(double[] values) {
		double total = 0;
		for (double v : values) {
			total += v;
		}
		return total;
	}

	/** The rated countries' indicator values, flat: country c, indicator k at c x K + k. */
	private final class Cycle {

		private final int countries;

		private final byte[] kind;

		private final double[] value;

		Cycle(List<CountryScore> rated) {
			countries = rated.size();
			kind = new byte[countries * indicatorCount];
			value = new double[countries * indicatorCount];
			Map<String, Integer> indexOf = new HashMap<>();
			for (int k = 0; k < indicatorCount; k++) {
				indexOf.put(methodology.indicators().get(k).code(), k);
			}
			for (int c = 0; c < countries; c++) {
				for (IndicatorResult result : rated.get(c).indicators()) {
					Integer k = indexOf.get(result.code());
					if (k == null || !result.counted()) {
						continue; // insufficient base, or not reported where the methodology leaves it out
					}
					int at = c * indicatorCount + k;
					boolean linear = result.status() == IndicatorStatus.SCORED && result.value() != null
							&& methodology.indicators().get(k).measure() != Measure.ANSWER;
					kind[at] = linear ? LINEAR : FIXED;
					value[at] = linear ? result.value().doubleValue() : result.score().doubleValue();
				}
			}
		}

		/** The A and B draws of some base draws (A, B, A, B, ...): their rank and score counts and Sobol' sums. */
		Tally tally(Draw[] draws, int[] nominalRanks) {
			int n = countries;
			Tally tally = new Tally(n, nominalRanks);
			Scratch scratch = new Scratch(n);
			Draw ab = new Draw();
			double[] overall = new double[n];
			int[] ranksA = new int[n];
			int[] ranksB = new int[n];
			int[][] ranksAB = new int[ASSUMPTIONS.size()][n];
			double[] outputsAB = new double[ASSUMPTIONS.size()];
			Pillars pillarsA = new Pillars(n);
			for (int d = 0; d < draws.length; d += 2) {
				Draw a = draws[d];
				Draw b = draws[d + 1];
				pillarMeans(a, pillarsA);
				aggregate(a, pillarsA, overall, ranksA, scratch);
				for (int c = 0; c < n; c++) {
					tally.rankCounts[c][ranksA[c]]++;
					tally.scoreCounts[c][key(overall[c])]++;
				}
				evaluate(b, overall, ranksB, scratch);
				for (int g = 0; g < ASSUMPTIONS.size(); g++) {
					ab.mix(a, b, g);
					if (g == PILLAR_WEIGHTS || g == AGGREGATION) {
						// A's indicator weights and bounds: A's pillar means, only weighed or combined otherwise
						aggregate(ab, pillarsA, overall, ranksAB[g], scratch);
					}
					else {
						evaluate(ab, overall, ranksAB[g], scratch);
					}
				}
				for (int c = 0; c < n; c++) {
					for (int g = 0; g < outputsAB.length; g++) {
						outputsAB[g] = ranksAB[g][c];
					}
					tally.sobol.add(c, ranksA[c], ranksB[c], outputsAB);
				}
				for (int g = 0; g < outputsAB.length; g++) {
					outputsAB[g] = meanShift(ranksAB[g], nominalRanks);
				}
				tally.sobol.add(n, meanShift(ranksA, nominalRanks), meanShift(ranksB, nominalRanks), outputsAB);
				tally.sobol.next();
			}
			return tally;
		}

		/** Scores every country under the draw and ranks them (competition ranking on the one-decimal figure). */
		void evaluate(Draw draw, double[] overall, int[] ranks, Scratch scratch) {
			pillarMeans(draw, scratch.pillars);
			aggregate(draw, scratch.pillars, overall, ranks, scratch);
		}

		/** Each country's pillar scores under the draw's indicator weights and bounds. */
		void pillarMeans(Draw draw, Pillars into) {
			double[] means = into.mean;
			double[] pillarWeight = into.weight;
			int indicators = indicatorCount;
			int pillars = pillarCount;
			byte[] kind = this.kind;
			double[] value = this.value;
			int[] pillarOf = RobustnessAnalysis.this.pillarOf;
			double[] worst = draw.worst;
			double[] best = draw.best;
			double[] weights = draw.indicatorWeights;
			for (int c = 0; c < countries; c++) {
				int pillarBase = c * pillars;
				for (int p = 0; p < pillars; p++) {
					means[pillarBase + p] = 0; // the sums, then the means
					pillarWeight[pillarBase + p] = 0;
				}
				int base = c * indicators;
				for (int k = 0; k < indicators; k++) {
					byte how = kind[base + k];
					if (how == EXCLUDED) {
						continue;
					}
					double score = how == FIXED ? value[base + k] : linear(value[base + k], worst[k], best[k]);
					double weight = weights[k];
					means[pillarBase + pillarOf[k]] += weight * score;
					pillarWeight[pillarBase + pillarOf[k]] += weight;
				}
				for (int p = 0; p < pillars; p++) {
					if (pillarWeight[pillarBase + p] != 0) {
						means[pillarBase + p] /= pillarWeight[pillarBase + p];
					}
				}
			}
		}

		/** Combines the pillar means under the draw's pillar weights and aggregation, and ranks the countries. */
		void aggregate(Draw draw, Pillars pillars, double[] overall, int[] ranks, Scratch scratch) {
			int[] countByKey = scratch.countByKey;
			int[] rankOfKey = scratch.rankOfKey;
			int[] keys = scratch.keys;
			Arrays.fill(countByKey, 0);
			for (int c = 0; c < countries; c++) {
				double total = 0;
				double weights = 0;
				boolean zero = false;
				for (int p = 0; p < pillarCount; p++) {
					int at = c * pillarCount + p;
					if (pillars.weight[at] == 0) {
						continue; // no indicator of the pillar counts: as the scoring does, it carries no weight
					}
					double pillar = pillars.mean[at];
					double weight = draw.pillarWeights[p];
					zero |= pillar <= 0;
					total += draw.geometric ? (pillar <= 0 ? 0 : weight * Math.log(pillar)) : weight * pillar;
					weights += weight;
				}
				double score = weights == 0 ? 0 : total / weights;
				// a pillar at 0 makes the geometric mean 0: no compensation is the point of that aggregation
				overall[c] = !draw.geometric ? score : zero ? 0 : Math.exp(score);
				keys[c] = key(overall[c]);
				countByKey[keys[c]]++;
			}
			int better = 0;
			for (int key = KEYS - 1; key >= 0; key--) {
				rankOfKey[key] = better + 1;
				better += countByKey[key];
			}
			for (int c = 0; c < countries; c++) {
				ranks[c] = rankOfKey[keys[c]];
			}
		}
	}

	private static double linear(double value, double worst, double best) {
		double score = (value - worst) * 100 / (best - worst);
		return score < 0 ? 0 : score > 100 ? 100 : score;
	}
}
