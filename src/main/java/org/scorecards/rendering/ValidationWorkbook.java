package org.scorecards.rendering;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import org.scorecards.intake.IntakeCount;
import org.scorecards.spreadsheet.NewWorkbook;
import org.scorecards.validation.Finding;

/**
 * What the focal point gets back ({@code <ISO3>-<year>-validation.xlsx}): every finding, the record
 * accounting per file, and a copy of their own workbook with each offending cell marked and commented. The copy
 * is made from the cells the reader kept ({@link CountryReport#submittedCopy()}): the submitted file is read once.
 */
public final class ValidationWorkbook {

	private static final int LOCATION_COLUMN = 2;

	public void write(CountryReport report, OutputStream out) throws IOException {
		XSSFWorkbook workbook = NewWorkbook.create();
		WorkbookStyle style = new WorkbookStyle(workbook, report.synthetic());
		List<Finding> findings = report.findings().stream().sorted(Finding.REPORT_ORDER).toList();
		SheetTable findingsTable = AnnexWorkbook.findings(style, findings, "Findings");
		SheetTable intake = intake(style, report.intake());
		if (report.submittedCopy() == null) {
			intake.lineBelow(1).input("No annotated copy of indicators.xlsx: the workbook is missing or could not be read.");
		}
		else {
			AnnotatedCopy copy = new AnnotatedCopy(workbook, style);
			copy.copy(report.submittedCopy());
			copy.annotate(findings);
			link(findingsTable, findings, copy);
		}
		WorkbookStyle.setCreated(workbook, report.generatedOn(),
				report.country().iso3() + " " + report.year() + " validation findings");
		WorkbookStyle.write(workbook, out);
	}

	private static SheetTable intake(WorkbookStyle style, List<IntakeCount> counts) {
		var table = style.table("Intake", List.of("File", "Read", "Accepted", "Rejected"), 22, 10, 10, 10);
		for (IntakeCount count : counts) {
			table.row().input(count.file()).count(count.read()).count(count.accepted()).count(count.rejected());
		}
		table.finish();
		return table;
	}

	/** Makes each finding whose cell the copy shows a link to that marked cell. */
	private static void link(SheetTable table, List<Finding> findings, AnnotatedCopy copy) {
		for (int i = 0; i < findings.size(); i++) {
			int rowIndex = table.headerRow + 1 + i;
			AnnotatedCopy.locate(findings.get(i)).filter(copy::shows).ifPresent(located -> {
				XSSFSheet sheet = copy.copyOf(located.sheet());
				Cell cell = table.sheet.getRow(rowIndex).getCell(LOCATION_COLUMN);
				Hyperlink hyperlink = table.sheet.getWorkbook().getCreationHelper().createHyperlink(HyperlinkType.DOCUMENT);
				hyperlink.setAddress("'" + sheet.getSheetName().replace("'", "''") + "'!" + located.cell());
				cell.setHyperlink(hyperlink);
				cell.setCellStyle(table.style.link);
			});
		}
	}
}
