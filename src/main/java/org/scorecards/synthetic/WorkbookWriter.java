package org.scorecards.synthetic;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import org.scorecards.intake.IndicatorWorkbook;
import org.scorecards.spreadsheet.NewWorkbook;
import org.scorecards.spreadsheet.StableZip;
import org.scorecards.synthetic.FocalPoints.FocalPoint;

/**
 * {@code indicators.xlsx} as a focal point returns it: the Cover, the Indicators sheet (answers as text,
 * counts as numbers) and, when given, the Narrative sheet. Creation date and zip entry times are pinned to the
 * submission date, so the same workbook has the same bytes whenever it is generated.
 */
final class WorkbookWriter {


	private final CountryYear countryYear;

	private final FocalPoint focalPoint;

	private final LocalDate submittedOn;

	WorkbookWriter(CountryYear countryYear, FocalPoint focalPoint) {
		this.countryYear = countryYear;
		this.focalPoint = focalPoint;
		this.submittedOn = LocalDate.of(countryYear.year() + 1, 1, 10)
			.plusDays(countryYear.random("submission").nextInt(75));
	}

	/** {@code narrative} may be empty: the sheet is optional and then left out. */
	void write(Path file, List<IndicatorValues.Row> rows, Map<String, String> narrative) throws IOException {
		try (XSSFWorkbook workbook = NewWorkbook.create()) {
			CellStyle bold = boldStyle(workbook);
			writeCover(workbook.createSheet(IndicatorWorkbook.COVER), bold);
			writeIndicators(workbook.createSheet(IndicatorWorkbook.INDICATORS), bold, rows);
			if (!narrative.isEmpty()) {
				writeNarrative(workbook.createSheet(IndicatorWorkbook.NARRATIVE), bold, narrative);
			}
			Date created = Date.from(submittedOn.atStartOfDay().toInstant(ZoneOffset.UTC));
			workbook.getProperties().getCoreProperties().setCreated(Optional.of(created));
			workbook.getProperties().getCoreProperties().setCreator(focalPoint.name());
			try (OutputStream out = Files.newOutputStream(file)) {
				StableZip.write(workbook::write, out, submittedOn.atStartOfDay());
			}
		}
	}

	private void writeCover(Sheet sheet, CellStyle bold) {
		label(sheet, 0, IndicatorWorkbook.COUNTRY, bold).createCell(1).setCellValue(countryYear.iso3());
		label(sheet, 1, IndicatorWorkbook.YEAR, bold).createCell(1).setCellValue(countryYear.year());
		label(sheet, 2, IndicatorWorkbook.FOCAL_POINT, bold).createCell(1).setCellValue(focalPoint.name());
		label(sheet, 3, IndicatorWorkbook.EMAIL, bold).createCell(1).setCellValue(focalPoint.email());
		label(sheet, 4, IndicatorWorkbook.SUBMITTED_ON, bold).createCell(1).setCellValue(submittedOn.toString());
		sheet.setColumnWidth(0, 18 * 256);
		sheet.setColumnWidth(1, 44 * 256);
	}

	private static Row label(Sheet sheet, int index, String text, CellStyle bold) {
		Row row = sheet.createRow(index);
		row.createCell(0).setCellValue(text);
		row.getCell(0).setCellStyle(bold);
		return row;
	}

	private static void writeIndicators(Sheet sheet, CellStyle bold, List<IndicatorValues.Row> rows) {
		header(sheet, bold, IndicatorWorkbook.INDICATOR_COLUMNS.toArray(String[]::new));
		int index = 1;
		for (IndicatorValues.Row item : rows) {
			Row row = sheet.createRow(index++);
			row.createCell(0).setCellValue(item.item().code());
			row.createCell(1).setCellValue(item.item().label());
			if (item.value() instanceof Long count) {
				row.createCell(2).setCellValue(count);
			}
			else {
				row.createCell(2).setCellValue(String.valueOf(item.value()));
			}
			row.createCell(3).setCellValue(item.item().unit());
			row.createCell(4).setCellValue(item.evidence());
			if (item.comment() != null) {
				row.createCell(5).setCellValue(item.comment());
			}
		}
		int[] widths = { 8, 58, 10, 16, 56, 40 };
		for (int i = 0; i < widths.length; i++) {
			sheet.setColumnWidth(i, widths[i] * 256);
		}
		sheet.createFreezePane(0, 1);
	}

	private static void writeNarrative(Sheet sheet, CellStyle bold, Map<String, String> narrative) {
		header(sheet, bold, IndicatorWorkbook.NARRATIVE_COLUMNS.toArray(String[]::new));
		int index = 1;
		for (Map.Entry<String, String> entry : narrative.entrySet()) {
			Row row = sheet.createRow(index++);
			row.createCell(0).setCellValue(entry.getKey());
			row.createCell(1).setCellValue(entry.getValue());
		}
		sheet.setColumnWidth(0, 14 * 256);
		sheet.setColumnWidth(1, 100 * 256);
	}

	private static void header(Sheet sheet, CellStyle bold, String... names) {
		Row row = sheet.createRow(0);
		for (int i = 0; i < names.length; i++) {
			row.createCell(i).setCellValue(names[i]);
			row.getCell(i).setCellStyle(bold);
		}
	}

	private static CellStyle boldStyle(XSSFWorkbook workbook) {
		Font font = workbook.createFont();
		font.setBold(true);
		CellStyle style = workbook.createCellStyle();
		style.setFont(font);
		return style;
	}
}
