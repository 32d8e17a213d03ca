package org.scorecards.rendering;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ComparisonOperator;
import org.apache.poi.ss.usermodel.ConditionalFormattingRule;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.SheetConditionalFormatting;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import org.scorecards.methodology.Band;
import org.scorecards.scoring.OfficialFigure;

/**
 * The look shared by the annex, validation and summary workbooks: cell styles and number formats, the
 * synthetic-data banner, bold frozen filtered table headers and band colours.
 * <p>
 * Scores, averages and trend changes are written as their official figure ({@link OfficialFigure}: the
 * exact value rounded half up to four decimals) and shown with four decimals, the figure scores.csv carries;
 * the documents print the same figure rounded to one decimal. Showing the cell with one decimal instead
 * would leave the last rounding to the spreadsheet program, which rounds the binary double (72.35 is
 * 72.34999...) as it sees fit.
 */
final class WorkbookStyle {

	static final String SYNTHETIC_BANNER = "SYNTHETIC DEMO DATA \u2013 fictional countries";

	/** Okabe-Ito, safe for the common colour-vision deficiencies; bands best first. */
	private static final String[] BAND_COLOURS = { "009E73", "56B4E9", "F0E442", "E69F00", "D55E00" };

	private static final String HEADER_GREY = "D9D9D9";

	private static final int MAX_COLUMN_CHARS = 100;

	private final XSSFWorkbook workbook;

	private final boolean synthetic;

	final CellStyle header;

	final CellStyle banner;

	final CellStyle text;

	final CellStyle wrapped;

	final CellStyle suppressed;

	final CellStyle score;

	final CellStyle value;

	final CellStyle percent;

	final CellStyle count;

	final CellStyle amount;

	final CellStyle date;

	final CellStyle link;

	WorkbookStyle(XSSFWorkbook workbook, boolean synthetic) {
		this.workbook = workbook;
		this.synthetic = synthetic;
		this.header = style(null, true);
		this.header.setFillForegroundColor(colour(HEADER_GREY));
		this.header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
		this.header.setBorderBottom(BorderStyle.THIN);
		this.header.setWrapText(true);
		this.header.setVerticalAlignment(VerticalAlignment.TOP);
		this.banner = style(null, true);
		this.banner.setFillForegroundColor(colour(BAND_COLOURS[2]));
		this.banner.setFillPattern(FillPatternType.SOLID_FOREGROUND);
		this.text = style(null, false);
		this.wrapped = style(null, false);
		this.wrapped.setWrapText(true);
		this.suppressed = style(null, false);
		this.suppressed.setAlignment(HorizontalAlignment.RIGHT);
		this.score = style("0.0000", false);
		this.value = style("0.0000", false);
		this.percent = style("0.0%", false);
		this.count = style("#,##0", false);
		this.amount = style("#,##0.00", false);
		this.date = style("yyyy-mm-dd", false);
		this.link = style(null, false);
		XSSFFont linkFont = workbook.createFont();
		linkFont.setUnderline(XSSFFont.U_SINGLE);
		linkFont.setColor(colour("0072B2"));
		this.link.setFont(linkFont);
	}

	/** Created date from the report, never the clock, so that the same inputs give the same bytes. */
	static void setCreated(XSSFWorkbook workbook, LocalDate generatedOn, String title) {
		var core = workbook.getProperties().getCoreProperties();
		core.setCreated(Optional.of(Date.from(generatedOn.atStartOfDay(ZoneOffset.UTC).toInstant())));
		core.setCreator("scorecards");
		core.setTitle(title);
	}

	static void write(XSSFWorkbook workbook, OutputStream out) throws IOException {
		try (workbook) {
			workbook.write(out);
		}
	}

	/** The official figure: see the class comment. */
	static double published(BigDecimal score) {
		return OfficialFigure.of(score).doubleValue();
	}

	XSSFColor colour(String hex) {
		return new XSSFColor(java.util.HexFormat.of().parseHex(hex));
	}

	private XSSFCellStyle style(String format, boolean bold) {
		XSSFCellStyle style = workbook.createCellStyle();
		if (format != null) {
			style.setDataFormat(workbook.createDataFormat().getFormat(format));
		}
		if (bold) {
			XSSFFont font = workbook.createFont();
			font.setBold(true);
			style.setFont(font);
		}
		style.setVerticalAlignment(VerticalAlignment.TOP);
		return style;
	}

	/**
	 * A new sheet: row 1 holds the synthetic banner, or on real data the sheet's name as a caption, and the
	 * headers are in row 2 either way. A reader written against the demo (pandas {@code header=1}) must read
	 * real outputs alike, not take their first country for the headers; the banner stays on screen.
	 */
	Table table(String sheetName, List<String> headers, int... widths) {
		XSSFSheet sheet = workbook.createSheet(sheetName);
		int first = 0;
		Cell caption = sheet.createRow(first++).createCell(0);
		caption.setCellValue(synthetic ? SYNTHETIC_BANNER : sheetName);
		caption.setCellStyle(synthetic ? banner : text);
		Row row = sheet.createRow(first);
		for (int i = 0; i < headers.size(); i++) {
			Cell cell = row.createCell(i);
			cell.setCellValue(headers.get(i));
			cell.setCellStyle(header);
		}
		for (int i = 0; i < widths.length; i++) {
			sheet.setColumnWidth(i, Math.min(widths[i], MAX_COLUMN_CHARS) * 256);
		}
		return new Table(this, sheet, first, headers.size());
	}

	/** Colours band letters in {@code range}: the letter stays in the cell, so colour is never the only cue. */
	void bandColours(XSSFSheet sheet, CellRangeAddress range, List<Band> bands) {
		SheetConditionalFormatting formatting = sheet.getSheetConditionalFormatting();
		for (int i = 0; i < bands.size() && i < BAND_COLOURS.length; i++) {
			ConditionalFormattingRule rule = formatting
				.createConditionalFormattingRule(ComparisonOperator.EQUAL, "\"" + bands.get(i).band() + "\"");
			var fill = rule.createPatternFormatting();
			fill.setFillBackgroundColor(colour(BAND_COLOURS[i]));
			fill.setFillPattern(FillPatternType.SOLID_FOREGROUND.getCode());
			rule.createFontFormatting().setFontStyle(false, true);
			formatting.addConditionalFormatting(new CellRangeAddress[] { range }, rule);
		}
	}

	/** A table on its own sheet: rows are appended below the header; {@link #finish} freezes and filters. */
	static final class Table {

		final WorkbookStyle style;

		final XSSFSheet sheet;

		final int headerRow;

		private final int columns;

		private int next;

		Table(WorkbookStyle style, XSSFSheet sheet, int headerRow, int columns) {
			this.style = style;
			this.sheet = sheet;
			this.headerRow = headerRow;
			this.columns = columns;
			this.next = headerRow + 1;
		}

		Cells row() {
			return new Cells(style, sheet.createRow(next++));
		}

		int lastRow() {
			return next - 1;
		}

		/** Freezes everything down to the header row and sets the auto filter over header and rows. */
		XSSFSheet finish() {
			sheet.createFreezePane(0, headerRow + 1);
			sheet.setAutoFilter(new CellRangeAddress(headerRow, lastRow(), 0, columns - 1));
			return sheet;
		}

		/** A line below the table, outside the filter range, e.g. a note or a further block. */
		Cells lineBelow(int gap) {
			next += gap;
			return row();
		}
	}

	/** Writes one row left to right; {@code null} values leave the cell blank. */
	static final class Cells {

		private final WorkbookStyle style;

		final Row row;

		private int column;

		Cells(WorkbookStyle style, Row row) {
			this.style = style;
			this.row = row;
		}

		Cells skip() {
			column++;
			return this;
		}

		/** Text of our own making (labels, codes of the methodology): no injection risk. */
		Cells label(String text) {
			return text(text, style.text);
		}

		/** Text that came from an input file, or contains such text: always a string cell, defused. */
		Cells input(String text) {
			return text(Display.cellText(text), style.text);
		}

		Cells inputWrapped(String text) {
			return text(Display.cellText(text), style.wrapped);
		}

		Cells score(BigDecimal score) {
			return number(score == null ? null : published(score), style.score);
		}

		Cells value(BigDecimal value) {
			return number(value, style.value);
		}

		Cells general(BigDecimal value) {
			return number(value, style.text);
		}

		/** A share 0-1 shown as a percentage. */
		Cells share(BigDecimal share) {
			return number(share, style.percent);
		}

		Cells amount(BigDecimal amount) {
			return number(amount, style.amount);
		}

		/** A count or amount: thousands separators, decimals only when the figure has them. */
		Cells figure(BigDecimal figure) {
			boolean whole = figure == null || figure.signum() == 0 || figure.stripTrailingZeros().scale() <= 0;
			return number(figure, whole ? style.count : style.amount);
		}

		Cells count(Long count) {
			return number(count, style.count);
		}

		/** A published breakdown count under disclosure control: 1 to threshold-1 become text "&lt;threshold". */
		Cells count(long count, int threshold) {
			return Display.isSuppressed(count, threshold) ? text(Display.count(count, threshold), style.suppressed)
					: count(count);
		}

		Cells date(LocalDate date) {
			if (date == null) {
				return skip();
			}
			cell(style.date).setCellValue(date);
			return this;
		}

		Cell last() {
			return row.getCell(column - 1);
		}

		/** An empty text leaves the cell blank, as null does: an empty string cell is not a blank to readers. */
		private Cells text(String text, CellStyle cellStyle) {
			if (text == null || text.isEmpty()) {
				return skip();
			}
			cell(cellStyle).setCellValue(text);
			return this;
		}

		/** Always a numeric cell: a number is never written as text. */
		private Cells number(Number number, CellStyle cellStyle) {
			if (number == null) {
				return skip();
			}
			cell(cellStyle).setCellValue(number.doubleValue());
			return this;
		}

		private Cell cell(CellStyle cellStyle) {
			Cell cell = row.createCell(column++);
			cell.setCellStyle(cellStyle);
			return cell;
		}
	}
}
