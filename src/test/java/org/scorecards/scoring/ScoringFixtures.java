package org.scorecards.scoring;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

import org.scorecards.methodology.Indicator;
import org.scorecards.methodology.Methodology;

/** Evidence maps for worked examples: every indicator at a chosen score, then overridden per test. */
final class ScoringFixtures {

	private ScoringFixtures() {
	}

	/**
	 * Evidence that scores every indicator exactly {@code score} (answers need 0, 50 or 100): numbers and
	 * rates are placed at that fraction of the way from worst to best with a population of 100,000.
	 */
	static Map<String, Evidence> everyIndicatorAt(Methodology methodology, int score) {
		Map<String, Evidence> evidence = new HashMap<>();
		for (Indicator indicator : methodology.indicators()) {
			evidence.put(indicator.code(), at(indicator, score));
		}
		return evidence;
	}

	static Evidence at(Indicator indicator, int score) {
		BigDecimal fraction = BigDecimal.valueOf(score).movePointLeft(2);
		return switch (indicator.measure()) {
			case ANSWER -> Evidence.answer(score == 100 ? "yes" : score == 50 ? "partial" : "no", false);
			case NUMBER -> Evidence.ratio(indicator.best().multiply(fraction), null, false);
			case PER_100K, USD_PER_CAPITA -> {
				BigDecimal population = new BigDecimal("100000");
				BigDecimal perUnit = indicator.measure().name().equals("PER_100K") ? BigDecimal.ONE : population;
				yield Evidence.ratio(indicator.best().multiply(fraction).multiply(perUnit), population, false);
			}
			case PERCENT -> Evidence.ratio(BigDecimal.valueOf(score), BigDecimal.valueOf(100), false);
		};
	}
}
