package org.scorecards.rendering;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import org.scorecards.intake.IndicatorWorkbook;
import org.scorecards.methodology.Source;
import org.scorecards.spreadsheet.CellText;
import org.scorecards.validation.Finding;
import org.scorecards.validation.Severity;

/**
 * Copies the focal point's workbook into the validation workbook, values and basic types only (no formulas,
 * styles or macros of the submitted file survive), and only what the tool reads: the visible sheets Cover,
 * Indicators and Narrative, and on each the columns of the contract. A hidden sheet, or a cell beside the
 * contract's columns, may hold anything (a list of victims' references typed for the focal point's own use):
 * the tool never reads it, so it has no finding to show there and is not copied. Then it marks every cell a finding points at: a fill and a
 * border that differ by severity (so the difference does not rest on colour alone) and a comment saying
 * what is wrong.
 */
final class AnnotatedCopy {

	private static final String SUBMITTED_FILE = Source.WORKBOOK.fileName();

	private static final Pattern CELL = Pattern.compile("\\$?[A-Za-z]{1,3}\\$?[0-9]{1,7}");

	private final XSSFWorkbook target;

	private final WorkbookStyle style;

	/** Submitted sheet name (lower case) to its copy. */
	private final Map<String, XSSFSheet> copies = new LinkedHashMap<>();

	private final Map<String, CellStyle> marked = new HashMap<>();

	/** A finding's message in the workbook's language. */
	private final Function<Finding, String> messages;

	AnnotatedCopy(XSSFWorkbook target, WorkbookStyle style, Function<Finding, String> messages) {
		this.target = target;
		this.style = style;
		this.messages = messages;
	}

	/** A cell of the submitted workbook: sheet name as submitted and position. */
	record Located(String sheet, CellAddress cell) {
	}

	/** {@code Indicators!C14} (sheet names may be quoted) of {@code indicators.xlsx}; anything else is empty. */
	static Optional<Located> locate(Finding finding) {
		String location = finding.location();
		if (!SUBMITTED_FILE.equalsIgnoreCase(finding.file()) || location == null) {
			return Optional.empty();
		}
		int bang = location.lastIndexOf('!');
		String reference = location.substring(bang + 1).trim();
		if (bang <= 0 || !CELL.matcher(reference).matches()) {
			return Optional.empty();
		}
		String sheet = location.substring(0, bang).trim();
		if (sheet.length() > 1 && sheet.startsWith("'") && sheet.endsWith("'")) {
			sheet = sheet.substring(1, sheet.length() - 1).replace("''", "'");
		}
		CellReference cell = new CellReference(reference);
		SpreadsheetVersion limits = SpreadsheetVersion.EXCEL2007;
		if (cell.getRow() > limits.getLastRowIndex() || cell.getCol() > limits.getLastColumnIndex()) {
			return Optional.empty();
		}
		return Optional.of(new Located(sheet, new CellAddress(cell.getRow(), cell.getCol())));
	}

	/** Columns the tool reads, by sheet (lower case): Cover's labels and values, the Indicators table, the narrative. */
	private static final Map<String, Integer> READ_COLUMNS = Map.of(IndicatorWorkbook.COVER.toLowerCase(Locale.ROOT), 2,
			IndicatorWorkbook.INDICATORS.toLowerCase(Locale.ROOT), IndicatorWorkbook.INDICATOR_COLUMNS.size(),
			IndicatorWorkbook.NARRATIVE.toLowerCase(Locale.ROOT), IndicatorWorkbook.NARRATIVE_COLUMNS.size());

	/** Copies the visible sheets the tool reads, each limited to the columns it reads; nothing else. */
	void copy(Workbook submitted) {
		for (int i = 0; i < submitted.getNumberOfSheets(); i++) {
			Sheet source = submitted.getSheetAt(i);
			String key = source.getSheetName().toLowerCase(Locale.ROOT);
			if (submitted.isSheetHidden(i) || submitted.isSheetVeryHidden(i) || !READ_COLUMNS.containsKey(key)
					|| copies.containsKey(key)) {
				continue;
			}
			XSSFSheet copy = target.createSheet(sheetName(source.getSheetName()));
			copies.put(key, copy);
			copySheet(source, copy, READ_COLUMNS.get(key));
		}
	}

	/** Removes the sheets copied so far, after a failure half-way: a partial copy would mislead. */
	void discard() {
		copies.values().forEach(sheet -> target.removeSheetAt(target.getSheetIndex(sheet)));
		copies.clear();
	}

	private String sheetName(String submitted) {
		String name = WorkbookUtil.createSafeSheetName(style.text("sheet.submitted", submitted));
		for (int n = 2; target.getSheet(name) != null; n++) {
			String suffix = " (" + n + ")";
			name = name.substring(0, Math.min(name.length(), 31 - suffix.length())) + suffix;
		}
		return name;
	}

	private void copySheet(Sheet source, XSSFSheet copy, int columns) {
		int lastColumn = 0;
		for (Row sourceRow : source) {
			Row row = copy.createRow(sourceRow.getRowNum());
			for (Cell cell : sourceRow) {
				if (cell.getColumnIndex() >= columns) {
					continue;
				}
				copyCell(cell, row.createCell(cell.getColumnIndex()));
				lastColumn = Math.max(lastColumn, cell.getColumnIndex());
			}
		}
		for (int column = 0; column <= lastColumn; column++) {
			copy.setColumnWidth(column, Math.min(source.getColumnWidth(column), 255 * 256));
		}
		source.getMergedRegions()
			.stream()
			.filter(region -> region.getLastColumn() < columns)
			.forEach(copy::addMergedRegionUnsafe);
	}

	private void copyCell(Cell source, Cell copy) {
		CellType type = source.getCellType() == CellType.FORMULA ? source.getCachedFormulaResultType()
				: source.getCellType();
		copy.setCellStyle(style.text);
		switch (type) {
			case NUMERIC -> {
				if (DateUtil.isCellDateFormatted(source)) {
					copy.setCellValue(source.getLocalDateTimeCellValue());
					copy.setCellStyle(style.date);
				}
				else {
					copy.setCellValue(source.getNumericCellValue());
				}
			}
			case STRING -> {
				// An empty string stays a blank cell in the copy, as readers expect of an empty cell.
				if (!source.getStringCellValue().isEmpty()) {
					copy.setCellValue(CellText.fitted(CellText.defused(source.getStringCellValue())));
				}
			}
			case BOOLEAN -> copy.setCellValue(source.getBooleanCellValue());
			case ERROR -> copy.setCellValue(FormulaError.forInt(source.getErrorCellValue()).getString());
			default -> {
				// blank: keeps the position, nothing to copy
			}
		}
	}

	/** The copy of a submitted sheet, or {@code null} when the workbook has no such sheet. */
	XSSFSheet copyOf(String submittedSheet) {
		return copies.get(submittedSheet.toLowerCase(Locale.ROOT));
	}

	/** Marks and comments every located cell; findings must come in report order (errors first). */
	void annotate(List<Finding> findings) {
		Map<Target, List<Finding>> byCell = new LinkedHashMap<>();
		for (Finding finding : findings) {
			locate(finding).ifPresent(located -> {
				XSSFSheet sheet = copyOf(located.sheet());
				if (sheet != null) {
					byCell.computeIfAbsent(new Target(sheet, located.cell()), t -> new ArrayList<>()).add(finding);
				}
			});
		}
		byCell.forEach((target, onCell) -> mark(cell(target.sheet(), target.cell()), onCell));
	}

	private record Target(XSSFSheet sheet, CellAddress cell) {
	}

	private static Cell cell(XSSFSheet sheet, CellAddress address) {
		Row row = sheet.getRow(address.getRow());
		if (row == null) {
			row = sheet.createRow(address.getRow());
		}
		Cell cell = row.getCell(address.getColumn());
		return cell != null ? cell : row.createCell(address.getColumn());
	}

	private void mark(Cell cell, List<Finding> findings) {
		Severity worst = findings.stream().map(Finding::severity).min(Enum::compareTo).orElseThrow();
		CellStyle base = cell.getCellStyle().getIndex() == 0 ? style.text : cell.getCellStyle();
		cell.setCellStyle(marked.computeIfAbsent(base.getIndex() + "/" + worst, key -> markedStyle(base, worst)));
		StringBuilder text = new StringBuilder();
		for (Finding finding : findings) {
			if (!text.isEmpty()) {
				text.append("\n\n");
			}
			text.append(style.text("copy.comment", style.text("severity." + finding.severity().label())
				.toUpperCase(style.language().locale()), finding.rule(), messages.apply(finding)));
			if (finding.value() != null && !finding.value().isEmpty()) {
				text.append('\n').append(style.text("copy.value_seen", finding.value()));
			}
		}
		var factory = target.getCreationHelper();
		ClientAnchor anchor = factory.createClientAnchor();
		anchor.setCol1(cell.getColumnIndex() + 1);
		anchor.setCol2(cell.getColumnIndex() + 5);
		anchor.setRow1(cell.getRowIndex());
		anchor.setRow2(cell.getRowIndex() + 3 + 2 * findings.size());
		Comment comment = cell.getSheet().createDrawingPatriarch().createCellComment(anchor);
		comment.setString(factory.createRichTextString(text.toString()));
		comment.setAuthor(style.text("copy.author"));
		cell.setCellComment(comment);
	}

	/** Errors: solid vermillion with a thick border; warnings: solid yellow with a dashed border. */
	private CellStyle markedStyle(CellStyle base, Severity severity) {
		XSSFCellStyle marked = target.createCellStyle();
		marked.cloneStyleFrom(base);
		boolean error = severity == Severity.ERROR;
		marked.setFillForegroundColor(style.colour(error ? "D55E00" : "F0E442"));
		marked.setFillPattern(FillPatternType.SOLID_FOREGROUND);
		BorderStyle border = error ? BorderStyle.THICK : BorderStyle.DASHED;
		marked.setBorderTop(border);
		marked.setBorderBottom(border);
		marked.setBorderLeft(border);
		marked.setBorderRight(border);
		return marked;
	}
}
