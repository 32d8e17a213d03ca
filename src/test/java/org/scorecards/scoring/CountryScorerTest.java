package org.scorecards.scoring;

import java.math.BigDecimal;
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

	/** Methodology v1, still selectable: what was not reported leaves its pillar, and low coverage withholds. */
	@Nested
	class UnderV1 {

		private final Methodology v1 = MethodologyLoader.bundled("v1");

		@Test
		void coverageBelowSixtyPercentMeansInsufficientDataAndNoOverallRating() {
			Map<String, Evidence> evidence = ScoringFixtures.everyIndicatorAt(v1, 100);
			// partnership has 6 indicators: 3 missing leaves 3/6 = 50 % coverage
			evidence.remove("PA.1");
			evidence.remove("PA.2");
			evidence.remove("PA.3");
			CountryScore score = new CountryScorer(v1).score("XAA", 2025, evidence);
			PillarResult partnership = score.pillar("partnership").orElseThrow();
			assertThat(partnership.coverage()).isEqualByComparingTo("0.5");
			assertThat(partnership.rated()).isFalse();
			assertThat(partnership.status()).isEqualTo(PillarStatus.INSUFFICIENT_DATA);
			// No published score for a withheld pillar: every output then tells the same story.
			assertThat(partnership.score()).isNull();
			assertThat(score.status()).isEqualTo(CountryStatus.NOT_RATED);
			assertThat(score.overall()).isNull();
			assertThat(score.band()).isNull();
			assertThat(score.reason()).contains("partnership");
		}

		@Test
		void insufficientBaseCountsAsUncoveredWeight() {
			Map<String, Evidence> evidence = ScoringFixtures.everyIndicatorAt(v1, 100);
			evidence.put("PT.2", Evidence.ratio(BigDecimal.ONE, BigDecimal.valueOf(2), false));
			CountryScore score = new CountryScorer(v1).score("XAA", 2025, evidence);
			// protection has 7 indicators, 6 scored
			assertThat(score.pillar("protection").orElseThrow().coverage().doubleValue()).isEqualTo(6.0 / 7,
					org.assertj.core.data.Offset.offset(1e-12));
		}

		@Test
		void aBlankCriticalCellLiftsTheRatingWhichIsWhyV2Exists() {
			Map<String, Evidence> evidence = ScoringFixtures.everyIndicatorAt(v1, 100);
			evidence.put("PR.1", Evidence.answer("no", false));
			assertThat(new CountryScorer(v1).score("XAA", 2025, evidence).band()).isEqualTo("D");
			evidence.remove("PR.1");
			assertThat(new CountryScorer(v1).score("XAA", 2025, evidence).band()).isEqualTo("A");
		}
	}

	/** Methodology v2 worked by hand: withholding never pays. */
	@Nested
	class UnderV2 {

		@Test
		void notReportedScoresZeroAndKeepsItsWeight() {
			Map<String, Evidence> evidence = ScoringFixtures.everyIndicatorAt(methodology, 100);
			evidence.remove("PV.4");
			CountryScore score = scorer.score("XAA", 2025, evidence);
			PillarResult prevention = score.pillar("prevention").orElseThrow();
			// (100 + 100 + 100 + 0 + 100) / 5 = 80; 4 of 5 weights reported
			assertThat(prevention.score()).isEqualByComparingTo("80");
			assertThat(prevention.coverage()).isEqualByComparingTo("0.8");
			assertThat(score.indicator("PV.4").orElseThrow().score()).isEqualByComparingTo("0");
			// its contribution is 0 of the pillar's 80; PV.1 carries 100 / 5 = 20
			assertThat(score.indicator("PV.4").orElseThrow().contribution()).isEqualByComparingTo("0");
			assertThat(score.indicator("PV.1").orElseThrow().contribution()).isEqualByComparingTo("20");
			// (80 + 100 + 100 + 100) / 4 = 95
			assertThat(score.overall()).isEqualByComparingTo("95");
			assertThat(score.status()).isEqualTo(CountryStatus.RATED);
		}

		@Test
		void insufficientBaseIsTheOnlyExclusionAndCountsAsReported() {
			Map<String, Evidence> evidence = ScoringFixtures.everyIndicatorAt(methodology, 100);
			evidence.put("PT.2", Evidence.ratio(BigDecimal.ONE, BigDecimal.valueOf(2), false));
			evidence.remove("PT.6");
			CountryScore score = scorer.score("XAA", 2025, evidence);
			PillarResult protection = score.pillar("protection").orElseThrow();
			// PT.2 leaves the pillar, PT.6 scores 0: (5 x 100 + 0) / 6 = 83.3333...; 6 of 7 weights reported
			assertThat(protection.score().setScale(4, java.math.RoundingMode.HALF_UP)).isEqualByComparingTo("83.3333");
			assertThat(protection.coverage().doubleValue()).isEqualTo(6.0 / 7, org.assertj.core.data.Offset.offset(1e-12));
			assertThat(score.indicator("PT.2").orElseThrow().score()).isNull();
		}

		@Test
		void aCriticalIndicatorNotReportedCapsAsIfAnsweredNo() {
			Map<String, Evidence> evidence = ScoringFixtures.everyIndicatorAt(methodology, 100);
			evidence.remove("PR.1");
			CountryScore score = scorer.score("XAA", 2025, evidence);
			// prosecution (0 + 5 x 100) / 6 = 83.33; overall (100 + 100 + 83.33 + 100) / 4 = 95.83 -> A, capped to D
			assertThat(OfficialFigure.of(score.overall())).isEqualByComparingTo("95.8333");
			assertThat(score.bandBeforeCap()).isEqualTo("A");
			assertThat(score.band()).isEqualTo("D");
			assertThat(score.cap().indicator()).isEqualTo("PR.1");
			assertThat(score.triggeredCaps()).extracting(c -> c.indicator()).containsExactly("PR.1");
		}

		@Test
		void blankingACriticalNoChangesNothing() {
			Map<String, Evidence> evidence = ScoringFixtures.everyIndicatorAt(methodology, 100);
			evidence.put("PR.1", Evidence.answer("no", false));
			CountryScore answered = scorer.score("XAA", 2025, evidence);
			evidence.remove("PR.1");
			CountryScore blank = scorer.score("XAA", 2025, evidence);
			assertThat(blank.overall()).isEqualByComparingTo(answered.overall());
			assertThat(blank.band()).isEqualTo(answered.band()).isEqualTo("D");
		}

		@Test
		void aTriggeredCapAboveTheEarnedBandIsNamedButDoesNotBind() {
			Map<String, Evidence> evidence = ScoringFixtures.everyIndicatorAt(methodology, 0);
			evidence.put("PT.4", Evidence.answer("no", false));
			CountryScore score = scorer.score("XAA", 2025, evidence);
			assertThat(score.band()).isEqualTo("E");
			assertThat(score.cap()).isNull();
			// PR.1 answered No (score 0) triggers its cap as well; neither binds below E
			assertThat(score.triggeredCaps()).extracting(c -> c.indicator()).containsExactly("PR.1", "PT.4");
		}

		@Test
		void lowCoverageIsRatedAndFlagged() {
			Map<String, Evidence> evidence = ScoringFixtures.everyIndicatorAt(methodology, 100);
			// partnership has 6 indicators: 3 missing leaves 3/6 = 50 % coverage and (3 x 100 + 3 x 0) / 6 = 50
			evidence.remove("PA.1");
			evidence.remove("PA.2");
			evidence.remove("PA.3");
			CountryScore score = scorer.score("XAA", 2025, evidence);
			PillarResult partnership = score.pillar("partnership").orElseThrow();
			assertThat(partnership.coverage()).isEqualByComparingTo("0.5");
			assertThat(partnership.status()).isEqualTo(PillarStatus.LOW_COVERAGE);
			assertThat(partnership.score()).isEqualByComparingTo("50");
			// (100 + 100 + 100 + 50) / 4 = 87.5 -> A, marked low coverage
			assertThat(score.overall()).isEqualByComparingTo("87.5");
			assertThat(score.band()).isEqualTo("A");
			assertThat(score.status()).isEqualTo(CountryStatus.LOW_COVERAGE);
			assertThat(score.status().code()).isEqualTo("low_coverage");
			assertThat(score.rated()).isTrue();
		}

		/**
		 * Protection: PT.4 Yes (100) and PT.1 at 3.99986 per 100k (39.9986), the five others 0: 139.9986 / 7 =
		 * 19.9998. Overall (100 + 19.9998 + 100 + 100) / 4 = 79.99995 exactly: the official figure 80.0000 is
		 * band A. One victim-hundredth fewer gives 79.99994642..., officially 79.9999: band B.
		 */
		@Test
		void theBandIsReadFromTheOfficialFigure() {
			assertThat(bandWithPt1("3.99986")).isEqualTo("80.0000 A");
			assertThat(bandWithPt1("3.99985")).isEqualTo("79.9999 B");
		}

		private String bandWithPt1(String perHundredThousand) {
			Map<String, Evidence> evidence = ScoringFixtures.everyIndicatorAt(methodology, 100);
			for (String zero : new String[] { "PT.2", "PT.3", "PT.5", "PT.6", "PT.7" }) {
				evidence.put(zero, ScoringFixtures.at(methodology.indicator(zero).orElseThrow(), 0));
			}
			evidence.put("PT.1", Evidence.ratio(new BigDecimal(perHundredThousand), new BigDecimal("100000"), false));
			CountryScore score = scorer.score("XAA", 2025, evidence);
			return OfficialFigure.of(score.overall()).toPlainString() + " " + score.band();
		}
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
