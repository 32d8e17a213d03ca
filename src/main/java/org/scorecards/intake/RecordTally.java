package org.scorecards.intake;

import java.math.BigDecimal;
import java.util.List;

import org.scorecards.methodology.Indicator;
import org.scorecards.methodology.Measure;

/**
 * Accumulates, record by record, the counts one CSV-sourced indicator needs, so records need not be kept.
 * Counts are whole numbers kept as {@code long}; only a summed column needs decimals.
 */
final class RecordTally {

	private final Indicator indicator;

	private final boolean percent;

	private final RecordFilter filter;

	private final RecordFilter numeratorFilter;

	private final RecordFilter denominatorFilter;

	private final ColumnPositions summed;

	private long numeratorCount;

	private long denominatorCount;

	private BigDecimal sum = BigDecimal.ZERO;

	RecordTally(Indicator indicator, String iso3) {
		this.indicator = indicator;
		this.percent = indicator.measure() == Measure.PERCENT;
		this.filter = RecordFilter.of(indicator.filter(), iso3);
		this.numeratorFilter = RecordFilter.of(indicator.numerator(), iso3);
		this.denominatorFilter = RecordFilter.of(indicator.denominator(), iso3);
		this.summed = indicator.sum() == null ? null : new ColumnPositions(List.of(indicator.sum()));
	}

	Indicator indicator() {
		return indicator;
	}

	void add(CsvRow row) {
		if (percent) {
			if (denominatorFilter.matches(row)) {
				denominatorCount++;
				if (numeratorFilter.matches(row)) {
					numeratorCount++;
				}
			}
		}
		else if (filter.matches(row)) {
			if (summed == null) {
				numeratorCount++;
			}
			else {
				sum = sum.add(new BigDecimal(row.get(summed.of(row)[0])));
			}
		}
	}

	BigDecimal numerator() {
		return percent || summed == null ? BigDecimal.valueOf(numeratorCount) : sum;
	}

	BigDecimal denominator() {
		return BigDecimal.valueOf(denominatorCount);
	}
}
