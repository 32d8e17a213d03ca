package org.scorecards.intake;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.scorecards.intake.CsvRules.ColumnRule;

/**
 * One column's {@link FieldCheck} compiled once per file, for the records of large files: a valid value is
 * accepted without allocating, by lookups instead of parsing where it can. Anything else goes to
 * {@link FieldCheck}, which stays the one place that decides a problem and words it.
 */
final class ColumnCheck {

	private static final int SHAPES = 32 * 128;

	private enum Kind {
		AS_READ, CODE, DATE_IN_YEAR, COUNTRY, INTEGER, OTHER
	}

	private final String column;

	private final ColumnRule rule;

	private final FieldCheck fieldCheck;

	private final int year;

	private final Kind kind;

	/** Each allowed code to itself: accepted values share these instances. */
	private final Map<String, String> codes = new HashMap<>();

	/**
	 * The allowed codes by length and first letter: a value read is a new string, so a hash lookup would hash
	 * it first; one or two comparisons find it here.
	 */
	private final String[][] codesByShape = new String[SHAPES][];

	/** The rule's minimum as a whole number, when it is one; else the integer check goes to FieldCheck. */
	private final Long integerMin;

	ColumnCheck(String column, ColumnRule rule, FieldCheck fieldCheck, int year) {
		this.column = column;
		this.rule = rule;
		this.fieldCheck = fieldCheck;
		this.year = year;
		this.kind = switch (rule.type()) {
			case "ref", "text" -> Kind.AS_READ;
			case "code" -> Kind.CODE;
			case "date_in_year" -> Kind.DATE_IN_YEAR;
			case "country" -> Kind.COUNTRY;
			case "integer" -> Kind.INTEGER;
			default -> Kind.OTHER;
		};
		if (rule.codes() != null) {
			rule.codes().forEach(code -> codes.put(code, code));
			for (String code : rule.codes()) {
				int shape = shape(code);
				if (shape >= 0) {
					String[] same = codesByShape[shape];
					codesByShape[shape] = same == null ? new String[] { code } : append(same, code);
				}
			}
		}
		this.integerMin = wholeNumber(rule.min());
	}

	String column() {
		return column;
	}

	/** The normalised value, or {@code null} when the value breaks the rule: ask {@link #check} why. */
	String accept(String raw) {
		String value = raw == null ? "" : raw.strip();
		if (value.isEmpty()) {
			return rule.isRequired() ? null : "";
		}
		return switch (kind) {
			case AS_READ -> value;
			case CODE -> code(value);
			case DATE_IN_YEAR -> FieldCheck.isoYear(value) == year ? value : null;
			case COUNTRY -> fieldCheck.countryCode(value);
			case INTEGER -> integer(value);
			case OTHER -> check(raw).value();
		};
	}

	/** The full check, with the problem and its facts. */
	FieldCheck.Outcome check(String raw) {
		return fieldCheck.check(column, rule, raw);
	}

	private String code(String value) {
		int shape = shape(value);
		String[] candidates = shape < 0 ? null : codesByShape[shape];
		if (candidates != null) {
			for (String candidate : candidates) {
				if (candidate.equals(value)) {
					return candidate;
				}
			}
		}
		String code = codes.get(value);
		return code != null ? code : codes.get(value.toLowerCase(Locale.ROOT));
	}

	private String integer(String value) {
		if (!FieldCheck.isInteger(value)) {
			return null;
		}
		if (rule.max() != null) {
			return check(value).value();
		}
		if (rule.min() == null) {
			return value;
		}
		if (integerMin == null) {
			return check(value).value();
		}
		long number = Long.parseLong(value);
		return number > integerMin || (number == integerMin && !rule.minExclusive()) ? value : null;
	}

	/** Length and first character as one small number, or -1 beyond the table. */
	private static int shape(String value) {
		if (value.isEmpty() || value.length() >= 32 || value.charAt(0) >= 128) {
			return -1;
		}
		return value.length() * 128 + value.charAt(0);
	}

	private static String[] append(String[] codes, String code) {
		String[] more = Arrays.copyOf(codes, codes.length + 1);
		more[codes.length] = code;
		return more;
	}

	private static Long wholeNumber(BigDecimal min) {
		if (min == null) {
			return null;
		}
		try {
			return min.longValueExact();
		}
		catch (ArithmeticException ex) {
			return null;
		}
	}
}
