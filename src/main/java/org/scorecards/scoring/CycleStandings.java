package org.scorecards.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.scorecards.methodology.Methodology;
import org.scorecards.methodology.Pillar;

/**
 * What depends on the whole cycle: ranks among rated countries, regional averages over rated countries, and
 * trends against the previous year's scores under the same methodology.
 *
 * @param standings iso3 to the country's standing
 * @param regionalAverages region to (pillar key or {@code overall}) to average
 */
public record CycleStandings(Map<String, Standing> standings, Map<String, Map<String, BigDecimal>> regionalAverages) {

	/**
	 * @param current every country's score for the year
	 * @param previous last year's scores by iso3 (absent when there is none)
	 * @param regionOf iso3 to region
	 */
	public static CycleStandings compute(Methodology methodology, List<CountryScore> current,
			Map<String, CountryScore> previous, Map<String, String> regionOf) {
		List<CountryScore> rated = current.stream().filter(CountryScore::rated).toList();
		Map<String, Integer> ranks = ranks(methodology, rated);
		Map<String, Map<String, BigDecimal>> averages = regionalAverages(methodology, rated, regionOf);
		Map<String, Standing> standings = new LinkedHashMap<>();
		for (CountryScore score : current) {
			CountryScore before = previous.get(score.iso3());
			Map<String, Trend> pillarTrends = new LinkedHashMap<>();
			for (Pillar pillar : methodology.pillars()) {
				BigDecimal now = ratedPillar(score, pillar.pillar());
				BigDecimal then = before == null ? null : ratedPillar(before, pillar.pillar());
				if (now != null && then != null) {
					pillarTrends.put(pillar.pillar(), trend(methodology, now, then));
				}
			}
			Trend overallTrend = score.rated() && before != null && before.rated()
					? trend(methodology, score.overall(), before.overall()) : null;
			standings.put(score.iso3(), new Standing(ranks.get(score.iso3()), rated.size(), overallTrend, pillarTrends,
					averages.getOrDefault(regionOf.get(score.iso3()), Map.of())));
		}
		return new CycleStandings(standings, averages);
	}

	/** The same standings with each analysed country's rank interval. */
	public CycleStandings withIntervals(RobustnessResult robustness) {
		Map<String, RankInterval> intervals = robustness.byCountry();
		Map<String, Standing> with = new LinkedHashMap<>();
		standings.forEach((iso3, standing) -> with.put(iso3, standing.withInterval(intervals.get(iso3))));
		return new CycleStandings(with, regionalAverages);
	}

	/**
	 * Competition ranking (1, 2, 2, 4) on the overall score as published, rounded to the methodology's rank
	 * precision, so that a reader can check every rank against the printed scores.
	 */
	static Map<String, Integer> ranks(Methodology methodology, List<CountryScore> rated) {
		Comparator<CountryScore> byScore = Comparator.comparing(s -> published(methodology, s));
		List<CountryScore> ordered = new ArrayList<>(rated);
		ordered.sort(byScore.reversed().thenComparing(CountryScore::iso3));
		Map<String, Integer> ranks = new HashMap<>();
		for (int i = 0; i < ordered.size(); i++) {
			boolean tied = i > 0 && published(methodology, ordered.get(i)).compareTo(published(methodology, ordered.get(i - 1))) == 0;
			ranks.put(ordered.get(i).iso3(), tied ? ranks.get(ordered.get(i - 1).iso3()) : i + 1);
		}
		return ranks;
	}

	private static BigDecimal published(Methodology methodology, CountryScore score) {
		return OfficialFigure.rounded(score.overall(), methodology.rankPrecision());
	}

	private static Map<String, Map<String, BigDecimal>> regionalAverages(Methodology methodology,
			List<CountryScore> rated, Map<String, String> regionOf) {
		Map<String, List<CountryScore>> byRegion = new TreeMap<>();
		rated.forEach(s -> byRegion.computeIfAbsent(regionOf.get(s.iso3()), r -> new ArrayList<>()).add(s));
		Map<String, Map<String, BigDecimal>> averages = new TreeMap<>();
		byRegion.forEach((region, scores) -> {
			Map<String, BigDecimal> average = new LinkedHashMap<>();
			for (Pillar pillar : methodology.pillars()) {
				average.put(pillar.pillar(), mean(scores.stream().map(s -> s.pillar(pillar.pillar()).orElseThrow().score()).toList()));
			}
			average.put(Standing.OVERALL, mean(scores.stream().map(CountryScore::overall).toList()));
			averages.put(region, average);
		});
		return averages;
	}

	private static BigDecimal mean(List<BigDecimal> values) {
		return Decimals.divide(values.stream().reduce(BigDecimal.ZERO, BigDecimal::add), BigDecimal.valueOf(values.size()));
	}

	private static BigDecimal ratedPillar(CountryScore score, String pillar) {
		return score.pillar(pillar).filter(PillarResult::rated).map(PillarResult::score).orElse(null);
	}

	/** The change of the official figures, so that a reader re-computes it from the two published scores. */
	static Trend trend(Methodology methodology, BigDecimal now, BigDecimal then) {
		BigDecimal change = OfficialFigure.of(now).subtract(OfficialFigure.of(then));
		BigDecimal threshold = methodology.trendThreshold();
		String direction = change.compareTo(threshold) >= 0 ? "up"
				: change.compareTo(threshold.negate()) <= 0 ? "down" : "steady";
		return new Trend(direction, change);
	}
}
