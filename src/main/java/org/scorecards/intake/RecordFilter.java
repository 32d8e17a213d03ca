package org.scorecards.intake;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Evaluates a filter of the methodology or of a rule condition on a record: every listed field must hold
 * one of the listed codes. {@code @foreign} is a citizenship other than the country's own and not unknown;
 * {@code >=12} compares numbers.
 */
public final class RecordFilter {

	private RecordFilter() {
	}

	public static boolean matches(Map<String, List<String>> filter, CsvRow row, String ownIso3) {
		for (Map.Entry<String, List<String>> field : filter.entrySet()) {
			if (!acceptsAny(field.getValue(), row.get(field.getKey()), ownIso3)) {
				return false;
			}
		}
		return true;
	}

	// A loop rather than a stream: this runs for every record of files of millions of records.
	private static boolean acceptsAny(List<String> codes, String value, String ownIso3) {
		for (int i = 0; i < codes.size(); i++) {
			if (accepts(codes.get(i), value, ownIso3)) {
				return true;
			}
		}
		return false;
	}

	private static boolean accepts(String code, String value, String ownIso3) {
		if (code.equals("@foreign")) {
			return !value.isEmpty() && !value.equals("unknown") && !value.equalsIgnoreCase(ownIso3);
		}
		if (code.startsWith(">=")) {
			return !value.isEmpty() && new BigDecimal(value).compareTo(new BigDecimal(code.substring(2))) >= 0;
		}
		// Accepted values are normalised already: an exact match is the common case.
		return code.equals(value) || code.equalsIgnoreCase(value);
	}
}
