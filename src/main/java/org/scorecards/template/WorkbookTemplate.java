package org.scorecards.template;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Map;
import java.util.Optional;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint.OperatorType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFDataValidationHelper;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import org.scorecards.intake.CsvRules;
import org.scorecards.intake.IndicatorWorkbook;
import org.scorecards.intake.WorkbookEntry;
import org.scorecards.methodology.Methodology;
import org.scorecards.methodology.Pillar;
import org.scorecards.reference.Country;
import org.scorecards.spreadsheet.CellText;
import org.scorecards.spreadsheet.NewWorkbook;
import org.scorecards.spreadsheet.StableZip;

/**
 * The pre-filled {@code indicators.xlsx} a focal point receives: Instructions, Cover (country and year filled
 * in), Indicators (one row per workbook item of the methodology, with last year's value beside it) and
 * Narrative. Filled in, it passes {@code WorkbookReader} without a finding.
 * <p>
 * The same inputs give the same bytes: the created date is 1 January of the reporting year, never the clock,
 * and the zip entries are re-stamped with that date, because POI stamps them with the time of writing.
 */
public final class WorkbookTemplate {

	static final String COVER = IndicatorWorkbook.COVER;

	static final String NARRATIVE = IndicatorWorkbook.NARRATIVE;

	static final String SYNTHETIC_BANNER = "SYNTHETIC DEMO DATA \u2013 fictional country; not a real submission";

	private final Methodology methodology;

	private final LocalDate deadline;

	private final boolean synthetic;

	private final CsvRules csvRules = CsvRules.bundled();

	public WorkbookTemplate(Methodology methodology) {
		this(methodology, null, false);
	}

	/**
	 * @param deadline printed in the instructions; {@code null} leaves a placeholder for the covering e-mail
	 * @param synthetic the countries are fictional demo data: the instructions say so on top
	 */
	public WorkbookTemplate(Methodology methodology, LocalDate deadline, boolean synthetic) {
		this.methodology = methodology;
		this.deadline = deadline;
		this.synthetic = synthetic;
	}

	/** @param previous last year's accepted values by workbook code (may be empty) */
	public void write(Country country, int year, Map<String, WorkbookEntry> previous, OutputStream out)
			throws IOException {
		LocalDate created = LocalDate.of(year, 1, 1);
		try (XSSFWorkbook workbook = NewWorkbook.create()) {
			TemplateStyles styles = new TemplateStyles(workbook);
			new InstructionsSheet(methodology, csvRules, styles).write(workbook, country, year, deadline,
					synthetic ? SYNTHETIC_BANNER : null);
			writeCover(workbook, styles, country, year);
			new IndicatorsSheet(methodology, styles).write(workbook, year, previous);
			writeNarrative(workbook, styles);
			// Sheets cannot be renamed, moved or deleted by accident: the reader finds them by name.
			workbook.lockStructure();
			workbook.setActiveSheet(workbook.getSheetIndex(InstructionsSheet.NAME));
			var core = workbook.getProperties().getCoreProperties();
			core.setCreated(Optional.of(Date.from(created.atStartOfDay(ZoneOffset.UTC).toInstant())));
			core.setCreator("scorecards");
			core.setTitle("Indicator workbook " + year + " " + country.iso3());
			StableZip.write(workbook::write, out, created.atStartOfDay());
		}
	}

	/** The contract's five rows first; the rows after them are for the reader's orientation only. */
	private void writeCover(XSSFWorkbook workbook, TemplateStyles styles, Country country, int year) {
		XSSFSheet sheet = workbook.createSheet(COVER);
		coverRow(sheet, styles, 0, IndicatorWorkbook.COUNTRY, styles.text, "Filled in: do not change.")
			.setCellValue(CellText.defused(country.iso3()));
		coverRow(sheet, styles, 1, IndicatorWorkbook.YEAR, styles.year, "Filled in: do not change.").setCellValue(year);
		coverRow(sheet, styles, 2, IndicatorWorkbook.FOCAL_POINT, styles.input, "Your name.");
		coverRow(sheet, styles, 3, IndicatorWorkbook.EMAIL, styles.input, "Your work e-mail address.");
		coverRow(sheet, styles, 4, IndicatorWorkbook.SUBMITTED_ON, styles.inputDate,
				"The date you send the workbook, as yyyy-mm-dd (e.g. " + (year + 1) + "-01-15).");
		coverRow(sheet, styles, 6, "Country name", styles.text, "").setCellValue(CellText.defused(country.name()));
		coverRow(sheet, styles, 7, "Region", styles.text, "").setCellValue(CellText.defused(country.region()));
		coverRow(sheet, styles, 8, "Methodology", styles.text, "")
			.setCellValue(CellText.defused("version " + methodology.version()));
		XSSFDataValidationHelper helper = new XSSFDataValidationHelper(sheet);
		DataValidation date = helper.createValidation(
				helper.createDateConstraint(OperatorType.GREATER_OR_EQUAL, "DATE(" + year + ",1,1)", null, null),
				new CellRangeAddressList(4, 4, 1, 1));
		date.setEmptyCellAllowed(true);
		date.setShowPromptBox(true);
		date.createPromptBox("Date, yyyy-mm-dd", "The date you send the workbook, e.g. " + (year + 1) + "-01-15.");
		date.setErrorStyle(DataValidation.ErrorStyle.STOP);
		date.setShowErrorBox(true);
		date.createErrorBox("Date, yyyy-mm-dd",
				"Enter a date as yyyy-mm-dd, on or after " + year + "-01-01 (e.g. " + (year + 1) + "-01-15).");
		sheet.addValidationData(date);
		sheet.setColumnWidth(0, 18 * 256);
		sheet.setColumnWidth(1, 40 * 256);
		sheet.setColumnWidth(2, 60 * 256);
		TemplateStyles.printOnePageWide(sheet);
		TemplateStyles.protect(sheet);
	}

	/** The value cell of a new cover row, with the label in A and a hint in C. */
	private static Cell coverRow(XSSFSheet sheet, TemplateStyles styles, int index, String label, CellStyle valueStyle,
			String hint) {
		Row row = sheet.createRow(index);
		Cell labelCell = row.createCell(0);
		labelCell.setCellValue(label);
		labelCell.setCellStyle(styles.heading);
		Cell value = row.createCell(1);
		value.setCellStyle(valueStyle);
		if (!hint.isEmpty()) {
			Cell hintCell = row.createCell(2);
			hintCell.setCellValue(hint);
			hintCell.setCellStyle(styles.hint);
		}
		return value;
	}

	private void writeNarrative(XSSFWorkbook workbook, TemplateStyles styles) {
		XSSFSheet sheet = workbook.createSheet(NARRATIVE);
		Row header = sheet.createRow(0);
		String[] names = IndicatorWorkbook.NARRATIVE_COLUMNS.toArray(String[]::new);
		for (int c = 0; c < names.length; c++) {
			header.createCell(c).setCellValue(names[c]);
			header.getCell(c).setCellStyle(styles.header);
		}
		int r = 1;
		for (Pillar pillar : methodology.pillars()) {
			Row row = sheet.createRow(r++);
			row.createCell(0).setCellValue(CellText.defused(pillar.label()));
			row.getCell(0).setCellStyle(styles.text);
			row.createCell(1).setCellStyle(styles.inputWrapped);
			row.setHeightInPoints(60);
		}
		sheet.setColumnWidth(0, 14 * 256);
		sheet.setColumnWidth(1, 100 * 256);
		sheet.createFreezePane(0, 1);
		TemplateStyles.printOnePageWide(sheet);
		TemplateStyles.protect(sheet);
	}
}
