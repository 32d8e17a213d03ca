package org.scorecards.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.scorecards.methodology.Indicator;
import org.scorecards.methodology.Methodology;
import org.scorecards.methodology.MethodologyLoader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

/**
 * Five countries that report only prevention; every other indicator is not reported (score 0). The expected
 * figures were worked by hand from the textbook formulas (and checked with numpy): Excel's SKEW and KURT of
 * 1, 2, 3, 4, 10; Pearson's r of the score columns; Cronbach's alpha with sample variances.
 */
class IndicatorAuditTest {

	private final Methodology methodology = MethodologyLoader.bundled();

	private static final double[] PV1 = { 100, 50, 100, 0, 100 };

	private static final double[] PV2_VALUES = { 1, 2, 3, 4, 10 }; // campaigns, 0..5: scores 20, 40, 60, 80, 100

	private static final double[] PV3_VALUES = { 5, 10, 15, 20, 25 }; // per 100k, 0..50: scores 10 .. 50

	private static final double[] PV5 = { 0, 0, 50, 50, 100 };

	private List<CountryScore> cycle() {
		List<CountryScore> cycle = new ArrayList<>();
		for (int c = 0; c < 5; c++) {
			Map<String, double[]> scoreAndValue = Map.of("PV.1", new double[] { PV1[c], Double.NaN }, "PV.2",
					new double[] { Math.min(100, PV2_VALUES[c] * 20), PV2_VALUES[c] }, "PV.3",
					new double[] { PV3_VALUES[c] * 2, PV3_VALUES[c] }, "PV.5", new double[] { PV5[c], Double.NaN });
			List<IndicatorResult> results = new ArrayList<>();
			double prevention = 0;
			for (Indicator indicator : methodology.indicators()) {
				double[] sv = scoreAndValue.get(indicator.code());
				if (sv == null) {
					results.add(new IndicatorResult(indicator.code(), indicator.pillar(), IndicatorStatus.NOT_REPORTED, null,
							null, null, null, BigDecimal.ZERO, indicator.weight(), null, false));
					continue;
				}
				prevention += sv[0] / 5;
				results.add(new IndicatorResult(indicator.code(), indicator.pillar(), IndicatorStatus.SCORED, null,
						Double.isNaN(sv[1]) ? null : BigDecimal.valueOf(sv[1]), null, null, BigDecimal.valueOf(sv[0]),
						indicator.weight(), null, false));
			}
			cycle.add(new CountryScore("XA" + (char) ('A' + c), 2025, CountryStatus.LOW_COVERAGE, results, List.of(),
					BigDecimal.valueOf(prevention / 4), "E", "E", null, List.of(), null));
		}
		return cycle;
	}

	@Test
	void sharesAtTheBoundsSkewAndKurtosisAreThoseOfTheReportingCountries() {
		IndicatorAudit audit = IndicatorAudit.of(methodology, cycle());

		IndicatorAudit.Row campaigns = row(audit, "PV.2");
		assertThat(campaigns.reporting()).isEqualTo(5);
		assertThat(campaigns.atWorst()).isEqualTo(0.0);
		assertThat(campaigns.atBest()).isEqualTo(0.2); // 10 campaigns is over the best bound of 5
		// SKEW: n/((n-1)(n-2)) sum(((x-m)/s)^3) = 1.6971; KURT: 3.152 (excess)
		assertThat(campaigns.skew()).isCloseTo(1.697056, within(1e-6));
		assertThat(campaigns.kurtosis()).isCloseTo(3.152, within(1e-6));
		assertThat(campaigns.flagged()).isFalse();
		IndicatorAudit.Row plan = row(audit, "PV.1");
		assertThat(plan.atWorst()).isEqualTo(0.2);
		assertThat(plan.atBest()).isEqualTo(0.6);
		IndicatorAudit.Row funding = row(audit, "PV.4");
		assertThat(funding.reporting()).isZero();
		assertThat(funding.atWorst()).isNull();
		assertThat(funding.skew()).isNull();
	}

	@Test
	void highAndNegativeWithinPillarCorrelationsAreListed() {
		IndicatorAudit audit = IndicatorAudit.of(methodology, cycle());

		assertThat(audit.correlations()).extracting(IndicatorAudit.Correlation::first, IndicatorAudit.Correlation::second)
			.containsExactly(tuple("PV.1", "PV.2"), tuple("PV.1", "PV.3"), tuple("PV.2", "PV.3"), tuple("PV.2", "PV.5"),
					tuple("PV.3", "PV.5"));
		assertThat(audit.correlations().get(0).pearson()).isCloseTo(-0.176777, within(1e-6)); // -1/(4 sqrt 2)
		assertThat(audit.correlations().get(2).pearson()).isCloseTo(1.0, within(1e-12));
		assertThat(audit.correlations().get(3).pearson()).isCloseTo(0.944911, within(1e-6)); // sqrt(5/5.6)
	}

	@Test
	void cronbachsAlphaAndEffectiveWeightsFollowTheirFormulas() {
		IndicatorAudit audit = IndicatorAudit.of(methodology, cycle());

		// item variances 2000 + 1000 + 250 + 0 + 1750 = 5000; sums 130, 110, 240, 170, 350 vary by 9500:
		// alpha = 5/4 x (1 - 5000/9500) = 0.5921
		IndicatorAudit.PillarAlpha prevention = audit.pillars().get(0);
		assertThat(prevention.pillar()).isEqualTo("prevention");
		assertThat(prevention.countries()).isEqualTo(5);
		assertThat(prevention.alpha()).isCloseTo(0.592105, within(1e-6));
		assertThat(audit.pillars().get(1).alpha()).isNull(); // nothing varies in protection
		assertThat(row(audit, "PV.5").effectiveWeight()).isCloseTo(0.375702, within(1e-6));
		assertThat(row(audit, "PV.1").effectiveWeight()).isCloseTo(0.076968, within(1e-6));
		assertThat(row(audit, "PT.1").effectiveWeight()).isZero();
		assertThat(row(audit, "PV.1").nominalWeight()).isCloseTo(0.05, within(1e-12)); // 1/4 x 1/5
	}

	private static IndicatorAudit.Row row(IndicatorAudit audit, String code) {
		return audit.indicators().stream().filter(r -> r.code().equals(code)).findFirst().orElseThrow();
	}
}
