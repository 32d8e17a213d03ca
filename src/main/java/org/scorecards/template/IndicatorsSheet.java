package org.scorecards.template;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationConstraint.OperatorType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFDataValidationHelper;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import org.scorecards.intake.IndicatorWorkbook;
import org.scorecards.intake.WorkbookEntry;
import org.scorecards.language.Language;
import org.scorecards.language.Texts;
import org.scorecards.methodology.Indicator;
import org.scorecards.methodology.Methodology;
import org.scorecards.methodology.Terms;
import org.scorecards.methodology.WorkbookItem;
import org.scorecards.spreadsheet.CellText;

/**
 * The Indicators sheet: the contract's six columns, one row per workbook item of the methodology in its
 * order, then two columns for reference only (last year's accepted value and the treaty provision). Only
 * Value, Evidence and Comment are open; Value cells carry a data validation that matches what
 * {@code WorkbookReader} accepts, so a slip is caught while typing rather than weeks later.
 */
final class IndicatorsSheet {

	static final String NAME = IndicatorWorkbook.INDICATORS;

	static final List<String> HEADER = List.of("Code", "Indicator", "Value", "Unit", "Evidence", "Comment", "Last year",
			"Treaty");

	static final int VALUE_COLUMN = 2;

	static final int LAST_YEAR_COLUMN = 6;

	static final String[] ANSWERS = { "Yes", "Partial", "No" };

	private static final int[] WIDTHS = { 8, 58, 12, 15, 44, 36, 11, 24 };

	/** Keys of the header in the workbook's language, column by column. */
	private static final List<String> HEADER_KEYS = List.of("code", "indicator", "value", "unit", "evidence", "comment",
			"last_year", "treaty");

	private final Methodology methodology;

	private final TemplateStyles styles;

	private final Texts words;

	private final Terms terms;

	IndicatorsSheet(Methodology methodology, TemplateStyles styles, Texts words, Terms terms) {
		this.methodology = methodology;
		this.styles = styles;
		this.words = words;
		this.terms = terms;
	}

	/**
	 * In English one header row, the contract's. In another language the header in that language comes first
	 * and the contract's row, which the reader finds by its Code and Value, stands below it in grey.
	 */
	void write(XSSFWorkbook workbook, int year, Map<String, WorkbookEntry> previous) {
		XSSFSheet sheet = workbook.createSheet(NAME);
		boolean english = words.language() == Language.EN;
		int r = 0;
		if (!english) {
			Row header = sheet.createRow(r++);
			for (int c = 0; c < HEADER_KEYS.size(); c++) {
				text(header, c, words.text("template.column." + HEADER_KEYS.get(c)), styles.header);
			}
		}
		Row contract = sheet.createRow(r++);
		for (int c = 0; c < HEADER.size(); c++) {
			boolean read = c < IndicatorWorkbook.INDICATOR_COLUMNS.size();
			if (english || read) {
				text(contract, c, HEADER.get(c), english ? styles.header : styles.hint);
			}
		}
		int headerRows = r;
		Map<String, String> treaties = treatiesByWorkbookCode();
		CellRangeAddressList answers = new CellRangeAddressList();
		CellRangeAddressList counts = new CellRangeAddressList();
		for (WorkbookItem item : methodology.workbook()) {
			Row row = sheet.createRow(r);
			String label = terms.item(item);
			text(row, 0, item.code(), styles.text);
			text(row, 1, CellText.defused(label), styles.wrapped);
			row.createCell(VALUE_COLUMN).setCellStyle(styles.input);
			// an answer's unit names what to type, Yes/Partial/No, which the reader reads as written
			text(row, 3, CellText.defused(item.isAnswer() ? item.unit() : terms.unit(item.unit())), styles.text);
			row.createCell(4).setCellStyle(styles.inputWrapped);
			row.createCell(5).setCellStyle(styles.inputWrapped);
			lastYear(row.createCell(LAST_YEAR_COLUMN), item, previous);
			text(row, 7, CellText.defused(treaties.getOrDefault(item.code(), "")), styles.wrapped);
			TemplateStyles.fitRowHeight(row, label, WIDTHS[1]);
			(item.isAnswer() ? answers : counts).addCellRangeAddress(r, VALUE_COLUMN, r, VALUE_COLUMN);
			r++;
		}
		XSSFDataValidationHelper helper = new XSSFDataValidationHelper(sheet);
		if (answers.countRanges() > 0) {
			validate(sheet, helper, helper.createExplicitListConstraint(ANSWERS), answers,
					words.text("template.answers.title"), words.text("template.answers.prompt"),
					words.text("template.answers.error"));
		}
		if (counts.countRanges() > 0) {
			validate(sheet, helper, helper.createIntegerConstraint(OperatorType.GREATER_OR_EQUAL, "0", null), counts,
					words.text("template.counts.title"), words.text("template.counts.prompt", year),
					words.text("template.counts.error"));
		}
		for (int c = 0; c < WIDTHS.length; c++) {
			sheet.setColumnWidth(c, WIDTHS[c] * 256);
		}
		sheet.createFreezePane(0, headerRows);
		sheet.setRepeatingRows(new CellRangeAddress(0, headerRows - 1, -1, -1));
		TemplateStyles.printOnePageWide(sheet);
		TemplateStyles.protect(sheet);
	}

	/** Last year's accepted value; "not reported" when last year's workbook exists but gave none. */
	private void lastYear(Cell cell, WorkbookItem item, Map<String, WorkbookEntry> previous) {
		cell.setCellStyle(styles.centred);
		WorkbookEntry entry = previous.get(item.code());
		if (entry == null) {
			if (!previous.isEmpty()) {
				cell.setCellValue(words.text("template.not_reported"));
			}
		}
		else if (entry.answer() != null) {
			String answer = entry.answer().toLowerCase(Locale.ROOT);
			cell.setCellValue(Character.toUpperCase(answer.charAt(0)) + answer.substring(1));
		}
		else if (entry.number() != null) {
			cell.setCellValue(entry.number().doubleValue());
		}
	}

	/** PA.3a and PA.3b feed PA.3, so they show its provision. */
	private Map<String, String> treatiesByWorkbookCode() {
		Map<String, String> treaties = new HashMap<>();
		for (Indicator indicator : methodology.indicators()) {
			for (String input : indicator.workbookInputs()) {
				if (input != null && indicator.treaty() != null) {
					treaties.put(input, indicator.treaty());
				}
			}
		}
		return treaties;
	}

	private static void validate(XSSFSheet sheet, XSSFDataValidationHelper helper, DataValidationConstraint constraint,
			CellRangeAddressList cells, String title, String prompt, String error) {
		DataValidation validation = helper.createValidation(constraint, cells);
		validation.setEmptyCellAllowed(true);
		validation.setShowPromptBox(true);
		validation.createPromptBox(title, prompt);
		validation.setErrorStyle(DataValidation.ErrorStyle.STOP);
		validation.setShowErrorBox(true);
		validation.createErrorBox(title, error);
		// OOXML's showDropDown="1" hides the arrow (sic); POI writes it for suppress=false, so true shows the list.
		validation.setSuppressDropDownArrow(true);
		sheet.addValidationData(validation);
	}

	private static void text(Row row, int column, String value, CellStyle style) {
		Cell cell = row.createCell(column);
		cell.setCellValue(value);
		cell.setCellStyle(style);
	}
}
