package org.scorecards.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.scorecards.intake.CsvRules.ColumnRule;

import static org.assertj.core.api.Assertions.assertThat;

/** The compiled check is a shortcut only: it accepts exactly what FieldCheck accepts, with the same value. */
class ColumnCheckTest {

	static final int YEAR = 2025;

	static final FieldCheck FIELD_CHECK = new FieldCheck(ValidatedCsvReaderTest.REFERENCE, YEAR);

	static final List<String> VALUES = List.of("", " ", "  female ", "female", "Female", "FEMALE", "femal", "male",
			"unknown", "Unknown", "UNKNOWN", "2025-01-01", "2025-12-31", "2024-12-31", "2026-01-01", "2025-02-29",
			"2024-02-29", "2025-02-28", "2025-04-31", "2025-13-01", "2025-00-10", "2025-01-00", "2025/01/01",
			"25-01-01", " 2025-03-03 ", "2025-1-01", "0000-02-29", "XAA", "xaa", "Xaa", "FRA", "fra", "QQQ", "FR",
			"0", "1", "-1", "+5", "012", "3.5", "1e3", "999999999999999999", "9999999999999999999", "-0", "+",
			"12", "11", "yes", "no", "No", "EUR", "eur", "GBP", "XXX", "0.0", ".5", "2.", "1,000", "abc");

	@Test
	void acceptsExactlyWhatFieldCheckAcceptsForEveryColumnOfTheRules() {
		List<String> checked = new ArrayList<>();
		for (var file : CsvRules.bundled().files().values()) {
			for (Map.Entry<String, ColumnRule> column : file.columns().entrySet()) {
				ColumnCheck check = new ColumnCheck(column.getKey(), column.getValue(), FIELD_CHECK, YEAR);
				for (String raw : VALUES) {
					FieldCheck.Outcome outcome = FIELD_CHECK.check(column.getKey(), column.getValue(), raw);
					assertThat(check.accept(raw)).as("%s = '%s'", column.getKey(), raw)
						.isEqualTo(outcome.problem() == null ? outcome.value() : null);
				}
				checked.add(column.getValue().type());
			}
		}
		assertThat(checked).contains("ref", "text", "code", "date_in_year", "country", "integer", "decimal", "currency");
	}

	@Test
	void minimumsOfEveryKindAgree() {
		for (String min : List.of("0", "1", "0.5", "-3")) {
			for (boolean exclusive : List.of(false, true)) {
				ColumnRule rule = new ColumnRule("integer", null, new java.math.BigDecimal(min), exclusive, true);
				ColumnCheck check = new ColumnCheck("n", rule, FIELD_CHECK, YEAR);
				for (String raw : List.of("-4", "-3", "-2", "0", "1", "2", "+1", "-0")) {
					FieldCheck.Outcome outcome = FIELD_CHECK.check("n", rule, raw);
					assertThat(check.accept(raw)).as("min %s exclusive %s: %s", min, exclusive, raw)
						.isEqualTo(outcome.problem() == null ? outcome.value() : null);
				}
			}
		}
	}
}
