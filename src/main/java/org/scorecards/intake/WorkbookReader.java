package org.scorecards.intake;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.crypt.Decryptor;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.util.CellReference;
import org.xml.sax.SAXException;

import org.scorecards.methodology.Methodology;
import org.scorecards.methodology.WorkbookItem;
import org.scorecards.validation.Finding;
import org.scorecards.validation.RuleCatalogue;

/**
 * Reads and validates the focal point's {@code indicators.xlsx}, streaming it once (a workbook of a million rows
 * is read in the memory of one row), and keeps the cells its annotated copy shows, so the validation workbook
 * never opens the submitted file again. Findings are bounded per rule as a CSV file's are.
 */
public final class WorkbookReader {

	private static final int HEADER_SEARCH_ROWS = 10;

	private static final long MEGABYTE = 1024 * 1024;

	/** Columns the tool reads on the Cover (labels, values) and the Narrative (pillar, text). */
	private static final int COVER_COLUMNS = 2;

	private static final int NARRATIVE_COLUMNS = IndicatorWorkbook.NARRATIVE_COLUMNS.size();

	/** Columns of each sheet its annotated copy shows, by sheet name in lower case: the contract's, nothing beside. */
	private static final Map<String, Integer> COPIED_COLUMNS = Map.of(
			IndicatorWorkbook.COVER.toLowerCase(Locale.ROOT), COVER_COLUMNS,
			IndicatorWorkbook.INDICATORS.toLowerCase(Locale.ROOT), IndicatorWorkbook.INDICATOR_COLUMNS.size(),
			IndicatorWorkbook.NARRATIVE.toLowerCase(Locale.ROOT), NARRATIVE_COLUMNS);

	private static final String NOT_XLSX = "it is not an .xlsx file (perhaps a CSV or an old .xls renamed)";

	private final String iso3;

	private final int year;

	private final Methodology methodology;

	private final RuleCatalogue catalogue;

	private final LocalDate asOf;

	private final List<Finding> findings = new ArrayList<>();

	private final Map<String, Integer> perRule = new LinkedHashMap<>();

	private long rowsRead;

	public WorkbookReader(String iso3, int year, Methodology methodology, RuleCatalogue catalogue) {
		this(iso3, year, methodology, catalogue, null);
	}

	/** @param asOf the date the run issues its results for: a submission dated later is flagged; may be null */
	public WorkbookReader(String iso3, int year, Methodology methodology, RuleCatalogue catalogue, LocalDate asOf) {
		this.asOf = asOf;
		this.iso3 = iso3;
		this.year = year;
		this.methodology = methodology;
		this.catalogue = catalogue;
	}

	static {
		// An indicator workbook's largest part is a few hundred kilobytes of XML; a part that unzips to more
		// than this is refused as it streams (the size limit alone bounds only the zip).
		ZipSecureFile.setMaxEntrySize(64L * 1024 * 1024);
	}

	public List<Finding> findings() {
		return findings;
	}

	/** Rows of the Indicators sheet that carry a code: each is accepted or rejected. */
	long rowsRead() {
		return rowsRead;
	}

	public WorkbookSubmission read(Path file) {
		PlainFiles plain = PlainFiles.of(file);
		if (plain == PlainFiles.REFUSED || plain == PlainFiles.FOLDER) {
			return block("", "file.not_plain", "", Map.of());
		}
		if (plain == PlainFiles.MISSING) {
			Optional<Path> lookalike = WorkbookLookalike.in(file.getParent());
			if (lookalike.isPresent()) {
				String name = lookalike.get().getFileName().toString();
				Finding finding = catalogue.finding("workbook.other_format", iso3, name, "", name,
						Map.of("format", WorkbookLookalike.format(lookalike.get())));
				findings.add(finding);
				return WorkbookSubmission.blocked(finding.message());
			}
			return block("", "workbook.missing", "", Map.of());
		}
		try {
			long size = Files.size(file);
			long limit = catalogue.parameter("max_workbook_megabytes").longValue() * MEGABYTE;
			if (size > limit) {
				// Rounded up: a file just above the limit never reads as "20 MB, above the limit of 20 MB".
				return block("", "file.too_large", "",
						Map.of("size", (size + MEGABYTE - 1) / MEGABYTE, "limit", limit / MEGABYTE));
			}
			// Only an .xlsx (a zip) or an encrypted one (an OLE2 container) is opened: an old .xls would be read
			// by another parser, without the zip-level protections.
			FileMagic kind = FileMagic.valueOf(file.toFile());
			if (kind == FileMagic.OLE2 && encrypted(file)) {
				return block("", "workbook.encrypted", "", Map.of());
			}
			if (kind != FileMagic.OOXML) {
				return block("", "workbook.unreadable", "", Map.of("reason", NOT_XLSX));
			}
		}
		catch (IOException | RuntimeException ex) {
			return block("", "workbook.unreadable", "", Map.of("reason", readable(ex, file)));
		}
		try (StreamedWorkbook workbook = StreamedWorkbook.open(file)) {
			WorkbookSubmission submission = read(workbook);
			addOverflow();
			return submission;
		}
		catch (IOException | OpenXML4JException | SAXException | RuntimeException ex) {
			if (causes(ex).contains("DOCTYPE is disallowed")) {
				return block("", "workbook.doctype", "", Map.of());
			}
			return block("", "workbook.unreadable", "", Map.of("reason", readable(ex, file)));
		}
	}

	/** An OLE2 file holding an encrypted package is a password-protected .xlsx; any other is an old .xls. */
	private static boolean encrypted(Path file) throws IOException {
		try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
			return fs.getRoot().hasEntry(Decryptor.DEFAULT_POIFS_ENTRY);
		}
	}

	/**
	 * Streams the three sheets once each, in the order their checks run: the Cover, the Indicators, the
	 * Narrative. Each visible one is copied for the validation workbook on the way, whatever its checks find.
	 */
	private WorkbookSubmission read(StreamedWorkbook workbook) throws IOException, OpenXML4JException, SAXException {
		var coverSheet = workbook.sheet(IndicatorWorkbook.COVER);
		var indicatorsSheet = workbook.sheet(IndicatorWorkbook.INDICATORS);
		var narrativeSheet = workbook.sheet(IndicatorWorkbook.NARRATIVE);
		List<SubmittedSheet> copy = new ArrayList<>();
		if (coverSheet.isEmpty() || indicatorsSheet.isEmpty()) {
			for (var sheet : List.of(coverSheet, indicatorsSheet, narrativeSheet)) {
				if (sheet.isPresent()) {
					// nothing to check on a workbook without its sheets: read for the copy only
					read(workbook, sheet.get(), (row, column) -> false, (row, cells) -> {
					}, copy);
				}
			}
			Finding finding = add("", "workbook.sheets",
					coverSheet.isEmpty() ? IndicatorWorkbook.COVER : IndicatorWorkbook.INDICATORS, Map.of());
			return new WorkbookSubmission(Map.of(), Map.of(), Map.of(), finding.message(), copy);
		}
		CoverRows cover = new CoverRows();
		read(workbook, coverSheet.get(), (row, column) -> column < COVER_COLUMNS, cover, copy);
		String blocked = checkCover(cover);
		IndicatorRows indicators = new IndicatorRows();
		read(workbook, indicatorsSheet.get(), indicators, indicators, copy);
		Map<String, WorkbookEntry> entries = indicators.finish();
		NarrativeRows narrative = new NarrativeRows(entries != null);
		if (narrativeSheet.isPresent()) {
			read(workbook, narrativeSheet.get(), (row, column) -> column < NARRATIVE_COLUMNS, narrative, copy);
		}
		if (entries == null) {
			return new WorkbookSubmission(cover.values, Map.of(), Map.of(), "the Indicators sheet has no usable header",
					copy);
		}
		checkConsistency(entries);
		return new WorkbookSubmission(cover.values, entries, narrative.texts, blocked, copy);
	}

	/** Streams one sheet through its checks and, when it is visible, through its copy. */
	private void read(StreamedWorkbook workbook, StreamedWorkbook.SheetEntry sheet, SheetCells.Columns columns,
			SheetCells.Rows checks, List<SubmittedSheet> copy) throws IOException, OpenXML4JException, SAXException {
		int copied = COPIED_COLUMNS.getOrDefault(sheet.name().toLowerCase(Locale.ROOT), 0);
		if (!sheet.visible() || copied == 0) {
			workbook.read(sheet, columns, checks);
			return;
		}
		CopiedSheet copier = new CopiedSheet(sheet.name(), copied, maxText());
		SheetCells read = workbook.read(sheet, (row, column) -> column < copied || columns.wanted(row, column),
				(row, cells) -> {
					checks.row(row, cells);
					copier.row(row, cells);
				});
		copy.add(copier.sheet(read));
	}

	/** The Cover's labels (column A) and values (column B). */
	private final class CoverRows implements SheetCells.Rows {

		/** The contract's labels, and others of the first rows (a title, a phone number): never a million. */
		final Map<String, String> values = new LinkedHashMap<>();

		/** The first row of each contract label, and its value cell. */
		final Map<String, SubmittedCell> cells = new HashMap<>();

		final Map<String, String> locations = new HashMap<>();

		@Override
		public void row(int row, List<SubmittedCell> rowCells) {
			String label = CellValues.text(at(rowCells, 0));
			if (label.isEmpty()) {
				return;
			}
			String location = "Cover!B" + (row + 1);
			String value = bounded(at(rowCells, 1), location);
			boolean contract = IndicatorWorkbook.COVER_LABELS.contains(label);
			if (contract && !locations.containsKey(label)) {
				locations.put(label, location);
				cells.put(label, at(rowCells, 1));
				values.put(label, value);
			}
			else if (!contract && values.size() < SubmittedSheet.MAX_ROWS) {
				values.put(label, value);
			}
		}

		String location(String label) {
			return locations.getOrDefault(label, IndicatorWorkbook.COVER);
		}
	}

	private String checkCover(CoverRows cover) {
		String country = cover.values.getOrDefault(IndicatorWorkbook.COUNTRY, "");
		String reportingYear = cover.values.getOrDefault(IndicatorWorkbook.YEAR, "");
		String blocked = null;
		if (!country.equalsIgnoreCase(iso3)) {
			// The reason is published (summary, annex): it names the rule, never the value typed there.
			blocked = "the workbook's Cover does not name " + iso3 + " as its country";
			add(cover.location(IndicatorWorkbook.COUNTRY), "cover.country", country, Map.of());
		}
		if (!reportingYear.equals(Integer.toString(year))) {
			blocked = blocked != null ? blocked : "the workbook's Cover does not give " + year + " as its reporting year";
			add(cover.location(IndicatorWorkbook.YEAR), "cover.year", reportingYear, Map.of());
		}
		checkSubmittedOn(cover);
		return blocked;
	}

	/**
	 * Submitted on: a date cell or ISO text, the contract's date format. Any other text (28/01/2026 reads as
	 * the 28th of January or nothing, depending on the reader) is an error on the cell; the date itself is
	 * not scored, so nothing else is blocked. Left empty it is not checked.
	 */
	private void checkSubmittedOn(CoverRows cover) {
		if (!cover.locations.containsKey(IndicatorWorkbook.SUBMITTED_ON)) {
			return;
		}
		String location = cover.location(IndicatorWorkbook.SUBMITTED_ON);
		SubmittedCell cell = cover.cells.get(IndicatorWorkbook.SUBMITTED_ON);
		String text = CellValues.text(cell);
		LocalDate date = CellValues.date(cell);
		if (!text.isEmpty() && date == null) {
			add(location, "submitted_on.date", text, Map.of("example", (year + 1) + "-01-15"));
		}
		else if (date != null && asOf != null && date.isAfter(asOf)) {
			add(location, "submitted_on.after_as_of", text, Map.of("as_of", asOf));
		}
	}

	/**
	 * The Indicators table: its header looked for in the first rows (every column there, by name), then only
	 * the code and value columns of each row. A value beside the table, as far as column XFD, is never read.
	 */
	private final class IndicatorRows implements SheetCells.Rows, SheetCells.Columns {

		private int codeColumn = -1;

		private int valueColumn = -1;

		private final Map<String, WorkbookEntry> accepted = new LinkedHashMap<>();

		private final Set<String> seen = new HashSet<>();

		@Override
		public boolean wanted(int row, int column) {
			return codeColumn < 0 ? row <= HEADER_SEARCH_ROWS : column == codeColumn || column == valueColumn;
		}

		@Override
		public void row(int row, List<SubmittedCell> cells) {
			if (codeColumn < 0) {
				if (row <= HEADER_SEARCH_ROWS) {
					header(cells);
				}
				return;
			}
			String code = CellValues.text(at(cells, codeColumn));
			if (code.isEmpty()) {
				return;
			}
			rowsRead++;
			String codeCell = "Indicators!" + new CellReference(row, codeColumn).formatAsString(false);
			String valueCell = "Indicators!" + new CellReference(row, valueColumn).formatAsString(false);
			var item = methodology.workbookItem(code);
			if (item.isEmpty()) {
				add(codeCell, "indicator.unknown_code", code, Map.of("version", methodology.version()));
				return;
			}
			String canonical = item.get().code();
			if (!seen.add(canonical)) {
				// Which of two rows is meant cannot be told, so neither is used.
				add(codeCell, "indicator.duplicate", code, Map.of("code", canonical));
				accepted.remove(canonical);
				return;
			}
			WorkbookEntry entry = value(item.get(), at(cells, valueColumn), valueCell);
			if (entry != null) {
				accepted.put(canonical, entry);
			}
		}

		/** The first column named code and the first named value, in any case, if this row has both. */
		private void header(List<SubmittedCell> cells) {
			int code = -1;
			int value = -1;
			for (SubmittedCell cell : cells) {
				String name = CellValues.text(cell).toLowerCase(Locale.ROOT);
				if (code < 0 && name.equals("code")) {
					code = cell.column();
				}
				else if (value < 0 && name.equals("value")) {
					value = cell.column();
				}
			}
			if (code >= 0 && value >= 0) {
				codeColumn = code;
				valueColumn = value;
			}
		}

		/** Entries by code, or {@code null} when no header row was found. */
		Map<String, WorkbookEntry> finish() {
			if (codeColumn < 0) {
				add(IndicatorWorkbook.INDICATORS, "header.indicators", "",
						Map.of("expected", String.join(" | ", IndicatorWorkbook.INDICATOR_COLUMNS)));
				return null;
			}
			for (WorkbookItem item : methodology.workbook()) {
				if (!seen.contains(item.code())) {
					add(IndicatorWorkbook.INDICATORS, "indicator.missing_row", item.code(), Map.of("label", item.label()));
				}
			}
			return accepted;
		}
	}

	/** The cell of that column in a row's cells (in column order), or {@code null}. */
	private static SubmittedCell at(List<SubmittedCell> cells, int column) {
		for (SubmittedCell cell : cells) {
			if (cell.column() == column) {
				return cell;
			}
		}
		return null;
	}

	/** The accepted entry, or {@code null} with a finding when the value is absent or invalid. */
	private WorkbookEntry value(WorkbookItem item, SubmittedCell cell, String location) {
		String text = CellValues.text(cell);
		if (CellValues.uncalculated(cell)) {
			add(location, "value.uncalculated", "=" + cell.value(), Map.of("code", item.code()));
			return null;
		}
		if (text.isEmpty()) {
			add(location, "value.missing", "", Map.of("code", item.code(), "expected",
					item.isAnswer() ? "Yes, Partial or No" : "a whole number, 0 if none"));
			return null;
		}
		if (item.isAnswer()) {
			String answer = text.toLowerCase(Locale.ROOT);
			if (!List.of("yes", "partial", "no").contains(answer)) {
				add(location, "value.answer", text, Map.of("code", item.code()));
				return null;
			}
			return new WorkbookEntry(item.code(), answer, null, location);
		}
		BigDecimal number = CellValues.number(cell);
		if (number == null || number.signum() < 0 || number.stripTrailingZeros().scale() > 0) {
			add(location, "value.count", text, Map.of("code", item.code()));
			return null;
		}
		return new WorkbookEntry(item.code(), null, number.setScale(0), location);
	}

	/** The catalogue's workbook checks: a value above its limit (PA.3b executed above PA.3a received) is an error. */
	private void checkConsistency(Map<String, WorkbookEntry> entries) {
		for (RuleCatalogue.WorkbookCheck check : catalogue.workbookChecks()) {
			WorkbookEntry value = entries.get(check.code());
			WorkbookEntry limit = entries.get(check.atMost());
			if (value != null && limit != null && value.number() != null && limit.number() != null
					&& value.number().compareTo(limit.number()) > 0) {
				add(value.location(), check.rule(), value.number().toPlainString(),
						Map.of("limit", limit.number().toPlainString()));
				entries.remove(check.code());
			}
		}
	}

	/** The focal point's text per pillar (column A the pillar, B the text); checked only when the Indicators were read. */
	private final class NarrativeRows implements SheetCells.Rows {

		private final boolean checked;

		final Map<String, String> texts = new LinkedHashMap<>();

		NarrativeRows(boolean checked) {
			this.checked = checked;
		}

		@Override
		public void row(int row, List<SubmittedCell> cells) {
			if (!checked) {
				return;
			}
			String pillar = CellValues.text(at(cells, 0)).toLowerCase(Locale.ROOT);
			String text = bounded(at(cells, 1), "Narrative!B" + (row + 1));
			boolean known = methodology.pillars().stream().anyMatch(p -> p.pillar().equals(pillar));
			if (known && !text.isEmpty()) {
				texts.put(pillar, text);
			}
		}
	}

	private int maxText() {
		return catalogue.parameter("max_field_characters").intValue();
	}

	/**
	 * A cell's text cut to the catalogue's {@code max_field_characters}, with a finding at the cell when it was
	 * longer: a 40,000-character narrative once stopped every country's annex (a cell holds 32,767).
	 */
	private String bounded(SubmittedCell cell, String location) {
		String text = CellValues.text(cell);
		int limit = maxText();
		if (text.length() <= limit) {
			return text;
		}
		add(location, "cell.too_long", text, Map.of("limit", limit));
		return text.substring(0, limit);
	}

	private WorkbookSubmission block(String location, String rule, String value, Map<String, ?> facts) {
		Finding finding = add(location, rule, value, facts);
		return WorkbookSubmission.blocked(finding.message());
	}

	private Finding add(String location, String rule, String value, Map<String, ?> facts) {
		Map<String, Object> all = new HashMap<>(facts);
		all.put("year", year);
		Finding finding = catalogue.finding(rule, iso3, IndicatorWorkbook.FILE, location, value, all);
		// At most max_findings_per_rule per rule, as for a CSV file: 200,000 rows of unknown codes once took 6 GB.
		if (perRule.merge(rule, 1, Integer::sum) <= catalogue.parameter("max_findings_per_rule").intValue()) {
			findings.add(finding);
		}
		return finding;
	}

	/** The count of findings past the bound, one findings.more line per rule, after the rest. */
	private void addOverflow() {
		int limit = catalogue.parameter("max_findings_per_rule").intValue();
		perRule.forEach((rule, count) -> {
			if (count > limit) {
				findings.add(catalogue.finding("findings.more", iso3, IndicatorWorkbook.FILE, "", rule,
						Map.of("count", count - limit, "limit", limit)));
			}
		});
	}

	/** The messages of an exception and its causes: a parser may wrap what POI's zip or XML guard said. */
	private static String causes(Throwable ex) {
		StringBuilder messages = new StringBuilder();
		for (Throwable t = ex; t != null && messages.length() < 10_000; t = t.getCause() == t ? null : t.getCause()) {
			messages.append(t.getMessage()).append('\n');
		}
		return messages.toString();
	}

	/**
	 * POI's messages for a renamed or broken file are long; the first sentence says what a person needs. The
	 * names of the wrapped exception and of the server's folders are no business of the focal point's.
	 */
	private static String readable(Exception ex, Path file) {
		String message = String.valueOf(ex.getMessage())
			.replaceFirst("^([\\w$]+\\.)+\\w+: ", "")
			.replace(file.toAbsolutePath().toString(), IndicatorWorkbook.FILE)
			.replace(file.toString(), IndicatorWorkbook.FILE);
		if (causes(ex).contains("Zip bomb")) {
			return "it expands to far more data than its size (a possible zip bomb)";
		}
		if (message.contains("OLE2") || message.contains("not a valid OOXML") || message.contains("No valid entries")
				|| message.contains("Can't open the specified file")) {
			return NOT_XLSX;
		}
		int end = message.indexOf(". ");
		return end > 0 ? message.substring(0, end) : message;
	}
}
