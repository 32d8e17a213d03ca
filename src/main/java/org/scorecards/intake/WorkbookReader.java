package org.scorecards.intake;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;

import org.scorecards.methodology.Methodology;
import org.scorecards.methodology.WorkbookItem;
import org.scorecards.validation.Finding;
import org.scorecards.validation.Severity;

/** Reads and validates the focal point's {@code indicators.xlsx}. */
public final class WorkbookReader {

	public static final String FILE = "indicators.xlsx";

	static final List<String> INDICATOR_COLUMNS = List.of("Code", "Indicator", "Value", "Unit", "Evidence", "Comment");

	private static final int HEADER_SEARCH_ROWS = 10;

	private final String iso3;

	private final int year;

	private final Methodology methodology;

	private final List<Finding> findings = new ArrayList<>();

	private long rowsRead;

	public WorkbookReader(String iso3, int year, Methodology methodology) {
		this.iso3 = iso3;
		this.year = year;
		this.methodology = methodology;
	}

	public List<Finding> findings() {
		return findings;
	}

	/** Rows of the Indicators sheet that carry a code: each is accepted or rejected. */
	long rowsRead() {
		return rowsRead;
	}

	public WorkbookSubmission read(Path file) {
		if (!Files.isRegularFile(file)) {
			return block("", "workbook.missing", "", "the indicator workbook " + FILE + " was not submitted");
		}
		try (Workbook workbook = WorkbookFactory.create(file.toFile(), null, true)) {
			return read(workbook);
		}
		catch (EncryptedDocumentException ex) {
			return block("", "workbook.encrypted", "", "the workbook is password-protected; submit it without a password");
		}
		catch (IOException | RuntimeException ex) {
			return block("", "workbook.unreadable", "",
					"the file is not a readable Excel workbook (.xlsx): " + ex.getMessage());
		}
	}

	private WorkbookSubmission read(Workbook workbook) {
		Sheet cover = workbook.getSheet("Cover");
		Sheet indicators = workbook.getSheet("Indicators");
		if (cover == null || indicators == null) {
			return block("", "workbook.sheets", cover == null ? "Cover" : "Indicators",
					"sheet '" + (cover == null ? "Cover" : "Indicators") + "' not found; the workbook needs sheets Cover and Indicators");
		}
		Map<String, String> coverValues = readCover(cover);
		String blocked = checkCover(coverValues, cover);
		Map<String, WorkbookEntry> entries = readIndicators(indicators);
		if (entries == null) {
			return new WorkbookSubmission(coverValues, Map.of(), Map.of(), "the Indicators sheet has no usable header");
		}
		checkMutualLegalAssistance(entries);
		Sheet narrative = workbook.getSheet("Narrative");
		return new WorkbookSubmission(coverValues, entries, narrative == null ? Map.of() : readNarrative(narrative),
				blocked);
	}

	private Map<String, String> readCover(Sheet cover) {
		Map<String, String> values = new LinkedHashMap<>();
		for (Row row : cover) {
			String label = CellValues.text(row.getCell(0));
			if (!label.isEmpty()) {
				values.put(label, CellValues.text(row.getCell(1)));
			}
		}
		return values;
	}

	private String checkCover(Map<String, String> values, Sheet cover) {
		String country = values.getOrDefault("Country (ISO3)", "");
		String reportingYear = values.getOrDefault("Reporting year", "");
		String blocked = null;
		if (!country.equalsIgnoreCase(iso3)) {
			blocked = "the workbook's Cover names country '" + country + "', not " + iso3;
			add(Severity.ERROR, coverCell(cover, "Country (ISO3)"), "cover.country", country,
					"Country (ISO3) must be " + iso3 + ", the country folder this workbook was submitted in");
		}
		if (!reportingYear.equals(Integer.toString(year))) {
			blocked = blocked != null ? blocked : "the workbook's Cover gives reporting year '" + reportingYear + "', not " + year;
			add(Severity.ERROR, coverCell(cover, "Reporting year"), "cover.year", reportingYear,
					"Reporting year must be " + year + ", the year this workbook was submitted for");
		}
		return blocked;
	}

	private static String coverCell(Sheet cover, String label) {
		for (Row row : cover) {
			if (CellValues.text(row.getCell(0)).equals(label)) {
				return "Cover!B" + (row.getRowNum() + 1);
			}
		}
		return "Cover";
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
			add(Severity.ERROR, "Indicators", "header.missing_column", "",
					"no header row with columns Code and Value found; expected " + String.join(" | ", INDICATOR_COLUMNS));
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
				add(Severity.WARNING, codeCell, "indicator.unknown_code", code,
						"code " + code + " is not an indicator of methodology " + methodology.version() + "; the row was ignored");
				continue;
			}
			String canonical = item.get().code();
			if (!seen.add(canonical)) {
				// Which of two rows is meant cannot be told, so neither is used.
				add(Severity.ERROR, codeCell, "indicator.duplicate", code,
						"code " + canonical + " appears more than once; keep one row per indicator");
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
				add(Severity.WARNING, "Indicators", "indicator.missing_row", item.code(),
						"no row for " + item.code() + " (" + item.label() + "); it is not reported");
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
		if (text.isEmpty()) {
			add(Severity.WARNING, location, "value.missing", "",
					item.code() + " has no value; it is not reported (enter "
							+ (item.isAnswer() ? "Yes, Partial or No" : "a whole number, 0 if none") + ")");
			return null;
		}
		if (item.isAnswer()) {
			String answer = text.toLowerCase(Locale.ROOT);
			if (!List.of("yes", "partial", "no").contains(answer)) {
				add(Severity.ERROR, location, "value.answer", text, item.code() + " must be Yes, Partial or No");
				return null;
			}
			return new WorkbookEntry(item.code(), answer, null, location);
		}
		BigDecimal number = CellValues.number(cell);
		if (number == null || number.signum() < 0 || number.stripTrailingZeros().scale() > 0) {
			add(Severity.ERROR, location, "value.count", text, item.code() + " must be a whole number of at least 0");
			return null;
		}
		return new WorkbookEntry(item.code(), null, number.setScale(0), location);
	}

	private void checkMutualLegalAssistance(Map<String, WorkbookEntry> entries) {
		WorkbookEntry received = entries.get("PA.3a");
		WorkbookEntry executed = entries.get("PA.3b");
		if (received != null && executed != null && executed.number().compareTo(received.number()) > 0) {
			add(Severity.ERROR, executed.location(), "consistency.mla_executed", executed.number().toPlainString(),
					"PA.3b (requests executed) cannot exceed PA.3a (requests received, " + received.number() + ")");
			entries.remove("PA.3b");
		}
	}

	private Map<String, String> readNarrative(Sheet sheet) {
		Map<String, String> texts = new LinkedHashMap<>();
		for (Row row : sheet) {
			String pillar = CellValues.text(row.getCell(0)).toLowerCase(Locale.ROOT);
			String text = CellValues.text(row.getCell(1));
			boolean known = methodology.pillars().stream().anyMatch(p -> p.pillar().equals(pillar));
			if (known && !text.isEmpty()) {
				texts.put(pillar, text);
			}
		}
		return texts;
	}

	private WorkbookSubmission block(String location, String rule, String value, String message) {
		add(Severity.ERROR, location, rule, value, message);
		return WorkbookSubmission.blocked(message);
	}

	private void add(Severity severity, String location, String rule, String value, String message) {
		findings.add(new Finding(iso3, severity, FILE, location, rule, value, message));
	}
}
