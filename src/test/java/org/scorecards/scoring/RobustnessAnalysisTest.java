package org.scorecards.scoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ForkJoinPool;

import org.junit.jupiter.api.Test;

import org.scorecards.methodology.Indicator;
import org.scorecards.methodology.Methodology;
import org.scorecards.methodology.MethodologyLoader;

import static org.assertj.core.api.Assertions.assertThat;

class RobustnessAnalysisTest {

	private final Methodology methodology = MethodologyLoader.bundled();

	private final CountryScorer scorer = new CountryScorer(methodology);

	private final RobustnessAnalysis analysis = new RobustnessAnalysis(methodology);

	/** Every indicator of each pillar at that pillar's score (0, 50 or 100). */
	private CountryScore country(String iso3, int prevention, int protection, int prosecution, int partnership) {
		Map<String, Integer> byPillar = Map.of("prevention", prevention, "protection", protection, "prosecution",
				prosecution, "partnership", partnership);
		Map<String, Evidence> evidence = new java.util.HashMap<>();
		for (Indicator indicator : methodology.indicators()) {
			evidence.put(indicator.code(), ScoringFixtures.at(indicator, byPillar.get(indicator.pillar())));
		}
		return scorer.score(iso3, 2025, evidence);
	}

	/**
	 * Every indicator of each pillar at that pillar's score, as scores that no bound can move (answers, or
	 * values the methodology scores without bounds): only weights and aggregation act on them.
	 */
	private CountryScore fixed(String iso3, int prevention, int protection, int prosecution, int partnership) {
		Map<String, Integer> byPillar = Map.of("prevention", prevention, "protection", protection, "prosecution",
				prosecution, "partnership", partnership);
		List<IndicatorResult> results = new ArrayList<>();
		for (Indicator indicator : methodology.indicators()) {
			java.math.BigDecimal score = java.math.BigDecimal.valueOf(byPillar.get(indicator.pillar()));
			results.add(new IndicatorResult(indicator.code(), indicator.pillar(), IndicatorStatus.SCORED, null, null, null,
					null, score, indicator.weight(), null, false));
		}
		java.math.BigDecimal overall = java.math.BigDecimal.valueOf(prevention + protection + prosecution + partnership)
			.divide(java.math.BigDecimal.valueOf(4));
		return new CountryScore(iso3, 2025, CountryStatus.RATED, results, List.of(), overall, "C", "C", null, List.of(),
				null);
	}

	@Test
	void countriesFarApartKeepTheirRanksInEveryDraw() {
		List<CountryScore> cycle = List.of(country("XAA", 100, 100, 100, 100), country("XAB", 0, 0, 0, 0));

		RobustnessResult result = analysis.analyse(cycle, 2_000, 7);

		RankInterval top = result.interval("XAA").orElseThrow();
		RankInterval bottom = result.interval("XAB").orElseThrow();
		assertThat(List.of(top.rank(), top.medianRank(), top.rankP05(), top.rankP95())).containsOnly(1);
		assertThat(List.of(bottom.rank(), bottom.medianRank(), bottom.rankP05(), bottom.rankP95())).containsOnly(2);
		assertThat(top.width()).isZero();
		assertThat(bottom.width()).isZero();
		// moving the bounds moves the scores, not the ranks
		assertThat(top.scoreP95()).isLessThanOrEqualTo(new java.math.BigDecimal("100.0"));
		assertThat(top.scoreP05()).isLessThan(top.scoreP95());
	}

	@Test
	void tiedCountriesWithOppositeStrengthsBothCoverBothRanks() {
		// 62.5 each: one strong in prevention, the other in partnership; the pillar weights decide
		List<CountryScore> cycle = List.of(fixed("XAA", 100, 50, 50, 50), fixed("XAB", 50, 50, 50, 100),
				fixed("XAC", 0, 0, 0, 0));
		assertThat(cycle.get(0).overall()).isEqualByComparingTo(cycle.get(1).overall());

		RobustnessResult result = analysis.analyse(cycle, 2_000, 7);

		for (String iso3 : List.of("XAA", "XAB")) {
			RankInterval interval = result.interval(iso3).orElseThrow();
			assertThat(interval.rank()).isEqualTo(1);
			assertThat(interval.rankP05()).isEqualTo(1);
			assertThat(interval.rankP95()).isEqualTo(2);
		}
		assertThat(result.interval("XAC").orElseThrow().width()).isZero();
	}

	@Test
	void assumptionsThatCannotMoveARankGetNoShareOfItsVariance() {
		// within each pillar every indicator scores the same and no bound acts: only pillar weights and the
		// aggregation can move these ranks
		List<CountryScore> cycle = List.of(fixed("XAA", 100, 50, 50, 50), fixed("XAB", 50, 50, 50, 100),
				fixed("XAC", 0, 0, 0, 0));

		RobustnessResult result = analysis.analyse(cycle, 4_000, 11);

		assertThat(index(result, "XAA", "indicator weights").total()).isZero();
		assertThat(index(result, "XAA", "bounds").total()).isZero();
		SensitivityIndex pillarWeights = index(result, "XAA", "pillar weights");
		assertThat(pillarWeights.total()).isGreaterThan(0.5);
		assertThat(index(result, "XAC", "pillar weights").total()).isNull(); // its rank never moves
		assertThat(result.sensitivity().get(0).output()).isEqualTo(SensitivityIndex.MEAN_RANK_SHIFT);
	}

	@Test
	void theSameSeedGivesTheSameResultAndAnotherSeedAnother() {
		List<CountryScore> cycle = new ArrayList<>();
		int[] levels = { 0, 50, 100 };
		int i = 0;
		for (int a : levels) {
			for (int b : levels) {
				cycle.add(country(String.format("X%02d", i++).replace("X0", "XA").replace("X1", "XB"), a, b, 50, 100 - a));
			}
		}

		RobustnessResult first = analysis.analyse(cycle, 500, 2025);
		RobustnessResult again = analysis.analyse(cycle, 500, 2025);
		RobustnessResult other = analysis.analyse(cycle, 500, 2026);

		assertThat(again).isEqualTo(first);
		assertThat(other.sensitivity()).isNotEqualTo(first.sensitivity());
	}

	@Test
	void theResultIsTheSameOnOneThreadAsOnMany() throws Exception {
		List<CountryScore> cycle = new ArrayList<>();
		for (int i = 0; i < 12; i++) {
			cycle.add(country(String.format("XA%c", 'A' + i), 10 * i, 100 - 7 * i, 50, 5 * i));
		}
		ForkJoinPool one = new ForkJoinPool(1);
		ForkJoinPool four = new ForkJoinPool(4);
		try {
			// more draws than one chunk, and a last chunk cut short
			RobustnessResult single = one.submit(() -> analysis.analyse(cycle, 1_234, 2025)).get();
			RobustnessResult many = four.submit(() -> analysis.analyse(cycle, 1_234, 2025)).get();

			assertThat(many).isEqualTo(single);
			assertThat(single.draws()).isEqualTo(1_234);
		}
		finally {
			one.shutdown();
			four.shutdown();
		}
	}

	@Test
	void percentilesAreNearestRankOverTheDraws() {
		int[] counts = new int[5];
		counts[1] = 5; // ranks 1 x5, 2 x90, 4 x5 over 100 draws
		counts[2] = 90;
		counts[4] = 5;
		assertThat(RobustnessAnalysis.percentile(counts, 0.05, 100)).isEqualTo(1);
		assertThat(RobustnessAnalysis.percentile(counts, 0.5, 100)).isEqualTo(2);
		assertThat(RobustnessAnalysis.percentile(counts, 0.95, 100)).isEqualTo(2);
		counts[4] = 6;
		assertThat(RobustnessAnalysis.percentile(counts, 0.95, 101)).isEqualTo(4);
	}

	@Test
	void drawnScoresRoundHalfUpToOneDecimalAsTheOfficialFigures() {
		assertThat(RobustnessAnalysis.key(72.35)).isEqualTo(724);
		assertThat(RobustnessAnalysis.key(72.3499)).isEqualTo(723);
		assertThat(RobustnessAnalysis.key(100)).isEqualTo(1000);
	}

	private static SensitivityIndex index(RobustnessResult result, String output, String assumption) {
		return result.sensitivity().stream()
			.filter(s -> s.output().equals(output) && s.assumption().equals(assumption))
			.findFirst()
			.orElseThrow();
	}
}
