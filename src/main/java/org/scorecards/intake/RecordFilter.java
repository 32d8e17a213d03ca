package org.scorecards.intake;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A filter of the methodology or of a rule condition, evaluated on records: every listed field must hold
 * one of the listed codes. {@code @foreign} is a citizenship other than the country's own and not unknown;
 * {@code >=12} compares numbers. Built once per file: it runs for every record of files of millions.
 */
final class RecordFilter {

	/** Answers remembered per field; values beyond this many are not remembered, only evaluated. */
	private static final int REMEMBERED = 256;

	private final ColumnPositions positions;

	private final Field[] fields;

	private RecordFilter(Map<String, List<String>> filter, String ownIso3) {
		this.positions = new ColumnPositions(new ArrayList<>(filter.keySet()));
		this.fields = filter.values().stream().map(codes -> new Field(codes, ownIso3)).toArray(Field[]::new);
	}

	static RecordFilter of(Map<String, List<String>> filter, String ownIso3) {
		return new RecordFilter(filter, ownIso3);
	}

	boolean matches(CsvRow row) {
		int[] at = positions.of(row);
		for (int i = 0; i < fields.length; i++) {
			if (!fields[i].acceptsAny(row.get(at[i]))) {
				return false;
			}
		}
		return true;
	}

	/**
	 * One field's codes. The answer depends on the value alone, and accepted values are few distinct codes
	 * (normalised by the reader), so it is worked out once per distinct value.
	 */
	private static final class Field {

		private final List<String> codes;

		private final String ownIso3;

		/** Concurrent: the parsing thread checks records ahead while the reader checks others. */
		private final Map<String, Boolean> answers = new ConcurrentHashMap<>();

		Field(List<String> codes, String ownIso3) {
			this.codes = codes;
			this.ownIso3 = ownIso3;
		}

		boolean acceptsAny(String value) {
			Boolean answer = value == null ? null : answers.get(value);
			if (answer == null) {
				answer = evaluate(value);
				if (value != null && answers.size() < REMEMBERED) {
					answers.put(value, answer);
				}
			}
			return answer;
		}

		private boolean evaluate(String value) {
			for (String code : codes) {
				if (accepts(code, value)) {
					return true;
				}
			}
			return false;
		}

		private boolean accepts(String code, String value) {
			if (code.equals("@foreign")) {
				return !value.isEmpty() && !value.equals("unknown") && !value.equalsIgnoreCase(ownIso3);
			}
			if (code.startsWith(">=")) {
				return !value.isEmpty() && new BigDecimal(value).compareTo(new BigDecimal(code.substring(2))) >= 0;
			}
			return code.equals(value) || code.equalsIgnoreCase(value);
		}
	}
}
