package org.scorecards.intake;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Consumer;
import java.util.function.Function;

import org.scorecards.Checksums;
import org.scorecards.intake.CsvRules.ColumnRule;
import org.scorecards.intake.CsvRules.Condition;
import org.scorecards.intake.CsvRules.FileRules;
import org.scorecards.reference.ReferenceData;
import org.scorecards.validation.Finding;
import org.scorecards.validation.RuleCatalogue;
import org.scorecards.validation.Severity;

/**
 * The one path every CSV family is read through: size and kind of file, dialect, header, then each record
 * against the file's rules. Accepted records go to the sink; every rejected record is counted and listed
 * with its reasons. A record whose key may repeat an earlier one is held and decided exactly once the file
 * is read, on a second look at it ({@link UniqueKeys}): it then goes to the sink, later than its place.
 */
final class ValidatedCsvReader {

	private static final long MEGABYTE = 1024 * 1024;

	/**
	 * Files from this size (about 100,000 records) are parsed on a second thread while this one validates: on
	 * ten million records either side alone takes about as long as the other.
	 */
	static final long PARSE_AHEAD_BYTES = 8 * MEGABYTE;

	private static final boolean MORE_THAN_ONE_CORE = Runtime.getRuntime().availableProcessors() > 1;

	/** What {@link #validate} gives for a record held for the second look: neither accepted nor rejected yet. */
	private static final CsvRow HELD = new CsvRow(Map.of(), new String[0]);

	/** What {@link #value} gives for a value that rejects its record; compared by identity. */
	@SuppressWarnings("StringOperationCanBeSimplified")
	private static final String REJECTED = new String("rejected");

	private final long parseAheadBytes;

	private final String iso3;

	private final int year;

	private final FieldCheck fieldCheck;

	private final RuleCatalogue catalogue;

	private final Function<List<List<String>>, UniqueKeys> uniqueKeys;

	ValidatedCsvReader(String iso3, int year, ReferenceData reference, RuleCatalogue catalogue) {
		this(iso3, year, reference, catalogue, PARSE_AHEAD_BYTES);
	}

	/** @param parseAheadBytes the size from which a file is parsed on a thread of its own (tests lower it) */
	ValidatedCsvReader(String iso3, int year, ReferenceData reference, RuleCatalogue catalogue, long parseAheadBytes) {
		this(iso3, year, reference, catalogue, parseAheadBytes, UniqueKeys::new);
	}

	/** @param uniqueKeys what remembers a file's unique groups (tests give it a hash that collides) */
	ValidatedCsvReader(String iso3, int year, ReferenceData reference, RuleCatalogue catalogue, long parseAheadBytes,
			Function<List<List<String>>, UniqueKeys> uniqueKeys) {
		this.uniqueKeys = uniqueKeys;
		this.parseAheadBytes = parseAheadBytes;
		this.iso3 = iso3;
		this.year = year;
		this.fieldCheck = new FieldCheck(reference, year);
		this.catalogue = catalogue;
	}

	CsvIntakeResult read(Path file, FileRules rules, Consumer<CsvRow> sink) {
		String name = file.getFileName().toString();
		BoundedFindings findings = new BoundedFindings(catalogue.parameter("max_findings_per_rule").intValue());
		PlainFiles kind = PlainFiles.of(file);
		if (kind == PlainFiles.REFUSED || kind == PlainFiles.FOLDER) {
			// Not read, so not a source: no checksum of a link's target reaches the manifest.
			findings.add(finding("file.not_plain", name, "", "", Map.of()));
			return new CsvIntakeResult(false, new IntakeCount(iso3, name, 0, 0, 0), findings.withOverflow(name), null);
		}
		if (kind == PlainFiles.MISSING) {
			findings.add(finding("file.missing", name, "", "", Map.of()));
			return new CsvIntakeResult(false, new IntakeCount(iso3, name, 0, 0, 0), findings.withOverflow(name), null);
		}
		long read = 0;
		long rejected = 0;
		Checksum sha256 = new Checksum();
		Exception failure = null;
		try {
			String refusal = refusal(file);
			if (refusal != null) {
				String rule = refusal.equals("size") ? "file.too_large" : refusal.equals(UTF_16) ? "file.utf16" : "file.not_csv";
				findings.add(finding(rule, name, "", "",
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
			UniqueKeys seen;
			FileChecks checks;
			Places places;
			CsvScanner scanner = scanner(file, dialect);
			try {
				String expected = String.join(",", rules.columns().keySet());
				CsvScanner.Scanned header = scanner.next();
				if (header == null) {
					findings.add(finding("header.missing", name, "", "", Map.of("expected", expected)));
					return result(name, file, sha256, 0, 0, findings);
				}
				Map<String, Integer> index = header.flaw() != null ? null : header(header.values(), rules, name, findings);
				if (index == null) {
					if (header.flaw() != null) {
						findings.add(flawFinding(header.flaw(), header.values(), name, header.line()));
					}
					for (CsvScanner.Scanned record = scanner.next(); record != null; record = scanner.next()) {
						read += 1 + (record.flaw() == null ? 0 : record.flaw().linesLeft());
					}
					return result(name, file, sha256, read, read, findings);
				}
				seen = uniqueKeys.apply(rules.unique());
				seen.expect(estimatedRecords(file));
				checks = new FileChecks(rules, index, header.fieldCount(), header.values());
				places = new Places(findings);
				ParsedRecords parsed = new ParsedRecords(scanner);
				long ordinal = 0;
				FileChecks fileChecks = checks;
				try (RecordSource source = large ? new ParseAhead(parsed, iso3 + " " + name, fileChecks::checkAhead)
						: parsed) {
					RecordBatch batch;
					do {
						batch = source.next();
						for (int i = 0; i < batch.size; i++, ordinal++) {
							read++;
							CsvScanner.Flaw flaw = batch.flaws[i];
							if (flaw != null) {
								// One record, rejected; the lines a stop left unread are counted with it.
								read += flaw.linesLeft();
								rejected += 1 + flaw.linesLeft();
								findings.add(flawFinding(flaw, checks.header, name, batch.lines[i]));
								places.after(ordinal);
								continue;
							}
							String[] accepted = batch.accepted[i];
							CsvRow row = accepted != null
									? decided(new CsvRow(checks.index, accepted), batch.quiet[i], batch.lines[i], ordinal,
											checks, name, seen, findings)
									: validate(batch.values[i], batch.fieldCounts[i], batch.lines[i], ordinal, checks, name,
											seen, findings);
							if (row == null) {
								rejected++;
							}
							else if (row != HELD) {
								sink.accept(row);
							}
							places.after(ordinal);
						}
						if (batch.failure != null) {
							throw rethrown(batch.failure);
						}
					}
					while (!batch.last);
				}
				catch (RuntimeException ex) {
					// The records before the failure are still decided: their repeats are reported as they were.
					failure = ex;
				}
			}
			finally {
				scanner.close();
			}
			if (!seen.decided()) {
				try {
					rejected += secondLook(file, dialect, large, checks, name, seen, places, sink);
				}
				catch (IOException | RuntimeException ex) {
					failure = failure != null ? failure : ex;
				}
			}
		}
		catch (IOException | RuntimeException ex) {
			failure = ex;
		}
		if (failure != null) {
			findings.add(finding("file.unreadable", name, "", "", Map.of("reason", String.valueOf(failure.getMessage()))));
			return result(name, file, sha256, read, read, findings);
		}
		return result(name, file, sha256, read, rejected, findings);
	}

	/**
	 * Decides the records held because a key's hash was seen before, reading the file again (as often as the
	 * looks need): a held record is rejected as a repeat only if an earlier record truly holds its key, with
	 * the finding the first pass would have given, where it would have put it; otherwise it is accepted, or
	 * rejected for its conditions (their findings were given in the first pass). Gives the count rejected.
	 */
	private long secondLook(Path file, CsvDialect dialect, boolean large, FileChecks checks, String name,
			UniqueKeys seen, Places places, Consumer<CsvRow> sink) throws IOException {
		long rejected = 0;
		while (!seen.decided()) {
			UniqueKeys.Look look = seen.look();
			CsvScanner scanner = scanner(file, dialect);
			try {
				// The header, read in the first pass.
				scanner.next();
				ParsedRecords parsed = new ParsedRecords(scanner);
				try (RecordSource source = large ? new ParseAhead(parsed, iso3 + " " + name, null) : parsed) {
					long ordinal = 0;
					RecordBatch batch;
					reading: do {
						batch = source.next();
						for (int i = 0; i < batch.size; i++, ordinal++) {
							if (look.past(ordinal)) {
								break reading;
							}
							if (batch.flaws[i] != null) {
								continue;
							}
							String[] record = batch.values[i];
							long line = batch.lines[i];
							// Most records are passed over on their key columns alone.
							CsvRow keys = keyRow(record, batch.fieldCounts[i], line, checks, name);
							if (keys == null || !look.needs(ordinal, keys)) {
								continue;
							}
							CsvRow row = columnsChecked(record, batch.fieldCounts[i], line, checks, name, DISCARDED);
							UniqueKeys.Verdict verdict = row == null ? null : look.take(ordinal, row);
							if (verdict == null) {
								continue;
							}
							if (verdict.repeated() != null) {
								rejected++;
								places.insert(ordinal, uniqueFinding(verdict.repeated(), name, line));
							}
							else if (conditionsHold(row, checks, name, line, DISCARDED)) {
								sink.accept(row);
							}
							else {
								rejected++;
							}
						}
						if (batch.failure != null) {
							throw rethrown(batch.failure);
						}
					}
					while (!batch.last);
				}
			}
			finally {
				scanner.close();
			}
			look.done();
		}
		return rejected;
	}

	/** A row of only the key columns' values as the first pass kept them; {@code null} for a record it rejected on them. */
	private CsvRow keyRow(String[] record, int fieldCount, long line, FileChecks checks, String name) {
		if (fieldCount != checks.headerSize) {
			return null;
		}
		String[] values = new String[checks.columns.length];
		for (int c : checks.keyColumns) {
			String value = value(checks.columns[c], record[checks.positions[c]], line, name, DISCARDED);
			if (value == REJECTED) {
				return null;
			}
			values[c] = value;
		}
		return new CsvRow(checks.index, values);
	}

	/** Findings no one reads: the second look re-checks records whose findings the first pass gave. */
	private static final List<Finding> DISCARDED = new AbstractList<>() {

		@Override
		public boolean add(Finding finding) {
			return false;
		}

		@Override
		public Finding get(int index) {
			throw new IndexOutOfBoundsException(index);
		}

		@Override
		public int size() {
			return 0;
		}
	};

	/**
	 * Where the findings of each record of the first pass end, so that a finding decided on the second look
	 * goes where the first pass would have put it: after its record's other findings, before the next
	 * record's. Noted only when a record adds findings, so it holds no more places than findings kept.
	 */
	private static final class Places {

		private final BoundedFindings findings;

		private long[] ordinals = new long[16];

		private int[] sizes = new int[16];

		private int count;

		private int cursor;

		private int inserted;

		Places(BoundedFindings findings) {
			this.findings = findings;
			note(-1);
		}

		/** After the first pass's record of this ordinal. */
		void after(long ordinal) {
			if (findings.size() != sizes[count - 1]) {
				note(ordinal);
			}
		}

		/** A finding for the record of this ordinal; ordinals only increase from call to call. */
		void insert(long ordinal, Finding finding) {
			while (cursor + 1 < count && ordinals[cursor + 1] <= ordinal) {
				cursor++;
			}
			if (findings.insert(sizes[cursor] + inserted, finding)) {
				inserted++;
			}
		}

		private void note(long ordinal) {
			if (count == ordinals.length) {
				ordinals = Arrays.copyOf(ordinals, count * 2);
				sizes = Arrays.copyOf(sizes, count * 2);
			}
			ordinals[count] = ordinal;
			sizes[count] = findings.size();
			count++;
		}
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

		/** Adds a finding at a place before the end, as {@link #add} does at the end; whether it was kept. */
		boolean insert(int index, Finding finding) {
			if (perRule.merge(finding.rule(), 1, Integer::sum) > limit) {
				return false;
			}
			super.add(index, finding);
			return true;
		}

		/**
		 * Notes a rule whose findings may come later, at the moment the first of them would have come, so the
		 * rules are counted, and their overflows listed, in the order they always were.
		 */
		void expect(String rule) {
			perRule.putIfAbsent(rule, 0);
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

	private static final String UTF_16 = "utf16";

	/** Why the file is refused unread: too large, UTF-16, or not text at all (a workbook or zip renamed .csv). */
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
		// Refused by name, not as "binary data": the zero bytes of UTF-16 (a "Unicode" export) are its high bytes.
		if (n >= 2 && (head[0] == (byte) 0xFF && head[1] == (byte) 0xFE || head[0] == (byte) 0xFE && head[1] == (byte) 0xFF)) {
			return UTF_16;
		}
		if (n >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
			return "it is a zip archive, e.g. an Excel workbook renamed .csv";
		}
		// A stray NUL in a text file rejects its record only; a file that is mostly NULs is not text at all.
		int zeros = 0;
		for (int i = 0; i < n; i++) {
			zeros += head[i] == 0 ? 1 : 0;
		}
		return zeros * 16 > n ? "it holds binary data" : null;
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

	/** Splits the file, every field bounded by the catalogue's {@code max_field_characters}. */
	private CsvScanner scanner(Path file, CsvDialect dialect) throws IOException {
		return new CsvScanner(() -> new InputStreamReader(CsvDialect.open(file), dialect.charset()), dialect.separator(),
				catalogue.parameter("max_field_characters").intValue());
	}

	/**
	 * A record that could not be split (record.syntax) or has a field over the bound (field.too_long, its value
	 * cut short): one record, rejected, located at the line it starts on.
	 */
	private Finding flawFinding(CsvScanner.Flaw flaw, String[] header, String name, long line) {
		if (flaw.kind() == CsvScanner.FlawKind.TOO_LONG) {
			String column = flaw.field() < header.length ? header[flaw.field()].strip() : "field " + (flaw.field() + 1);
			return finding("field.too_long", name, "line " + line, flaw.start() + "…",
					Map.of("column", column, "limit", catalogue.parameter("max_field_characters")));
		}
		return finding("record.syntax", name, "line " + line, "", Map.of("reason", flaw.reason()));
	}

	/** Column positions by normalised name, or {@code null} when a required column is missing. */
	private Map<String, Integer> header(String[] header, FileRules rules, String name, List<Finding> findings) {
		Map<String, Integer> index = new HashMap<>();
		for (int i = 0; i < header.length; i++) {
			String column = header[i].strip().toLowerCase(Locale.ROOT);
			if (!rules.columns().containsKey(column)) {
				findings.add(finding("header.unknown_column", name, "line 1", header[i], Map.of()));
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

		/** The file's column names as written. */
		final String[] header;

		final ColumnCheck[] columns;

		final int[] positions;

		/** The file's columns are the contract's, in its order: a record's array can hold its values as they are. */
		final boolean inPlace;

		final Map<String, Integer> index;

		final CompiledCondition[] conditions;

		/** Positions of the columns of the unique groups: all the second look reads of most records. */
		final int[] keyColumns;

		FileChecks(FileRules rules, Map<String, Integer> filePositions, int headerSize, String[] header) {
			this.headerSize = headerSize;
			this.header = header;
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
			this.keyColumns = rules.unique().stream().flatMap(List::stream).distinct().mapToInt(index::get).toArray();
		}

		int position(String column) {
			return index.get(column);
		}

		/**
		 * On the parsing thread: fills {@link RecordBatch#accepted} and {@link RecordBatch#quiet} for the records
		 * that pass every column check, by the same checks the reader would make (they read nothing that changes).
		 * Anything else is left to the reader.
		 */
		void checkAhead(RecordBatch batch) {
			try {
				checkEach(batch);
			}
			catch (RuntimeException ex) {
				// The records from this one on are left to the reader: whatever went wrong goes wrong again there,
				// in order, as it would have without the check ahead.
			}
		}

		private void checkEach(RecordBatch batch) {
			for (int i = 0; i < batch.size; i++) {
				if (batch.flaws[i] != null || batch.fieldCounts[i] != headerSize) {
					continue;
				}
				String[] record = batch.values[i];
				String[] values = new String[columns.length];
				boolean passed = true;
				for (int c = 0; c < columns.length && passed; c++) {
					values[c] = columns[c].accept(record[positions[c]]);
					passed = values[c] != null;
				}
				if (!passed) {
					continue;
				}
				CsvRow row = new CsvRow(index, values);
				boolean quiet = true;
				for (CompiledCondition compiled : conditions) {
					quiet &= compiled.filter.matches(row) == compiled.unless;
				}
				batch.accepted[i] = values;
				batch.quiet[i] = quiet;
			}
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

	/**
	 * The record as accepted, {@code null} when rejected, or {@link #HELD} when a key's hash was seen before:
	 * whether it repeats an earlier record is then decided exactly on the second look.
	 */
	private CsvRow validate(String[] record, int fieldCount, long line, long ordinal, FileChecks checks, String name,
			UniqueKeys seen, BoundedFindings findings) {
		CsvRow row = columnsChecked(record, fieldCount, line, checks, name, findings);
		return row == null ? null : decided(row, false, line, ordinal, checks, name, seen, findings);
	}

	/**
	 * A record whose values passed their columns: its conditions (unless known to hold quietly), then its keys.
	 * Same answers as {@link #validate}.
	 */
	private CsvRow decided(CsvRow row, boolean quiet, long line, long ordinal, FileChecks checks, String name,
			UniqueKeys seen, BoundedFindings findings) {
		boolean ok = quiet || conditionsHold(row, checks, name, line, findings);
		if (seen.mayRepeat(ordinal, row)) {
			findings.expect("ref.unique");
			return HELD;
		}
		return ok ? row : null;
	}

	/** The record with its values as kept, or {@code null} when its column count or a value rejects it. */
	private CsvRow columnsChecked(String[] record, int fieldCount, long line, FileChecks checks, String name,
			List<Finding> findings) {
		// The location is named only when a finding needs it: most records have none.
		if (fieldCount != checks.headerSize) {
			findings.add(finding("record.columns", name, "line " + line, "",
					Map.of("count", fieldCount, "expected", checks.headerSize)));
			return null;
		}
		ColumnCheck[] columns = checks.columns;
		String[] values = checks.inPlace ? record : new String[columns.length];
		boolean ok = true;
		for (int c = 0; c < columns.length; c++) {
			String value = value(columns[c], record[checks.positions[c]], line, name, findings);
			if (value == REJECTED) {
				ok = false;
			}
			else {
				values[c] = value;
			}
		}
		return ok ? new CsvRow(checks.index, values) : null;
	}

	/** A column's value as a record keeps it, or {@link #REJECTED}; a problem with it goes to the findings. */
	private String value(ColumnCheck column, String raw, long line, String name, List<Finding> findings) {
		String value = column.accept(raw);
		if (value != null) {
			return value;
		}
		FieldCheck.Outcome outcome = column.check(raw);
		if (outcome.problem() == null) {
			return outcome.value();
		}
		Finding finding = finding(outcome.problem().rule(), name, "line " + line, raw, outcome.problem().facts());
		findings.add(finding);
		if (finding.isError() || FieldCheck.isUnusable(finding.rule())) {
			return REJECTED;
		}
		// A rule the monitoring body made a warning: the value is kept as read.
		return raw.strip().toLowerCase(Locale.ROOT);
	}

	private boolean conditionsHold(CsvRow row, FileChecks checks, String name, long line, List<Finding> findings) {
		boolean ok = true;
		for (FileChecks.CompiledCondition condition : checks.conditions) {
			ok &= checkCondition(condition, row, name, line, findings);
		}
		return ok;
	}

	/** The value is a pseudonymous reference: named by column only, so the finding can be shared. */
	private Finding uniqueFinding(List<String> columns, String name, long line) {
		return finding("ref.unique", name, "line " + line, "", Map.of("columns", String.join(" + ", columns)));
	}

	/** Whether the record may be accepted: a condition whose rule is a warning flags it without rejecting it. */
	private boolean checkCondition(FileChecks.CompiledCondition compiled, CsvRow row, String name, long line,
			List<Finding> findings) {
		if (compiled.filter.matches(row) == compiled.unless) {
			return true;
		}
		Condition condition = compiled.condition;
		boolean ok = true;
		for (int i = 0; i < compiled.require.length; i++) {
			if (row.get(compiled.require[i]).isEmpty()) {
				Finding finding = conditionFinding(condition, condition.require().get(i), row, name, line, "");
				ok &= finding.severity() != Severity.ERROR;
				findings.add(finding);
			}
		}
		for (int i = 0; i < compiled.forbid.length; i++) {
			String value = row.get(compiled.forbid[i]);
			if (!value.isEmpty()) {
				Finding finding = conditionFinding(condition, condition.forbid().get(i), row, name, line, value);
				ok &= finding.severity() != Severity.ERROR;
				findings.add(finding);
			}
		}
		return ok;
	}

	/**
	 * A condition names its rule in csv-rules.yaml; severity and wording come from the rule catalogue. Its
	 * message may name the field concerned and any column of the record, whose values passed their checks.
	 */
	private Finding conditionFinding(Condition condition, String field, CsvRow row, String name, long line,
			String value) {
		Map<String, Object> facts = new HashMap<>();
		row.index().forEach((column, position) -> facts.put(column, row.get(position)));
		facts.put("field", field);
		return finding(condition.rule(), name, "line " + line, value, facts);
	}

	private Finding finding(String rule, String file, String location, String value, Map<String, ?> facts) {
		Map<String, Object> all = new HashMap<>(facts);
		all.put("year", year);
		return catalogue.finding(rule, iso3, file, location, value, all);
	}
}
