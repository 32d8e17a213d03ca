package org.scorecards.cycle;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.scorecards.methodology.Methodology;
import org.scorecards.methodology.Source;
import org.scorecards.scoring.CountryScore;
import org.scorecards.scoring.IndicatorResult;
import org.scorecards.validation.Finding;
import org.scorecards.validation.RuleCatalogue;

/**
 * Flags for review an indicator whose value moved by more than the rules' {@code change_factor} from last
 * year's, up or down: often a typing slip (an extra zero), sometimes a real change worth a sentence.
 */
final class ChangeReview {

	private final Methodology methodology;

	private final RuleCatalogue catalogue;

	ChangeReview(Methodology methodology, RuleCatalogue catalogue) {
		this.methodology = methodology;
		this.catalogue = catalogue;
	}

	/** The findings, and the codes of the indicators they flag. */
	record Review(List<Finding> findings, Set<String> codes) {
	}

	/** @param locations indicator code to the workbook cell of its value, for workbook indicators */
	Review review(CountryScore current, CountryScore previous, Map<String, String> locations) {
		List<Finding> findings = new ArrayList<>();
		Set<String> codes = new TreeSet<>();
		if (previous == null) {
			return new Review(findings, codes);
		}
		BigDecimal factor = catalogue.parameter("change_factor");
		for (IndicatorResult now : current.indicators()) {
			IndicatorResult then = previous.indicator(now.code()).orElse(null);
			if (then == null || now.value() == null || then.value() == null || now.value().signum() <= 0
					|| then.value().signum() <= 0) {
				continue;
			}
			BigDecimal ratio = now.value().divide(then.value(), MathContext.DECIMAL64);
			if (ratio.compareTo(factor) > 0 || BigDecimal.ONE.divide(ratio, MathContext.DECIMAL64).compareTo(factor) > 0) {
				Source source = methodology.indicator(now.code()).orElseThrow().source();
				findings.add(catalogue.finding("change.review", current.iso3(), source.fileName(),
						locations.getOrDefault(now.code(), ""), plain(now.value()),
						Map.of("code", now.code(), "previous", plain(then.value()), "factor", factor.toPlainString())));
				codes.add(now.code());
			}
		}
		return new Review(findings, codes);
	}

	private static String plain(BigDecimal value) {
		return value.round(new MathContext(6)).stripTrailingZeros().toPlainString();
	}
}
