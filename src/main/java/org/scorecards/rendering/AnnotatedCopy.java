package org.scorecards.rendering;

import java.time.LocalDateTime;
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
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import org.scorecards.intake.SubmittedCell;
import org.scorecards.intake.SubmittedSheet;
import org.scorecards.methodology.Source;
import org.scorecards.spreadsheet.CellText;
import org.scorecards.validation.Finding;
import org.scorecards.validation.Severity;

/**
 * Copies the focal point's workbook into the validation workbook, values and basic types only (no formulas,
 * styles or macros of the submitted file survive), and only what the tool reads: the visible sheets Cover,
 * Indicators and Narrative, and on each the columns of the contract, from the cells the reader kept
 * ({@link SubmittedSheet}: the first rows only, the others counted and said so on the sheet). A hidden sheet, or a cell beside the
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

	/** Submitted sheet name (lower case) to the cells it was copied from. */
	private final Map<String, SubmittedSheet> sources = new HashMap<>();

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

	/** Copies the sheets the reader kept: the visible Cover, Indicators and Narrative, each in its contract's columns. */
	void copy(List<SubmittedSheet> sheets) {
		for (SubmittedSheet source : sheets) {
			String key = source.name().toLowerCase(Locale.ROOT);
			if (copies.containsKey(key)) {
				continue;
			}
			XSSFSheet copy = target.createSheet(sheetName(source.name()));
			copies.put(key, copy);
			sources.put(key, source);
			copySheet(source, copy);
		}
	}

	private String sheetName(String submitted) {
		String name = WorkbookUtil.createSafeSheetName(style.text("sheet.submitted", submitted));
		for (int n = 2; target.getSheet(name) != null; n++) {
			String suffix = " (" + n + ")";
			name = name.substring(0, Math.min(name.length(), 31 - suffix.length())) + suffix;
		}
		return name;
	}

	private void copySheet(SubmittedSheet source, XSSFSheet copy) {
		for (SubmittedCell cell : source.cells()) {
			Row row = copy.getRow(cell.row());
			copyCell(cell, (row != null ? row : copy.createRow(cell.row())).createCell(cell.column()));
		}
		source.columnWidths().forEach(copy::setColumnWidth);
		source.mergedRegions().forEach(region -> copy.addMergedRegionUnsafe(CellRangeAddress.valueOf(region)));
		if (source.rowsLeftOut() > 0) {
			// Said on the sheet itself, where a focal point looks for the missing rows.
			copy.createRow(source.lastRow() + 2)
				.createCell(0)
				.setCellValue(style.text("copy.rows_left_out", style.words.whole(source.rowsLeftOut()),
						style.words.whole(SubmittedSheet.MAX_ROWS)));
		}
	}

	private void copyCell(SubmittedCell source, Cell copy) {
		copy.setCellStyle(style.text);
		switch (source.kind()) {
			case NUMBER -> copy.setCellValue(Double.parseDouble(source.value()));
			case DATE -> {
				copy.setCellValue(LocalDateTime.parse(source.value()));
				copy.setCellStyle(style.date);
			}
			case TEXT -> copy.setCellValue(CellText.fitted(CellText.defused(source.value())));
			case BOOLEAN -> copy.setCellValue(Boolean.parseBoolean(source.value()));
			case ERROR -> copy.setCellValue(CellText.defused(source.value()));
			case UNCALCULATED -> {
				// no value anybody saw: left blank, and the finding's comment quotes the formula
			}
		}
	}

	/** Whether the copy shows this cell: its sheet was copied, and its row was not left out. */
	boolean shows(Located located) {
		SubmittedSheet source = sources.get(located.sheet().toLowerCase(Locale.ROOT));
		return source != null && (source.rowsLeftOut() == 0 || located.cell().getRow() <= source.lastRow());
	}

	/** The copy of a submitted sheet, or {@code null} when the workbook has no such sheet. */
	XSSFSheet copyOf(String submittedSheet) {
		return copies.get(submittedSheet.toLowerCase(Locale.ROOT));
	}

	/** Marks and comments every located cell; findings must come in report order (errors first). */
	void annotate(List<Finding> findings) {
		Map<Target, List<Finding>> byCell = new LinkedHashMap<>();
		for (Finding finding : findings) {
			locate(finding).filter(this::shows).ifPresent(located -> byCell
				.computeIfAbsent(new Target(copyOf(located.sheet()), located.cell()), t -> new ArrayList<>())
				.add(finding));
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
