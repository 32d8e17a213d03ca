package org.scorecards.validation;

import java.util.Comparator;

/**
 * One validation problem, located so that a focal point can act on it.
 *
 * @param iso3 country the finding belongs to
 * @param severity error or warning
 * @param file file name inside the country folder, e.g. {@code victims.csv}
 * @param location {@code line 17}, {@code Indicators!C14}, or empty for the whole file
 * @param rule id of the rule broken, e.g. {@code code.allowed}
 * @param value the value seen (may be empty)
 * @param message plain-words explanation including what is expected
 */
public record Finding(String iso3, Severity severity, String file, String location, String rule, String value,
		String message) {

	/** Errors first, then by file, then by position in the file. */
	public static final Comparator<Finding> REPORT_ORDER = Comparator.comparing(Finding::iso3)
		.thenComparing(Finding::severity)
		.thenComparing(Finding::file)
		.thenComparing(f -> LocationOrder.key(f.location()))
		.thenComparing(Finding::rule);

	public boolean isError() {
		return severity == Severity.ERROR;
	}
}
