package org.scorecards.validation;

import java.util.Collections;
import java.util.Comparator;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One validation problem, located so that a focal point can act on it.
 *
 * @param iso3 country the finding belongs to
 * @param severity error or warning
 * @param file file name inside the country folder, e.g. {@code victims.csv}
 * @param location {@code line 17}, {@code Indicators!C14}, or empty for the whole file
 * @param rule id of the rule broken, e.g. {@code code.allowed}
 * @param value the value seen (may be empty)
 * @param message plain-words explanation including what is expected, in English
 * @param facts the rule's facts as the message was filled with them, so that
 * {@link RuleCatalogue#message(Finding, org.scorecards.language.Language)} can word it in another language; empty
 * for a finding made without them (read back from the portal's database), which then keeps its English message
 */
public record Finding(String iso3, Severity severity, String file, String location, String rule, String value,
		String message, Map<String, String> facts) {

	/** Errors first, then by file, then by position in the file. */
	public static final Comparator<Finding> REPORT_ORDER = Comparator.comparing(Finding::iso3)
		.thenComparing(Finding::severity)
		.thenComparing(Finding::file)
		.thenComparing(f -> LocationOrder.key(f.location()))
		.thenComparing(Finding::rule);

	public Finding {
		facts = facts == null || facts.isEmpty() ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(facts));
	}

	/** A finding without facts: its message stays in English in every language. */
	public Finding(String iso3, Severity severity, String file, String location, String rule, String value,
			String message) {
		this(iso3, severity, file, location, rule, value, message, Map.of());
	}

	public boolean isError() {
		return severity == Severity.ERROR;
	}

	/**
	 * The same finding whatever facts it carries: they only re-word the message, which is compared. A finding
	 * read back without its facts is the finding that was stored.
	 */
	@Override
	public boolean equals(Object other) {
		return other instanceof Finding f && Objects.equals(iso3, f.iso3) && severity == f.severity
				&& Objects.equals(file, f.file) && Objects.equals(location, f.location) && Objects.equals(rule, f.rule)
				&& Objects.equals(value, f.value) && Objects.equals(message, f.message);
	}

	@Override
	public int hashCode() {
		return Objects.hash(iso3, severity, file, location, rule, value, message);
	}
}
