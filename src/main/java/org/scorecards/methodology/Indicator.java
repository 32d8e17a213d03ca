package org.scorecards.methodology;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * One scored indicator of the methodology. Bounds are {@code null} for answers; {@code best} may be below
 * {@code worst} where lower is better. {@code caveat}, when set, is printed beside the indicator wherever it is
 * shown: what the figure does not measure.
 */
public record Indicator(String code, String pillar, String label, String unit, Source source, Measure measure,
		String input, Map<String, List<String>> filter, String sum, Map<String, List<String>> numerator,
		Map<String, List<String>> denominator, String numeratorInput, String denominatorInput, BigDecimal minBase,
		BigDecimal worst, BigDecimal best, BigDecimal weight, boolean critical, String treaty, String rationale,
		String caveat) {

	public Indicator {
		filter = filter == null ? Map.of() : filter;
		numerator = numerator == null ? Map.of() : numerator;
		denominator = denominator == null ? Map.of() : denominator;
		weight = weight == null ? BigDecimal.ONE : weight;
		if (input == null && source == Source.WORKBOOK && measure != Measure.PERCENT) {
			input = code;
		}
	}

	/** Workbook rows this indicator reads, in the order they appear. */
	public List<String> workbookInputs() {
		if (source != Source.WORKBOOK) {
			return List.of();
		}
		return measure == Measure.PERCENT ? List.of(denominatorInput, numeratorInput) : List.of(input);
	}
}
