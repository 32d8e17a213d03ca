package org.scorecards.template;

import java.util.HexFormat;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Cell styles of the template. Cells are locked unless their style says otherwise (Excel's default), so only
 * the {@code input*} styles open a cell to the focal point; everything else is protected against slips.
 */
final class TemplateStyles {

	/** Excel's own "Input" yellow: the cells to fill stand out without relying on colour alone (they are the empty ones). */
	private static final String INPUT_FILL = "FFF2CC";

	private static final String HEADER_FILL = "D9D9D9";

	private static final String BANNER_FILL = "F0E442";

	/** One line of the default 11 pt font, with leading. */
	private static final float LINE_POINTS = 15f;

	private final XSSFWorkbook workbook;

	final CellStyle title;

	final CellStyle heading;

	final CellStyle header;

	final CellStyle banner;

	final CellStyle text;

	final CellStyle wrapped;

	final CellStyle hint;

	final CellStyle year;

	final CellStyle centred;

	final CellStyle input;

	final CellStyle inputWrapped;

	final CellStyle inputDate;

	TemplateStyles(XSSFWorkbook workbook) {
		this.workbook = workbook;
		this.title = style(true, false);
		((XSSFCellStyle) this.title).getFont().setFontHeightInPoints((short) 14);
		this.heading = style(true, false);
		this.header = style(true, true);
		fill(this.header, HEADER_FILL);
		this.header.setBorderBottom(BorderStyle.THIN);
		this.banner = style(true, false);
		fill(this.banner, BANNER_FILL);
		this.text = style(false, false);
		this.wrapped = style(false, true);
		this.hint = style(false, true);
		XSSFFont grey = workbook.createFont();
		grey.setItalic(true);
		grey.setColor(colour("595959"));
		this.hint.setFont(grey);
		this.year = style(false, false);
		this.year.setDataFormat(workbook.createDataFormat().getFormat("0"));
		this.year.setAlignment(HorizontalAlignment.LEFT);
		this.centred = style(false, false);
		this.centred.setAlignment(HorizontalAlignment.CENTER);
		this.input = inputStyle(false);
		this.inputWrapped = inputStyle(true);
		this.inputDate = inputStyle(false);
		this.inputDate.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
	}

	/**
	 * Protects the sheet without a password: the point is to prevent accidental edits, not to secure anything
	 * (Review > Unprotect Sheet lifts it). Column widths and row heights stay adjustable.
	 */
	static void protect(XSSFSheet sheet) {
		sheet.enableLocking();
		sheet.lockFormatColumns(false);
		sheet.lockFormatRows(false);
		sheet.lockSelectLockedCells(false);
		sheet.lockSelectUnlockedCells(false);
	}

	/** Prints the sheet landscape, one page wide, so no column is cut off onto pages of its own. */
	static void printOnePageWide(XSSFSheet sheet) {
		sheet.setFitToPage(true);
		sheet.getPrintSetup().setFitWidth((short) 1);
		sheet.getPrintSetup().setFitHeight((short) 0);
		sheet.getPrintSetup().setLandscape(true);
	}

	/**
	 * Gives a row the height its wrapped text needs in a column {@code widthChars} wide, counting one
	 * character per width unit (a safe overestimate): not every spreadsheet program re-measures rows when it
	 * opens a file, and LibreOffice does not.
	 */
	static void fitRowHeight(Row row, String text, int widthChars) {
		int lines = 0;
		for (String paragraph : text.split("\n", -1)) {
			lines += Math.max(1, (paragraph.length() + widthChars - 1) / widthChars);
		}
		if (lines > 1) {
			row.setHeightInPoints(Math.max(row.getHeightInPoints(), lines * LINE_POINTS));
		}
	}

	private CellStyle inputStyle(boolean wrap) {
		CellStyle style = style(false, wrap);
		style.setLocked(false);
		fill(style, INPUT_FILL);
		style.setBorderBottom(BorderStyle.THIN);
		style.setBorderTop(BorderStyle.THIN);
		style.setBorderLeft(BorderStyle.THIN);
		style.setBorderRight(BorderStyle.THIN);
		return style;
	}

	private CellStyle style(boolean bold, boolean wrap) {
		XSSFCellStyle style = workbook.createCellStyle();
		if (bold) {
			XSSFFont font = workbook.createFont();
			font.setBold(true);
			style.setFont(font);
		}
		style.setWrapText(wrap);
		style.setVerticalAlignment(VerticalAlignment.TOP);
		return style;
	}

	private void fill(CellStyle style, String hex) {
		((XSSFCellStyle) style).setFillForegroundColor(colour(hex));
		style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
	}

	private static XSSFColor colour(String hex) {
		return new XSSFColor(HexFormat.of().parseHex(hex));
	}
}
