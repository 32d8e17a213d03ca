package org.scorecards.intake;

import java.math.BigDecimal;
import java.time.Month;
import java.time.Year;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.scorecards.intake.CsvRules.ColumnRule;
import org.scorecards.reference.ReferenceData;

/**
 * Checks one field against its column rule. Returns the normalised value, or a {@link Problem} naming the
 * rule broken and the facts its message needs (the wording is in the rule catalogue).
 */
final class FieldCheck {

	private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)");

	/** The longest number read: more digits than any real figure, which could only be an attack or an accident. */
	static final int MAX_NUMBER_CHARACTERS = 32;

	private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");

	private final ReferenceData reference;

	private final int year;

	FieldCheck(ReferenceData reference, int year) {
		this.reference = reference;
		this.year = year;
	}

	record Problem(String rule, Map<String, Object> facts) {
	}

	/** Either a normalised value or a problem. */
	record Outcome(String value, Problem problem) {

		static Outcome ok(String value) {
			return new Outcome(value, null);
		}
	}

	Outcome check(String column, ColumnRule rule, String raw) {
		String value = raw == null ? "" : raw.strip();
		if (value.isEmpty()) {
			return rule.isRequired() ? problem("field.required", column) : Outcome.ok("");
		}
		return switch (rule.type()) {
			case "ref", "text" -> Outcome.ok(value);
			case "code" -> code(column, rule, value);
			case "date_in_year" -> dateInYear(column, value);
			case "country" -> country(column, value);
			case "integer" -> integer(column, rule, value);
			case "decimal" -> decimal(column, rule, value);
			case "currency" -> currency(column, value);
			default -> throw new IllegalStateException("Unknown column type '" + rule.type() + "' for " + column);
		};
	}

	/** Rules whose broken value cannot be used whatever their severity: the figure would be meaningless. */
	static boolean isUnusable(String rule) {
		return rule.endsWith(".format") || rule.equals("field.required") || rule.equals("currency.rate")
				|| rule.equals("currency.code");
	}

	private Outcome code(String column, ColumnRule rule, String value) {
		if (rule.codes().contains(value)) {
			return Outcome.ok(value);
		}
		String code = value.toLowerCase(Locale.ROOT);
		return rule.codes().contains(code) ? Outcome.ok(code)
				: problem("code.allowed", column, "codes", String.join(", ", rule.codes()));
	}

	private Outcome dateInYear(String column, String value) {
		int dateYear = isoYear(value);
		if (dateYear < 0) {
			return problem("date.format", column, "year", year);
		}
		return dateYear == year ? Outcome.ok(value) : problem("date.in_year", column, "year", year);
	}

	/**
	 * The year of a date written yyyy-mm-dd that is a real calendar day, else -1. Checked by hand, without a
	 * {@code LocalDate}, because it runs for every record of large files.
	 */
	static int isoYear(String value) {
		if (value.length() != 10 || value.charAt(4) != '-' || value.charAt(7) != '-') {
			return -1;
		}
		int y = digits(value, 0, 4);
		int m = digits(value, 5, 7);
		int d = digits(value, 8, 10);
		if (y < 0 || m < 1 || m > 12 || d < 1 || d > Month.of(m).length(Year.isLeap(y))) {
			return -1;
		}
		return y;
	}

	private static int digits(String value, int from, int to) {
		int number = 0;
		for (int i = from; i < to; i++) {
			char c = value.charAt(i);
			if (c < '0' || c > '9') {
				return -1;
			}
			number = number * 10 + (c - '0');
		}
		return number;
	}

	private Outcome country(String column, String value) {
		String code = countryCode(value);
		return code != null ? Outcome.ok(code) : problem("country.code", column);
	}

	/** The upper-case code of a known country, "unknown", or {@code null}. */
	String countryCode(String value) {
		if (value.equalsIgnoreCase("unknown")) {
			return "unknown";
		}
		String code = upperCaseLetters(value) ? value : value.toUpperCase(Locale.ROOT);
		return reference.knownCountryCode(code);
	}

	/** Codes are mostly written as they should be: then no upper-cased copy is made (ten million rows of them). */
	private static boolean upperCaseLetters(String value) {
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (c < 'A' || c > 'Z') {
				return false;
			}
		}
		return true;
	}

	private Outcome integer(String column, ColumnRule rule, String value) {
		if (!isInteger(value)) {
			return problem("integer.format", column, "minimum",
					rule.min() == null ? "" : " of at least " + rule.min().toPlainString());
		}
		return minimum(column, rule, new BigDecimal(value), value);
	}

	private Outcome decimal(String column, ColumnRule rule, String value) {
		if (value.length() > MAX_NUMBER_CHARACTERS) {
			// Parsed, summed and kept, a 1,100-digit amount once made the work file unreadable for every country.
			return problem("number.length", column, "limit", MAX_NUMBER_CHARACTERS);
		}
		if (!DECIMAL.matcher(value).matches()) {
			return problem("decimal.format", column);
		}
		return minimum(column, rule, new BigDecimal(value), value);
	}

	static boolean isInteger(String value) {
		int start = value.charAt(0) == '+' || value.charAt(0) == '-' ? 1 : 0;
		if (value.length() == start || value.length() - start > 18) {
			return false;
		}
		for (int i = start; i < value.length(); i++) {
			if (value.charAt(i) < '0' || value.charAt(i) > '9') {
				return false;
			}
		}
		return true;
	}

	private Outcome minimum(String column, ColumnRule rule, BigDecimal number, String value) {
		if (rule.max() != null && number.compareTo(rule.max()) > 0) {
			return problem("number.max", column, "bound", "at most " + rule.max().toPlainString());
		}
		if (rule.min() == null) {
			return Outcome.ok(value);
		}
		int comparison = number.compareTo(rule.min());
		if (comparison < 0 || (rule.minExclusive() && comparison == 0)) {
			return problem("number.min", column, "bound",
					(rule.minExclusive() ? "above " : "at least ") + rule.min().toPlainString());
		}
		return Outcome.ok(value);
	}

	private Outcome currency(String column, String value) {
		String code = upperCaseLetters(value) ? value : value.toUpperCase(Locale.ROOT);
		if (!CURRENCY.matcher(code).matches()) {
			return problem("currency.code", column);
		}
		return reference.perUsd(code, year).isPresent() ? Outcome.ok(code)
				: problem("currency.rate", column, "year", year);
	}

	private static Outcome problem(String rule, String column, Object... facts) {
		Map<String, Object> all = new java.util.LinkedHashMap<>();
		all.put("column", column);
		for (int i = 0; i < facts.length; i += 2) {
			all.put((String) facts[i], facts[i + 1]);
		}
		return new Outcome(null, new Problem(rule, all));
	}
}
