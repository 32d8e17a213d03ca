package org.scorecards.template;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
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
import org.scorecards.language.Language;
import org.scorecards.language.Texts;
import org.scorecards.methodology.Methodology;
import org.scorecards.methodology.Pillar;
import org.scorecards.methodology.Terms;
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

	/** The template's words: {@code i18n/workbook_<tag>.properties}, keys {@code template.*}. */
	static final String BUNDLE = "workbook";

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

	/**
	 * The workbook in the country's language. What the reader checks stays the contract's, whatever the language:
	 * the sheet names Cover, Indicators and Narrative, the Cover's labels in column A, the Indicators header row
	 * with Code and Value, the pillar names in the Narrative's column A and the answers Yes, Partial and No.
	 * A focal point reads the language beside them (column C of the Cover and the Narrative, a header row of
	 * the language above the contract's), so a French workbook sent back is read exactly as an English one.
	 *
	 * @param previous last year's accepted values by workbook code (may be empty)
	 */
	public void write(Country country, int year, Map<String, WorkbookEntry> previous, OutputStream out)
			throws IOException {
		LocalDate created = LocalDate.of(year, 1, 1);
		Language language = country.language();
		Texts words = Texts.of(BUNDLE, language);
		Terms terms = Terms.of(language);
		try (XSSFWorkbook workbook = NewWorkbook.create()) {
			TemplateStyles styles = new TemplateStyles(workbook);
			new InstructionsSheet(methodology, csvRules, styles, words).write(workbook, country, year, deadline,
					synthetic ? words.text("template.banner") : null);
			writeCover(workbook, styles, words, country, year);
			new IndicatorsSheet(methodology, styles, words, terms).write(workbook, year, previous);
			writeNarrative(workbook, styles, words, terms);
			// Sheets cannot be renamed, moved or deleted by accident: the reader finds them by name.
			workbook.lockStructure();
			workbook.setActiveSheet(workbook.getSheetIndex(InstructionsSheet.name(words)));
			if (language.rightToLeft()) {
				workbook.forEach(sheet -> ((XSSFSheet) sheet).setRightToLeft(true));
			}
			var core = workbook.getProperties().getCoreProperties();
			core.setCreated(Optional.of(Date.from(created.atStartOfDay(ZoneOffset.UTC).toInstant())));
			core.setCreator("scorecards");
			core.setTitle(words.text("template.title", year, country.iso3()));
			StableZip.write(workbook::write, out, created.atStartOfDay());
		}
	}

	/**
	 * The contract's five rows first; the rows after them are for the reader's orientation only. Column A keeps
	 * the contract's labels, which the reader checks; in another language column C names each in that language.
	 */
	private void writeCover(XSSFWorkbook workbook, TemplateStyles styles, Texts words, Country country, int year) {
		XSSFSheet sheet = workbook.createSheet(COVER);
		String example = (year + 1) + "-01-15";
		coverRow(sheet, styles, 0, IndicatorWorkbook.COUNTRY, styles.text, hint(words, "country", "filled"))
			.setCellValue(CellText.defused(country.iso3()));
		coverRow(sheet, styles, 1, IndicatorWorkbook.YEAR, styles.year, hint(words, "year", "filled")).setCellValue(year);
		coverRow(sheet, styles, 2, IndicatorWorkbook.FOCAL_POINT, styles.input, hint(words, "focal_point", "focal_point"));
		coverRow(sheet, styles, 3, IndicatorWorkbook.EMAIL, styles.input, hint(words, "email", "email"));
		coverRow(sheet, styles, 4, IndicatorWorkbook.SUBMITTED_ON, styles.inputDate,
				hint(words, "submitted_on", "submitted_on", example));
		coverRow(sheet, styles, 6, words.text("template.cover.country_name"), styles.text, "")
			.setCellValue(CellText.defused(country.name()));
		coverRow(sheet, styles, 7, words.text("template.cover.region"), styles.text, "")
			.setCellValue(CellText.defused(country.region()));
		coverRow(sheet, styles, 8, words.text("template.cover.methodology"), styles.text, "")
			.setCellValue(CellText.defused(words.text("template.cover.version", methodology.version())));
		XSSFDataValidationHelper helper = new XSSFDataValidationHelper(sheet);
		DataValidation date = helper.createValidation(
				helper.createDateConstraint(OperatorType.GREATER_OR_EQUAL, "DATE(" + year + ",1,1)", null, null),
				new CellRangeAddressList(4, 4, 1, 1));
		date.setEmptyCellAllowed(true);
		date.setShowPromptBox(true);
		date.createPromptBox(words.text("template.date.title"), words.text("template.date.prompt", example));
		date.setErrorStyle(DataValidation.ErrorStyle.STOP);
		date.setShowErrorBox(true);
		date.createErrorBox(words.text("template.date.title"),
				words.text("template.date.error", year + "-01-01", example));
		sheet.addValidationData(date);
		sheet.setColumnWidth(0, 18 * 256);
		sheet.setColumnWidth(1, 40 * 256);
		sheet.setColumnWidth(2, 60 * 256);
		TemplateStyles.printOnePageWide(sheet);
		TemplateStyles.protect(sheet);
	}

	/** The hint of a cover row; in a language other than English it names the contract's label first. */
	private static String hint(Texts words, String label, String hint, Object... arguments) {
		String text = words.text("template.hint." + hint, arguments);
		return words.language() == Language.EN ? text
				: words.text("template.hint.labelled", words.text("template.cover." + label), text);
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

	/**
	 * The header is for the reader only and is worded in the language; column A names each pillar as the reader
	 * matches it (the methodology's label), and in another language column C gives the pillar's name in it.
	 */
	private void writeNarrative(XSSFWorkbook workbook, TemplateStyles styles, Texts words, Terms terms) {
		XSSFSheet sheet = workbook.createSheet(NARRATIVE);
		Row header = sheet.createRow(0);
		boolean english = words.language() == Language.EN;
		List<String> names = english ? IndicatorWorkbook.NARRATIVE_COLUMNS
				: List.of(words.text("template.narrative.pillar"), words.text("template.narrative.text"),
						words.text("template.narrative.pillar"));
		for (int c = 0; c < names.size(); c++) {
			header.createCell(c).setCellValue(names.get(c));
			header.getCell(c).setCellStyle(styles.header);
		}
		int r = 1;
		for (Pillar pillar : methodology.pillars()) {
			Row row = sheet.createRow(r++);
			row.createCell(0).setCellValue(CellText.defused(pillar.label()));
			row.getCell(0).setCellStyle(styles.text);
			row.createCell(1).setCellStyle(styles.inputWrapped);
			if (!english) {
				row.createCell(2).setCellValue(CellText.defused(terms.pillar(pillar)));
				row.getCell(2).setCellStyle(styles.text);
			}
			row.setHeightInPoints(60);
		}
		sheet.setColumnWidth(0, 14 * 256);
		sheet.setColumnWidth(1, 100 * 256);
		sheet.setColumnWidth(2, 20 * 256);
		sheet.createFreezePane(0, 1);
		TemplateStyles.printOnePageWide(sheet);
		TemplateStyles.protect(sheet);
	}
}
