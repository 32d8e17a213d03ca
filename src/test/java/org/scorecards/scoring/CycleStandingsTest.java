package org.scorecards.scoring;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.scorecards.methodology.Methodology;
import org.scorecards.methodology.MethodologyLoader;

import static org.assertj.core.api.Assertions.assertThat;

class CycleStandingsTest {

	private final Methodology methodology = MethodologyLoader.bundled();

	private static CountryScore rated(String iso3, String overall, String pillars) {
		BigDecimal p = new BigDecimal(pillars);
		List<PillarResult> results = List.of(new PillarResult("prevention", p, BigDecimal.ONE, PillarStatus.RATED),
				new PillarResult("protection", p, BigDecimal.ONE, PillarStatus.RATED),
				new PillarResult("prosecution", p, BigDecimal.ONE, PillarStatus.RATED),
				new PillarResult("partnership", p, BigDecimal.ONE, PillarStatus.RATED));
		return new CountryScore(iso3, 2025, CountryStatus.RATED, List.of(), results, new BigDecimal(overall), "B", "B",
				null, List.of(), null);
	}

	@Test
	void tiesOnThePublishedScoreShareARankAndTheNextRankSkips() {
		List<CountryScore> scores = List.of(rated("XAA", "70.04", "70"), rated("XAB", "69.96", "70"),
				rated("XAC", "80", "80"), rated("XAD", "50", "50"),
				CountryScore.blocked("XAE", 2025, "workbook missing"));
		CycleStandings cycle = CycleStandings.compute(methodology, scores, Map.of(),
				Map.of("XAA", "North", "XAB", "North", "XAC", "South", "XAD", "South", "XAE", "South"));
		// both print as 70.0: rank 2 shared, then 4
		assertThat(cycle.standings().get("XAC").rank()).isEqualTo(1);
		assertThat(cycle.standings().get("XAA").rank()).isEqualTo(2);
		assertThat(cycle.standings().get("XAB").rank()).isEqualTo(2);
		assertThat(cycle.standings().get("XAD").rank()).isEqualTo(4);
		assertThat(cycle.standings().get("XAE").rank()).isNull();
		assertThat(cycle.standings().get("XAA").ratedCount()).isEqualTo(4);
	}

	@Test
	void regionalAveragesCoverRatedCountriesOnly() {
		List<CountryScore> scores = List.of(rated("XAA", "70", "70"), rated("XAB", "60", "60"),
				CountryScore.blocked("XAC", 2025, "blocked"));
		CycleStandings cycle = CycleStandings.compute(methodology, scores, Map.of(),
				Map.of("XAA", "North", "XAB", "North", "XAC", "North"));
		assertThat(cycle.regionalAverages().get("North").get("overall")).isEqualByComparingTo("65");
		assertThat(cycle.regionalAverages().get("North").get("protection")).isEqualByComparingTo("65");
		assertThat(cycle.standings().get("XAC").regionalAverages().get("overall")).isEqualByComparingTo("65");
	}

	@Test
	void trendIsUpFromPlusThreeDownFromMinusThreeElseSteady() {
		assertThat(CycleStandings.trend(methodology, new BigDecimal("63"), new BigDecimal("60")).direction()).isEqualTo("up");
		assertThat(CycleStandings.trend(methodology, new BigDecimal("62.99"), new BigDecimal("60")).direction()).isEqualTo("steady");
		assertThat(CycleStandings.trend(methodology, new BigDecimal("57.01"), new BigDecimal("60")).direction()).isEqualTo("steady");
		assertThat(CycleStandings.trend(methodology, new BigDecimal("57"), new BigDecimal("60")).direction()).isEqualTo("down");
	}

	@Test
	void trendComparesWithLastYearWhenBothYearsAreRated() {
		CycleStandings cycle = CycleStandings.compute(methodology, List.of(rated("XAA", "70", "70"), rated("XAB", "70", "70")),
				Map.of("XAA", rated("XAA", "65", "72"), "XAB", CountryScore.blocked("XAB", 2024, "late")),
				Map.of("XAA", "North", "XAB", "North"));
		Standing standing = cycle.standings().get("XAA");
		assertThat(standing.overallTrend().direction()).isEqualTo("up");
		assertThat(standing.overallTrend().change()).isEqualByComparingTo("5");
		assertThat(standing.pillarTrends().get("prevention").direction()).isEqualTo("steady");
		assertThat(cycle.standings().get("XAB").overallTrend()).isNull();
	}
}
