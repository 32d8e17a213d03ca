package org.scorecards.intake;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.scorecards.methodology.Indicator;
import org.scorecards.methodology.Measure;

/**
 * Accumulates, record by record, the counts one CSV-sourced indicator needs, so records need not be kept.
 */
final class RecordTally {

	private final Indicator indicator;

	private final String iso3;

	private BigDecimal numerator = BigDecimal.ZERO;

	private BigDecimal denominator = BigDecimal.ZERO;

	RecordTally(Indicator indicator, String iso3) {
		this.indicator = indicator;
		this.iso3 = iso3;
	}

	Indicator indicator() {
		return indicator;
	}

	void add(CsvRow row) {
		if (indicator.measure() == Measure.PERCENT) {
			if (RecordFilter.matches(indicator.denominator(), row, iso3)) {
				denominator = denominator.add(BigDecimal.ONE);
				if (RecordFilter.matches(indicator.numerator(), row, iso3)) {
					numerator = numerator.add(BigDecimal.ONE);
				}
			}
		}
		else if (RecordFilter.matches(indicator.filter(), row, iso3)) {
			numerator = numerator.add(indicator.sum() == null ? BigDecimal.ONE : new BigDecimal(row.get(indicator.sum())));
		}
	}

	BigDecimal numerator() {
		return numerator;
	}

	BigDecimal denominator() {
		return denominator;
	}

	/** Zero counts for every code of a column, in the order the rules list them. */
	static Map<String, Long> zeroCounts(List<String> codes) {
		Map<String, Long> counts = new LinkedHashMap<>();
		codes.forEach(code -> counts.put(code, 0L));
		return counts;
	}
}
