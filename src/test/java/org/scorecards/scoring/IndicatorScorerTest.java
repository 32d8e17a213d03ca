package org.scorecards.scoring;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import org.scorecards.methodology.Indicator;
import org.scorecards.methodology.Measure;
import org.scorecards.methodology.Methodology;
import org.scorecards.methodology.MethodologyLoader;
import org.scorecards.methodology.Source;

import static org.assertj.core.api.Assertions.assertThat;

class IndicatorScorerTest {

	private final Methodology methodology = MethodologyLoader.bundled();

	private final IndicatorScorer scorer = new IndicatorScorer(methodology);

	private IndicatorResult score(String code, Evidence evidence) {
		return scorer.score(methodology.indicator(code).orElseThrow(), evidence);
	}

	@Test
	void answersScoreHundredFiftyAndZero() {
		assertThat(score("PV.1", Evidence.answer("yes", false)).score()).isEqualByComparingTo("100");
		assertThat(score("PV.1", Evidence.answer("partial", false)).score()).isEqualByComparingTo("50");
		assertThat(score("PV.1", Evidence.answer("no", false)).score()).isEqualByComparingTo("0");
	}

	@Test
	void numberIsLinearBetweenWorstAndBest() {
		// PV.2: 0..5 campaigns; 3 campaigns = 3/5 of the way = 60
		assertThat(score("PV.2", Evidence.ratio(new BigDecimal("3"), null, false)).score()).isEqualByComparingTo("60");
	}

	@Test
	void numberBeyondBestIsClippedToHundred() {
		assertThat(score("PV.2", Evidence.ratio(new BigDecimal("7"), null, false)).score()).isEqualByComparingTo("100");
	}

	@Test
	void reversedBoundsScoreLowerValuesHigher() {
		Indicator lowerIsBetter = new Indicator("X.1", "prevention", "Backlog", "days", Source.WORKBOOK, Measure.NUMBER,
				null, null, null, null, null, null, null, null, new BigDecimal("10"), BigDecimal.ZERO, null, false, "", "", null);
		// worst 10, best 0: 2.5 is three quarters of the way to best = 75; 12 is beyond worst = 0
		assertThat(scorer.score(lowerIsBetter, Evidence.ratio(new BigDecimal("2.5"), null, false)).score())
			.isEqualByComparingTo("75");
		assertThat(scorer.score(lowerIsBetter, Evidence.ratio(new BigDecimal("12"), null, false)).score())
			.isEqualByComparingTo("0");
	}

	@Test
	void perHundredThousandUsesThePopulation() {
		// PT.1: 150 victims in 2,500,000 people = 6 per 100k; bounds 0..10 give 60
		IndicatorResult result = score("PT.1", Evidence.ratio(new BigDecimal("150"), new BigDecimal("2500000"), false));
		assertThat(result.value()).isEqualByComparingTo("6");
		assertThat(result.score()).isEqualByComparingTo("60");
	}

	@Test
	void ratioBelowMinBaseIsInsufficientBaseAndNotScored() {
		// PT.2 min_base 5: 3 referred of 4 known outcomes
		IndicatorResult result = score("PT.2", Evidence.ratio(new BigDecimal("3"), new BigDecimal("4"), false));
		assertThat(result.status()).isEqualTo(IndicatorStatus.INSUFFICIENT_BASE);
		assertThat(result.value()).isEqualByComparingTo("75");
		assertThat(result.score()).isNull();
	}

	@Test
	void ratioAtMinBaseIsScored() {
		// PR.3 min_base 5: 4 convicted of 5 judged = 80 %
		IndicatorResult result = score("PR.3", Evidence.ratio(new BigDecimal("4"), new BigDecimal("5"), false));
		assertThat(result.status()).isEqualTo(IndicatorStatus.SCORED);
		assertThat(result.score()).isEqualByComparingTo("80");
	}

	@Test
	void missingEvidenceIsNotReportedAndScoresZeroUnderV2() {
		IndicatorResult result = score("PT.6", null);
		assertThat(result.status()).isEqualTo(IndicatorStatus.NOT_REPORTED);
		assertThat(result.score()).isEqualByComparingTo("0");
		assertThat(result.counted()).isTrue();
	}

	@Test
	void missingEvidenceHasNoScoreUnderV1() {
		Methodology v1 = MethodologyLoader.bundled("v1");
		IndicatorResult result = new IndicatorScorer(v1).score(v1.indicator("PT.6").orElseThrow(), null);
		assertThat(result.status()).isEqualTo(IndicatorStatus.NOT_REPORTED);
		assertThat(result.score()).isNull();
		assertThat(result.counted()).isFalse();
	}

	@Test
	void perCapitaFundingIsUsdOverPopulation() {
		// PT.6: 40,000 USD for 200,000 people = 0.2 USD per capita; bounds 0..0.5 give 40
		IndicatorResult result = score("PT.6", Evidence.ratio(new BigDecimal("40000"), new BigDecimal("200000"), false));
		assertThat(result.value()).isEqualByComparingTo("0.2");
		assertThat(result.score()).isEqualByComparingTo("40");
	}

	@Test
	void repeatingDecimalsStayExactTo34Digits() {
		// PV.3: 1 inspection per 300,000 people = 0.333.. per 100k; of 50 = 0.666..
		IndicatorResult result = score("PV.3", Evidence.ratio(BigDecimal.ONE, new BigDecimal("300000"), false));
		assertThat(result.score().toPlainString()).startsWith("0.66666666666666666666666666666");
	}
}
