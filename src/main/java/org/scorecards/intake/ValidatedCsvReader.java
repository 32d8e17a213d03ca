package org.scorecards.intake;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
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
import org.scorecards.validation.RuleCatalogue;
import org.scorecards.validation.Severity;

/**
 * The one path every CSV family is read through: size and kind of file, dialect, header, then each record
 * against the file's rules. Accepted records go to the sink; every rejected record is counted and listed
 * with its reasons.
 */
final class ValidatedCsvReader {

	private static final long MEGABYTE = 1024 * 1024;

	/**
	 * Files from this size (about 100,000 records) are parsed on a second thread while this one validates: on
	 * ten million records either side alone takes about as long as the other.
	 */
	static final long PARSE_AHEAD_BYTES = 8 * MEGABYTE;

	private static final boolean MORE_THAN_ONE_CORE = Runtime.getRuntime().availableProcessors() > 1;

	private final long parseAheadBytes;

	private final String iso3;

	private final int year;

	private final FieldCheck fieldCheck;

	private final RuleCatalogue catalogue;

	ValidatedCsvReader(String iso3, int year, ReferenceData reference, RuleCatalogue catalogue) {
		this(iso3, year, reference, catalogue, PARSE_AHEAD_BYTES);
	}

	/** @param parseAheadBytes the size from which a file is parsed on a thread of its own (tests lower it) */
	ValidatedCsvReader(String iso3, int year, ReferenceData reference, RuleCatalogue catalogue, long parseAheadBytes) {
		this.parseAheadBytes = parseAheadBytes;
		this.iso3 = iso3;
		this.year = year;
		this.fieldCheck = new FieldCheck(reference, year);
		this.catalogue = catalogue;
	}

	CsvIntakeResult read(Path file, FileRules rules, Consumer<CsvRow> sink) {
		String name = file.getFileName().toString();
		BoundedFindings findings = new BoundedFindings(catalogue.parameter("max_findings_per_rule").intValue());
		if (!Files.isRegularFile(file)) {
			findings.add(finding("file.missing", name, "", "", Map.of()));
			return new CsvIntakeResult(false, new IntakeCount(iso3, name, 0, 0, 0), findings.withOverflow(name), null);
		}
		long read = 0;
		long rejected = 0;
		Checksum sha256 = new Checksum();
		try {
			String refusal = refusal(file);
			if (refusal != null) {
				findings.add(finding(refusal.startsWith("size") ? "file.too_large" : "file.not_csv", name, "", "",
						Map.of("reason", refusal, "size", (Files.size(file) + MEGABYTE - 1) / MEGABYTE, "limit",
								catalogue.parameter("max_csv_megabytes"))));
				return result(name, file, sha256, 0, 0, findings);
			}
			boolean large = Files.size(file) >= parseAheadBytes && MORE_THAN_ONE_CORE;
			CsvDialect dialect = CsvDialect.detect(file, !large);
			sha256.taken(dialect.sha256());
			if (large) {
				sha256.takeAhead(file, iso3 + " " + name);
			}
			if (!dialect.charset().name().equals("UTF-8")) {
				findings.add(finding("file.encoding", name, "", dialect.charset().name(), Map.of()));
			}
			if (dialect.separator() != ',') {
				findings.add(finding("file.separator", name, "", ";", Map.of()));
			}
			CSVFormat format = CSVFormat.DEFAULT.builder()
				.setDelimiter(dialect.separator())
				.setIgnoreEmptyLines(true)
				.get();
			try (Reader reader = new InputStreamReader(CsvDialect.open(file), dialect.charset());
					CSVParser parser = CSVParser.parse(reader, format)) {
				var records = parser.iterator();
				String expected = String.join(",", rules.columns().keySet());
				if (!records.hasNext()) {
					findings.add(finding("header.missing", name, "", "", Map.of("expected", expected)));
					return result(name, file, sha256, 0, 0, findings);
				}
				CSVRecord header = records.next();
				Map<String, Integer> index = header(header, rules, name, findings);
				if (index == null) {
					while (records.hasNext()) {
						records.next();
						read++;
					}
					return result(name, file, sha256, read, read, findings);
				}
				UniqueKeys seen = new UniqueKeys(rules.unique());
				seen.expect(estimatedRecords(file));
				FileChecks checks = new FileChecks(rules, index, header.size());
				ParsedRecords parsed = new ParsedRecords(parser, records);
				try (RecordSource source = large ? new ParseAhead(parsed, iso3 + " " + name) : parsed) {
					RecordBatch batch;
					do {
						batch = source.next();
						for (int i = 0; i < batch.size; i++) {
							read++;
							CsvRow row = validate(batch.values[i], batch.lines[i], checks, name, seen, findings);
							if (row == null) {
								rejected++;
							}
							else {
								sink.accept(row);
							}
						}
						if (batch.syntaxError != null) {
							read++;
							rejected++;
							findings.add(finding("record.syntax", name, "line " + batch.syntaxLine, "",
									Map.of("reason", String.valueOf(batch.syntaxError.getMessage()))));
						}
						if (batch.failure != null) {
							throw rethrown(batch.failure);
						}
					}
					while (!batch.last);
				}
			}
		}
		catch (IOException | RuntimeException ex) {
			findings.add(finding("file.unreadable", name, "", "", Map.of("reason", String.valueOf(ex.getMessage()))));
			return result(name, file, sha256, read, read, findings);
		}
		return result(name, file, sha256, read, rejected, findings);
	}

	/** Findings of one file, at most {@code limit} per rule; the rest are counted. */
	private final class BoundedFindings extends ArrayList<Finding> {

		private final int limit;

		private final Map<String, Integer> perRule = new HashMap<>();

		BoundedFindings(int limit) {
			this.limit = limit;
		}

		@Override
		public boolean add(Finding finding) {
			return perRule.merge(finding.rule(), 1, Integer::sum) <= limit && super.add(finding);
		}

		List<Finding> withOverflow(String file) {
			List<Finding> all = new ArrayList<>(this);
			perRule.forEach((rule, count) -> {
				if (count > limit) {
					all.add(finding("findings.more", file, "", rule, Map.of("count", count - limit, "limit", limit)));
				}
			});
			return all;
		}
	}

	/** Why the file is refused unread: too large, or not text at all (a workbook or zip renamed .csv). */
	private String refusal(Path file) throws IOException {
		long limit = catalogue.parameter("max_csv_megabytes").longValue() * MEGABYTE;
		if (Files.size(file) > limit) {
			return "size";
		}
		byte[] head = new byte[4096];
		int n;
		try (InputStream in = Files.newInputStream(file)) {
			n = in.readNBytes(head, 0, head.length);
		}
		if (n >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
			return "it is a zip archive, e.g. an Excel workbook renamed .csv";
		}
		for (int i = 0; i < n; i++) {
			if (head[i] == 0) {
				return "it holds binary data";
			}
		}
		return null;
	}

	private CsvIntakeResult result(String name, Path file, Checksum sha256, long read, long rejected,
			BoundedFindings findings) {
		return new CsvIntakeResult(true, new IntakeCount(iso3, name, read, read - rejected, rejected),
				findings.withOverflow(name), sha256.of(file));
	}

	/**
	 * A file's SHA-256: taken in the pass that detects the dialect, or, for a large file, on a thread of its own
	 * while the file is parsed, so the pass before parsing is shorter; taken last if neither happened.
	 */
	private static final class Checksum {

		private String value;

		private FutureTask<String> ahead;

		void taken(String sha256) {
			value = sha256;
		}

		void takeAhead(Path file, String name) {
			ahead = new FutureTask<>(() -> Checksums.sha256(file));
			Thread thread = new Thread(ahead, "csv-checksum " + name);
			thread.setDaemon(true);
			thread.start();
		}

		String of(Path file) {
			if (value == null && ahead != null) {
				try {
					value = ahead.get();
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
				catch (ExecutionException ex) {
					// Taken again below, on this thread, so a failure surfaces as it always did.
				}
			}
			return value != null ? value : Checksums.sha256(file);
		}
	}

	/** Column positions by normalised name, or {@code null} when a required column is missing. */
	private Map<String, Integer> header(CSVRecord header, FileRules rules, String name, List<Finding> findings) {
		Map<String, Integer> index = new HashMap<>();
		for (int i = 0; i < header.size(); i++) {
			String column = header.get(i).strip().toLowerCase(Locale.ROOT);
			if (!rules.columns().containsKey(column)) {
				findings.add(finding("header.unknown_column", name, "line 1", header.get(i), Map.of()));
				continue;
			}
			if (index.putIfAbsent(column, i) != null) {
				findings.add(finding("header.duplicate_column", name, "line 1", column, Map.of()));
				return null;
			}
		}
		List<String> missing = rules.columns().keySet().stream().filter(c -> !index.containsKey(c)).toList();
		if (!missing.isEmpty()) {
			findings.add(finding("header.missing_column", name, "line 1", String.join(",", missing),
					Map.of("expected", String.join(",", rules.columns().keySet()))));
			return null;
		}
		return index;
	}

	/**
	 * A file's rules compiled once: each contract column with its check and its position in this file, the
	 * conditions with their filters. Accepted values are kept in contract order, whatever the file's order.
	 */
	private final class FileChecks {

		final int headerSize;

		final ColumnCheck[] columns;

		final int[] positions;

		/** The file's columns are the contract's, in its order: a record's array can hold its values as they are. */
		final boolean inPlace;

		final Map<String, Integer> index;

		final CompiledCondition[] conditions;

		FileChecks(FileRules rules, Map<String, Integer> filePositions, int headerSize) {
			this.headerSize = headerSize;
			this.index = rules.positions();
			int n = rules.columns().size();
			this.columns = new ColumnCheck[n];
			this.positions = new int[n];
			boolean same = headerSize == n;
			int c = 0;
			for (Map.Entry<String, ColumnRule> column : rules.columns().entrySet()) {
				columns[c] = new ColumnCheck(column.getKey(), column.getValue(), fieldCheck, year);
				positions[c] = filePositions.get(column.getKey());
				same &= positions[c] == c;
				c++;
			}
			this.inPlace = same;
			this.conditions = rules.conditions().stream().map(CompiledCondition::new).toArray(CompiledCondition[]::new);
		}

		int position(String column) {
			return index.get(column);
		}

		/** A condition with its filter built and its fields' positions resolved. */
		final class CompiledCondition {

			final Condition condition;

			final RecordFilter filter;

			final boolean unless;

			final int[] require;

			final int[] forbid;

			CompiledCondition(Condition condition) {
				this.condition = condition;
				this.unless = condition.when() == null;
				this.filter = RecordFilter.of(unless ? condition.unless() : condition.when(), iso3);
				this.require = condition.require().stream().mapToInt(FileChecks.this::position).toArray();
				this.forbid = condition.forbid().stream().mapToInt(FileChecks.this::position).toArray();
			}
		}
	}

	/** About how many records a file holds, from the lines in its first 64 KB: to size the uniqueness table once. */
	private static long estimatedRecords(Path file) throws IOException {
		byte[] head = new byte[64 * 1024];
		int n;
		try (InputStream in = Files.newInputStream(file)) {
			n = in.readNBytes(head, 0, head.length);
		}
		int lines = 0;
		for (int i = 0; i < n; i++) {
			if (head[i] == '\n') {
				lines++;
			}
		}
		return lines == 0 ? 0 : Files.size(file) / Math.max(1, n / lines);
	}

	private static RuntimeException rethrown(Throwable failure) {
		if (failure instanceof Error error) {
			throw error;
		}
		return failure instanceof RuntimeException ex ? ex : new IllegalStateException(failure);
	}

	private CsvRow validate(String[] record, long line, FileChecks checks, String name, UniqueKeys seen,
			List<Finding> findings) {
		// The location is named only when a finding needs it: most records have none.
		if (record.length != checks.headerSize) {
			findings.add(finding("record.columns", name, "line " + line, "",
					Map.of("count", record.length, "expected", checks.headerSize)));
			return null;
		}
		ColumnCheck[] columns = checks.columns;
		String[] values = checks.inPlace ? record : new String[columns.length];
		boolean ok = true;
		for (int c = 0; c < columns.length; c++) {
			String raw = record[checks.positions[c]];
			String value = columns[c].accept(raw);
			if (value != null) {
				values[c] = value;
				continue;
			}
			FieldCheck.Outcome outcome = columns[c].check(raw);
			if (outcome.problem() == null) {
				values[c] = outcome.value();
				continue;
			}
			Finding finding = finding(outcome.problem().rule(), name, "line " + line, raw, outcome.problem().facts());
			findings.add(finding);
			if (finding.isError() || FieldCheck.isUnusable(finding.rule())) {
				ok = false;
			}
			else {
				// A rule the monitoring body made a warning: the value is kept as read.
				values[c] = raw.strip().toLowerCase(Locale.ROOT);
			}
		}
		if (!ok) {
			return null;
		}
		CsvRow row = new CsvRow(checks.index, values);
		for (FileChecks.CompiledCondition condition : checks.conditions) {
			ok &= checkCondition(condition, row, name, line, findings);
		}
		List<String> repeated = seen.repeatedKey(row);
		if (repeated != null) {
			ok = false;
			// The value is a pseudonymous reference: named by column only, so the finding can be shared.
			findings.add(finding("ref.unique", name, "line " + line, "", Map.of("columns", String.join(" + ", repeated))));
		}
		return ok ? row : null;
	}

	private boolean checkCondition(FileChecks.CompiledCondition compiled, CsvRow row, String name, long line,
			List<Finding> findings) {
		if (compiled.filter.matches(row) == compiled.unless) {
			return true;
		}
		Condition condition = compiled.condition;
		boolean ok = true;
		for (int i = 0; i < compiled.require.length; i++) {
			if (row.get(compiled.require[i]).isEmpty()) {
				ok = false;
				findings.add(conditionFinding(condition, condition.require().get(i), row, name, "line " + line, ""));
			}
		}
		for (int i = 0; i < compiled.forbid.length; i++) {
			String value = row.get(compiled.forbid[i]);
			if (!value.isEmpty()) {
				ok = false;
				findings.add(conditionFinding(condition, condition.forbid().get(i), row, name, "line " + line, value));
			}
		}
		return ok;
	}

	/** Conditions carry their own rule id and wording in csv-rules.yaml. */
	private Finding conditionFinding(Condition condition, String field, CsvRow row, String name, String location,
			String value) {
		String message = condition.message().replace("{field}", field);
		for (String column : List.of("stage", "pillar", "audience")) {
			message = message.replace("{" + column + "}", row.get(column));
		}
		return new Finding(iso3, Severity.ERROR, name, location, condition.rule(), value, message);
	}

	private Finding finding(String rule, String file, String location, String value, Map<String, ?> facts) {
		Map<String, Object> all = new HashMap<>(facts);
		all.put("year", year);
		return catalogue.finding(rule, iso3, file, location, value, all);
	}
}
