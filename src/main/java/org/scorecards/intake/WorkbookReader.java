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

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.crypt.Decryptor;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;

import org.scorecards.methodology.Methodology;
import org.scorecards.methodology.WorkbookItem;
import org.scorecards.validation.Finding;
import org.scorecards.validation.RuleCatalogue;

/** Reads and validates the focal point's {@code indicators.xlsx}. */
public final class WorkbookReader {


	private static final int HEADER_SEARCH_ROWS = 10;

	private static final long MEGABYTE = 1024 * 1024;

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
		// than this is refused before POI builds it in memory (the size limit alone bounds only the zip).
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
			if (kind == FileMagic.OLE2 ? !encrypted(file) : kind != FileMagic.OOXML) {
				return block("", "workbook.unreadable", "", Map.of("reason", NOT_XLSX));
			}
		}
		catch (IOException | RuntimeException ex) {
			return block("", "workbook.unreadable", "", Map.of("reason", readable(ex, file)));
		}
		// POI refuses zip bombs (inflate ratio, entry size) and any DOCTYPE, so no external entity is ever read.
		try (Workbook workbook = WorkbookFactory.create(file.toFile(), null, true)) {
			WorkbookSubmission submission = read(workbook);
			addOverflow();
			return submission;
		}
		catch (EncryptedDocumentException ex) {
			return block("", "workbook.encrypted", "", Map.of());
		}
		catch (IOException | RuntimeException ex) {
			if (String.valueOf(ex.getMessage()).contains("DOCTYPE is disallowed")) {
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

	private WorkbookSubmission read(Workbook workbook) {
		Sheet cover = workbook.getSheet(IndicatorWorkbook.COVER);
		Sheet indicators = workbook.getSheet(IndicatorWorkbook.INDICATORS);
		if (cover == null || indicators == null) {
			return block("", "workbook.sheets", cover == null ? IndicatorWorkbook.COVER : IndicatorWorkbook.INDICATORS, Map.of());
		}
		Map<String, String> coverValues = readCover(cover);
		String blocked = checkCover(coverValues, cover);
		Map<String, WorkbookEntry> entries = readIndicators(indicators);
		if (entries == null) {
			return new WorkbookSubmission(coverValues, Map.of(), Map.of(), "the Indicators sheet has no usable header");
		}
		checkConsistency(entries);
		Sheet narrative = workbook.getSheet(IndicatorWorkbook.NARRATIVE);
		return new WorkbookSubmission(coverValues, entries, narrative == null ? Map.of() : readNarrative(narrative),
				blocked);
	}

	private Map<String, String> readCover(Sheet cover) {
		Map<String, String> values = new LinkedHashMap<>();
		for (Row row : cover) {
			String label = CellValues.text(row.getCell(0));
			if (!label.isEmpty()) {
				values.put(label, bounded(row.getCell(1), "Cover!B" + (row.getRowNum() + 1)));
			}
		}
		return values;
	}

	private String checkCover(Map<String, String> values, Sheet cover) {
		String country = values.getOrDefault(IndicatorWorkbook.COUNTRY, "");
		String reportingYear = values.getOrDefault(IndicatorWorkbook.YEAR, "");
		String blocked = null;
		if (!country.equalsIgnoreCase(iso3)) {
			// The reason is published (summary, annex): it names the rule, never the value typed there.
			blocked = "the workbook's Cover does not name " + iso3 + " as its country";
			add(coverCell(cover, IndicatorWorkbook.COUNTRY), "cover.country", country, Map.of());
		}
		if (!reportingYear.equals(Integer.toString(year))) {
			blocked = blocked != null ? blocked : "the workbook's Cover does not give " + year + " as its reporting year";
			add(coverCell(cover, IndicatorWorkbook.YEAR), "cover.year", reportingYear, Map.of());
		}
		checkSubmittedOn(cover);
		return blocked;
	}

	/**
	 * Submitted on: a date cell or ISO text, the contract's date format. Any other text (28/01/2026 reads as
	 * the 28th of January or nothing, depending on the reader) is an error on the cell; the date itself is
	 * not scored, so nothing else is blocked. Left empty it is not checked.
	 */
	private void checkSubmittedOn(Sheet cover) {
		for (Row row : cover) {
			if (CellValues.text(row.getCell(0)).equals(IndicatorWorkbook.SUBMITTED_ON)) {
				String location = "Cover!B" + (row.getRowNum() + 1);
				String text = CellValues.text(row.getCell(1));
				LocalDate date = CellValues.date(row.getCell(1));
				if (!text.isEmpty() && date == null) {
					add(location, "submitted_on.date", text, Map.of("example", (year + 1) + "-01-15"));
				}
				else if (date != null && asOf != null && date.isAfter(asOf)) {
					add(location, "submitted_on.after_as_of", text, Map.of("as_of", asOf));
				}
				return;
			}
		}
	}

	private static String coverCell(Sheet cover, String label) {
		for (Row row : cover) {
			if (CellValues.text(row.getCell(0)).equals(label)) {
				return "Cover!B" + (row.getRowNum() + 1);
			}
		}
		return IndicatorWorkbook.COVER;
	}

	/** Entries by code, or {@code null} when no header row is found. */
	private Map<String, WorkbookEntry> readIndicators(Sheet sheet) {
		Map<String, Integer> columns = null;
		int headerRow = -1;
		for (int r = sheet.getFirstRowNum(); r <= Math.min(sheet.getLastRowNum(), HEADER_SEARCH_ROWS); r++) {
			columns = headerColumns(sheet.getRow(r));
			if (columns.containsKey("code") && columns.containsKey("value")) {
				headerRow = r;
				break;
			}
		}
		if (headerRow < 0) {
			add(IndicatorWorkbook.INDICATORS, "header.indicators", "", Map.of("expected", String.join(" | ", IndicatorWorkbook.INDICATOR_COLUMNS)));
			return null;
		}
		int codeColumn = columns.get("code");
		int valueColumn = columns.get("value");
		Map<String, WorkbookEntry> accepted = new LinkedHashMap<>();
		Set<String> seen = new HashSet<>();
		for (int r = headerRow + 1; r <= sheet.getLastRowNum(); r++) {
			Row row = sheet.getRow(r);
			String code = row == null ? "" : CellValues.text(row.getCell(codeColumn));
			if (code.isEmpty()) {
				continue;
			}
			rowsRead++;
			String codeCell = "Indicators!" + new CellReference(r, codeColumn).formatAsString(false);
			String valueCell = "Indicators!" + new CellReference(r, valueColumn).formatAsString(false);
			var item = methodology.workbookItem(code);
			if (item.isEmpty()) {
				add(codeCell, "indicator.unknown_code", code, Map.of("version", methodology.version()));
				continue;
			}
			String canonical = item.get().code();
			if (!seen.add(canonical)) {
				// Which of two rows is meant cannot be told, so neither is used.
				add(codeCell, "indicator.duplicate", code, Map.of("code", canonical));
				accepted.remove(canonical);
				continue;
			}
			WorkbookEntry entry = value(item.get(), row.getCell(valueColumn), valueCell);
			if (entry != null) {
				accepted.put(canonical, entry);
			}
		}
		for (WorkbookItem item : methodology.workbook()) {
			if (!seen.contains(item.code())) {
				add(IndicatorWorkbook.INDICATORS, "indicator.missing_row", item.code(), Map.of("label", item.label()));
			}
		}
		return accepted;
	}

	private static Map<String, Integer> headerColumns(Row row) {
		Map<String, Integer> columns = new HashMap<>();
		if (row != null) {
			for (Cell cell : row) {
				columns.putIfAbsent(CellValues.text(cell).toLowerCase(Locale.ROOT), cell.getColumnIndex());
			}
		}
		return columns;
	}

	/** The accepted entry, or {@code null} with a finding when the value is absent or invalid. */
	private WorkbookEntry value(WorkbookItem item, Cell cell, String location) {
		String text = CellValues.text(cell);
		if (cell != null && CellValues.uncalculated(cell)) {
			add(location, "value.uncalculated", "=" + cell.getCellFormula(), Map.of("code", item.code()));
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

	private Map<String, String> readNarrative(Sheet sheet) {
		Map<String, String> texts = new LinkedHashMap<>();
		for (Row row : sheet) {
			String pillar = CellValues.text(row.getCell(0)).toLowerCase(Locale.ROOT);
			String text = bounded(row.getCell(1), "Narrative!B" + (row.getRowNum() + 1));
			boolean known = methodology.pillars().stream().anyMatch(p -> p.pillar().equals(pillar));
			if (known && !text.isEmpty()) {
				texts.put(pillar, text);
			}
		}
		return texts;
	}

	/**
	 * A cell's text cut to the catalogue's {@code max_field_characters}, with a finding at the cell when it was
	 * longer: a 40,000-character narrative once stopped every country's annex (a cell holds 32,767).
	 */
	private String bounded(Cell cell, String location) {
		String text = CellValues.text(cell);
		int limit = catalogue.parameter("max_field_characters").intValue();
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

	/**
	 * POI's messages for a renamed or broken file are long; the first sentence says what a person needs. The
	 * names of the wrapped exception and of the server's folders are no business of the focal point's.
	 */
	private static String readable(Exception ex, Path file) {
		String message = String.valueOf(ex.getMessage())
			.replaceFirst("^([\\w$]+\\.)+\\w+: ", "")
			.replace(file.toAbsolutePath().toString(), IndicatorWorkbook.FILE)
			.replace(file.toString(), IndicatorWorkbook.FILE);
		if (message.contains("Zip bomb")) {
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
