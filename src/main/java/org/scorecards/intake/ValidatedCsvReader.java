package org.scorecards.intake;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import org.scorecards.Checksums;
import org.scorecards.intake.CsvRules.ColumnRule;
import org.scorecards.intake.CsvRules.Condition;
import org.scorecards.intake.CsvRules.FileRules;
import org.scorecards.reference.ReferenceData;
import org.scorecards.validation.Finding;
import org.scorecards.validation.IntakeCount;
import org.scorecards.validation.Severity;

/**
 * The one path every CSV family is read through: dialect, header, then each record against the file's rules.
 * Accepted records go to the sink; every rejected record is counted and listed with its reasons.
 */
final class ValidatedCsvReader {

	private final String iso3;

	private final int year;

	private final FieldCheck fieldCheck;

	ValidatedCsvReader(String iso3, int year, ReferenceData reference) {
		this.iso3 = iso3;
		this.year = year;
		this.fieldCheck = new FieldCheck(reference, year);
	}

	CsvIntakeResult read(Path file, FileRules rules, Consumer<CsvRow> sink) {
		String name = file.getFileName().toString();
		List<Finding> findings = new ArrayList<>();
		if (!Files.isRegularFile(file)) {
			findings.add(finding(Severity.WARNING, name, "", "file.missing", "",
					name + " was not submitted: the indicators it feeds are not reported"));
			return new CsvIntakeResult(false, new IntakeCount(iso3, name, 0, 0, 0), findings, null);
		}
		long read = 0;
		long rejected = 0;
		try {
			CsvDialect dialect = CsvDialect.detect(file);
			if (!dialect.charset().name().equals("UTF-8")) {
				findings.add(finding(Severity.WARNING, name, "", "file.encoding", dialect.charset().name(),
						"the file is not UTF-8; it was read as Windows-1252 (check accented letters; export as CSV UTF-8)"));
			}
			if (dialect.separator() != ',') {
				findings.add(finding(Severity.WARNING, name, "", "file.separator", ";",
						"the file uses ';' as separator; it was read as such (the contract asks for ',')"));
			}
			CSVFormat format = CSVFormat.DEFAULT.builder()
				.setDelimiter(dialect.separator())
				.setIgnoreEmptyLines(true)
				.get();
			try (Reader reader = new InputStreamReader(CsvDialect.open(file), dialect.charset());
					CSVParser parser = CSVParser.parse(reader, format)) {
				var records = parser.iterator();
				if (!records.hasNext()) {
					findings.add(finding(Severity.ERROR, name, "", "header.missing", "",
							"the file is empty; a header row is required: " + String.join(",", rules.columns().keySet())));
					return result(name, file, 0, 0, findings);
				}
				Map<String, Integer> index = header(records.next(), rules, name, findings);
				if (index == null) {
					while (records.hasNext()) {
						records.next();
						read++;
					}
					return result(name, file, read, read, findings);
				}
				Set<String> seen = new HashSet<>();
				long previousEnd = parser.getCurrentLineNumber();
				while (records.hasNext()) {
					CSVRecord record;
					long line = previousEnd + 1;
					try {
						record = records.next();
					}
					catch (RuntimeException ex) {
						read++;
						rejected++;
						findings.add(finding(Severity.ERROR, name, "line " + line, "record.syntax", "",
								"the record cannot be parsed (" + ex.getMessage() + "); reading stopped here"));
						break;
					}
					previousEnd = parser.getCurrentLineNumber();
					read++;
					CsvRow row = validate(record, index, rules, name, "line " + line, seen, findings);
					if (row == null) {
						rejected++;
					}
					else {
						sink.accept(row);
					}
				}
			}
		}
		catch (IOException | RuntimeException ex) {
			findings.add(finding(Severity.ERROR, name, "", "file.unreadable", "",
					"the file cannot be read: " + ex.getMessage()));
			return result(name, file, read, read, findings);
		}
		return result(name, file, read, rejected, findings);
	}

	private CsvIntakeResult result(String name, Path file, long read, long rejected, List<Finding> findings) {
		return new CsvIntakeResult(true, new IntakeCount(iso3, name, read, read - rejected, rejected), findings,
				Checksums.sha256(file));
	}

	/** Column positions by normalised name, or {@code null} when a required column is missing. */
	private Map<String, Integer> header(CSVRecord header, FileRules rules, String name, List<Finding> findings) {
		Map<String, Integer> index = new HashMap<>();
		for (int i = 0; i < header.size(); i++) {
			String column = header.get(i).strip().toLowerCase(Locale.ROOT);
			if (!rules.columns().containsKey(column)) {
				findings.add(finding(Severity.WARNING, name, "line 1", "header.unknown_column", header.get(i),
						"column '" + header.get(i) + "' is not part of the contract and was ignored"));
				continue;
			}
			if (index.putIfAbsent(column, i) != null) {
				findings.add(finding(Severity.ERROR, name, "line 1", "header.duplicate_column", header.get(i),
						"column '" + column + "' appears twice; keep one"));
				return null;
			}
		}
		List<String> missing = rules.columns().keySet().stream().filter(c -> !index.containsKey(c)).toList();
		if (!missing.isEmpty()) {
			findings.add(finding(Severity.ERROR, name, "line 1", "header.missing_column", String.join(",", missing),
					"required column(s) " + String.join(", ", missing) + " not found; expected a header of "
							+ String.join(",", rules.columns().keySet()) + "; no record of the file was used"));
			return null;
		}
		return index;
	}

	private CsvRow validate(CSVRecord record, Map<String, Integer> index, FileRules rules, String name,
			String location, Set<String> seen, List<Finding> findings) {
		String[] values = new String[record.size()];
		boolean ok = true;
		for (Map.Entry<String, ColumnRule> column : rules.columns().entrySet()) {
			int position = index.get(column.getKey());
			String raw = position < record.size() ? record.get(position) : null;
			FieldCheck.Outcome outcome = fieldCheck.check(column.getKey(), column.getValue(), raw);
			if (outcome.problem() != null) {
				ok = false;
				findings.add(finding(Severity.ERROR, name, location, outcome.problem().rule(), raw == null ? "" : raw,
						outcome.problem().message()));
			}
			else {
				values[position] = outcome.value();
			}
		}
		if (!ok) {
			return null;
		}
		CsvRow row = new CsvRow(index, values);
		for (Condition condition : rules.conditions()) {
			ok &= checkCondition(condition, row, name, location, findings);
		}
		for (List<String> key : rules.unique()) {
			StringBuilder composite = new StringBuilder();
			key.forEach(column -> composite.append(row.get(column)).append('\u0000'));
			if (!seen.add(key.size() + ":" + composite)) {
				ok = false;
				// The value is a pseudonymous reference: named by column only, so the finding can be shared.
				findings.add(finding(Severity.ERROR, name, location, "ref.unique", "",
						String.join(" + ", key) + " repeats an earlier record; each must be unique in the file"));
			}
		}
		return ok ? row : null;
	}

	private boolean checkCondition(Condition condition, CsvRow row, String name, String location,
			List<Finding> findings) {
		boolean applies = condition.when() != null ? RecordFilter.matches(condition.when(), row, iso3)
				: !RecordFilter.matches(condition.unless(), row, iso3);
		if (!applies) {
			return true;
		}
		boolean ok = true;
		for (String field : condition.require()) {
			if (row.get(field).isEmpty()) {
				ok = false;
				findings.add(finding(Severity.ERROR, name, location, condition.rule(), "",
						message(condition, field, row)));
			}
		}
		for (String field : condition.forbid()) {
			if (!row.get(field).isEmpty()) {
				ok = false;
				findings.add(finding(Severity.ERROR, name, location, condition.rule(), row.get(field),
						message(condition, field, row)));
			}
		}
		return ok;
	}

	private static String message(Condition condition, String field, CsvRow row) {
		String message = condition.message().replace("{field}", field);
		for (String column : List.of("stage", "pillar", "audience")) {
			message = message.replace("{" + column + "}", row.get(column));
		}
		return message;
	}

	private Finding finding(Severity severity, String file, String location, String rule, String value,
			String message) {
		return new Finding(iso3, severity, file, location, rule, value, message);
	}
}
