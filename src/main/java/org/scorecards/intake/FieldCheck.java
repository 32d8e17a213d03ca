package org.scorecards.intake;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import org.scorecards.intake.CsvRules.ColumnRule;
import org.scorecards.reference.ReferenceData;

/**
 * Checks one field against its column rule. Returns the normalised value, or a {@link Problem} naming the
 * rule broken and what is expected, in words a focal point can act on.
 */
final class FieldCheck {

	private final ReferenceData reference;

	private final int year;

	FieldCheck(ReferenceData reference, int year) {
		this.reference = reference;
		this.year = year;
	}

	record Problem(String rule, String message) {
	}

	/** Either a normalised value or a problem. */
	record Outcome(String value, Problem problem) {

		static Outcome ok(String value) {
			return new Outcome(value, null);
		}

		static Outcome problem(String rule, String message) {
			return new Outcome(null, new Problem(rule, message));
		}
	}

	Outcome check(String column, ColumnRule rule, String raw) {
		String value = raw == null ? "" : raw.strip();
		if (value.isEmpty()) {
			return rule.isRequired() ? Outcome.problem("field.required", column + " is empty; a value is required")
					: Outcome.ok("");
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

	private Outcome code(String column, ColumnRule rule, String value) {
		String code = value.toLowerCase(Locale.ROOT);
		return rule.codes().contains(code) ? Outcome.ok(code)
				: Outcome.problem("code.allowed", column + " must be one of " + String.join(", ", rule.codes()));
	}

	private Outcome dateInYear(String column, String value) {
		LocalDate date;
		try {
			date = LocalDate.parse(value);
		}
		catch (DateTimeParseException ex) {
			return Outcome.problem("date.format", column + " must be a date written yyyy-mm-dd, e.g. " + year + "-03-31");
		}
		return date.getYear() == year ? Outcome.ok(value)
				: Outcome.problem("date.in_year", column + " must fall in the reporting year " + year);
	}

	private Outcome country(String column, String value) {
		if (value.equalsIgnoreCase("unknown")) {
			return Outcome.ok("unknown");
		}
		return reference.isKnownCountryCode(value) ? Outcome.ok(value.toUpperCase(Locale.ROOT))
				: Outcome.problem("country.code",
						column + " must be an ISO 3166-1 alpha-3 code (e.g. FRA) or unknown");
	}

	private Outcome integer(String column, ColumnRule rule, String value) {
		if (!value.matches("[+-]?\\d{1,18}")) {
			return Outcome.problem("integer.format", column + " must be a whole number"
					+ (rule.min() == null ? "" : " of at least " + rule.min().toPlainString()));
		}
		return minimum(column, rule, new BigDecimal(value), value);
	}

	private Outcome decimal(String column, ColumnRule rule, String value) {
		if (!value.matches("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)")) {
			return Outcome.problem("decimal.format", column
					+ " must be a number with '.' as decimal separator and no thousands separator, e.g. 1250.50");
		}
		return minimum(column, rule, new BigDecimal(value), value);
	}

	private Outcome minimum(String column, ColumnRule rule, BigDecimal number, String value) {
		if (rule.min() == null) {
			return Outcome.ok(value);
		}
		int comparison = number.compareTo(rule.min());
		if (comparison < 0 || (rule.minExclusive() && comparison == 0)) {
			return Outcome.problem("number.min", column + " must be " + (rule.minExclusive() ? "above " : "at least ")
					+ rule.min().toPlainString());
		}
		return Outcome.ok(value);
	}

	private Outcome currency(String column, String value) {
		String code = value.toUpperCase(Locale.ROOT);
		if (!code.matches("[A-Z]{3}")) {
			return Outcome.problem("currency.code", column + " must be an ISO 4217 code such as EUR or USD");
		}
		return reference.perUsd(code, year).isPresent() ? Outcome.ok(code)
				: Outcome.problem("currency.rate",
						column + " needs an exchange rate for " + year + " in exchange_rates.csv; none is given for " + code);
	}
}
