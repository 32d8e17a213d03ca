package org.scorecards.scoring;

import java.util.Map;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.scorecards.methodology.Methodology;
import org.scorecards.methodology.MethodologyLoader;

import static org.assertj.core.api.Assertions.assertThat;

class CountryScorerTest {

	private final Methodology methodology = MethodologyLoader.bundled();

	private final CountryScorer scorer = new CountryScorer(methodology);

	@Test
	void pillarIsTheMeanOfItsScoredIndicatorsAndOverallTheMeanOfPillars() {
		Map<String, Evidence> evidence = ScoringFixtures.everyIndicatorAt(methodology, 50);
		// prevention: PV.1 yes (100), PV.2..PV.5 at 50 -> (100 + 4 x 50) / 5 = 60
		evidence.put("PV.1", Evidence.answer("yes", false));
		CountryScore score = scorer.score("XAA", 2025, evidence);
		assertThat(score.pillar("prevention").orElseThrow().score()).isEqualByComparingTo("60");
		assertThat(score.pillar("protection").orElseThrow().score()).isEqualByComparingTo("50");
		// (60 + 50 + 50 + 50) / 4 = 52.5 -> band C
		assertThat(score.overall()).isEqualByComparingTo("52.5");
		assertThat(score.band()).isEqualTo("C");
		assertThat(score.status()).isEqualTo(CountryStatus.RATED);
	}

	@Test
	void contributionIsTheIndicatorsShareOfThePillarScore() {
		Map<String, Evidence> evidence = ScoringFixtures.everyIndicatorAt(methodology, 50);
		evidence.put("PV.1", Evidence.answer("yes", false));
		CountryScore score = scorer.score("XAA", 2025, evidence);
		// PV.1 weight 1 x 100 / 5 scored weights = 20 of the pillar's 60
		assertThat(score.indicator("PV.1").orElseThrow().contribution()).isEqualByComparingTo("20");
	}

	@Test
	void coverageOfSixtyPercentStillRatesThePillar() {
		Map<String, Evidence> evidence = ScoringFixtures.everyIndicatorAt(methodology, 100);
		evidence.remove("PV.4");
		evidence.remove("PV.5");
		CountryScore score = scorer.score("XAA", 2025, evidence);
		PillarResult prevention = score.pillar("prevention").orElseThrow();
		assertThat(prevention.coverage()).isEqualByComparingTo("0.6");
		assertThat(prevention.rated()).isTrue();
		assertThat(score.status()).isEqualTo(CountryStatus.RATED);
	}

	@Test
	void coverageBelowSixtyPercentMeansInsufficientDataAndNoOverallRating() {
		Map<String, Evidence> evidence = ScoringFixtures.everyIndicatorAt(methodology, 100);
		// partnership has 6 indicators: 3 missing leaves 3/6 = 50 % coverage
		evidence.remove("PA.1");
		evidence.remove("PA.2");
		evidence.remove("PA.3");
		CountryScore score = scorer.score("XAA", 2025, evidence);
		PillarResult partnership = score.pillar("partnership").orElseThrow();
		assertThat(partnership.coverage()).isEqualByComparingTo("0.5");
		assertThat(partnership.rated()).isFalse();
		assertThat(partnership.score()).isEqualByComparingTo("100");
		assertThat(score.status()).isEqualTo(CountryStatus.NOT_RATED);
		assertThat(score.overall()).isNull();
		assertThat(score.band()).isNull();
		assertThat(score.reason()).contains("partnership");
	}

	@Test
	void insufficientBaseCountsAsUncoveredWeight() {
		Map<String, Evidence> evidence = ScoringFixtures.everyIndicatorAt(methodology, 100);
		evidence.put("PT.2", Evidence.ratio(java.math.BigDecimal.ONE, java.math.BigDecimal.valueOf(2), false));
		CountryScore score = scorer.score("XAA", 2025, evidence);
		// protection has 7 indicators, 6 scored
		assertThat(score.pillar("protection").orElseThrow().coverage().doubleValue()).isEqualTo(6.0 / 7, org.assertj.core.data.Offset.offset(1e-12));
	}

	@Nested
	class Caps {

		@Test
		void criminalisationAnsweredNoCapsTheRatingAtD() {
			Map<String, Evidence> evidence = ScoringFixtures.everyIndicatorAt(methodology, 100);
			evidence.put("PR.1", Evidence.answer("no", false));
			CountryScore score = scorer.score("XAA", 2025, evidence);
			// prosecution (0 + 5 x 100) / 6 = 83.33; overall (100 + 100 + 83.33 + 100) / 4 = 95.83 -> A, capped to D
			assertThat(score.overall().doubleValue()).isEqualTo(95.8333, org.assertj.core.data.Offset.offset(1e-4));
			assertThat(score.bandBeforeCap()).isEqualTo("A");
			assertThat(score.band()).isEqualTo("D");
			assertThat(score.cap().indicator()).isEqualTo("PR.1");
		}

		@Test
		void referralMechanismAnsweredNoCapsTheRatingAtC() {
			Map<String, Evidence> evidence = ScoringFixtures.everyIndicatorAt(methodology, 100);
			evidence.put("PT.4", Evidence.answer("no", false));
			CountryScore score = scorer.score("XAA", 2025, evidence);
			assertThat(score.band()).isEqualTo("C");
			assertThat(score.cap().indicator()).isEqualTo("PT.4");
		}

		@Test
		void bothCapsApplyTheStricterOne() {
			Map<String, Evidence> evidence = ScoringFixtures.everyIndicatorAt(methodology, 100);
			evidence.put("PT.4", Evidence.answer("no", false));
			evidence.put("PR.1", Evidence.answer("no", false));
			assertThat(scorer.score("XAA", 2025, evidence).band()).isEqualTo("D");
		}

		@Test
		void capAboveTheEarnedBandChangesNothing() {
			Map<String, Evidence> evidence = ScoringFixtures.everyIndicatorAt(methodology, 0);
			evidence.put("PT.4", Evidence.answer("no", false));
			CountryScore score = scorer.score("XAA", 2025, evidence);
			assertThat(score.band()).isEqualTo("E");
			assertThat(score.cap()).isNull();
		}
	}

	@Test
	void bandsFollowTheThresholds() {
		assertThat(methodology.bandFor(new java.math.BigDecimal("80")).band()).isEqualTo("A");
		assertThat(methodology.bandFor(new java.math.BigDecimal("79.99")).band()).isEqualTo("B");
		assertThat(methodology.bandFor(new java.math.BigDecimal("65")).band()).isEqualTo("B");
		assertThat(methodology.bandFor(new java.math.BigDecimal("50")).band()).isEqualTo("C");
		assertThat(methodology.bandFor(new java.math.BigDecimal("35")).band()).isEqualTo("D");
		assertThat(methodology.bandFor(new java.math.BigDecimal("34.99")).band()).isEqualTo("E");
	}
}
