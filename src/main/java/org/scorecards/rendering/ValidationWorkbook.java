package org.scorecards.rendering;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.function.Function;

import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import org.scorecards.intake.IntakeCount;
import org.scorecards.language.Language;
import org.scorecards.spreadsheet.NewWorkbook;
import org.scorecards.validation.Finding;
import org.scorecards.validation.RuleCatalogue;

/**
 * What the focal point gets back ({@code <ISO3>-<year>-validation.xlsx}): every finding, the record
 * accounting per file, and a copy of their own workbook with each offending cell marked and commented. The copy
 * is made from the cells the reader kept ({@link CountryReport#submittedCopy()}): the submitted file is read once.
 */
public final class ValidationWorkbook {

	/** Words the findings' messages in the country's language. */
	private final RuleCatalogue catalogue;

	public ValidationWorkbook(RuleCatalogue catalogue) {
		this.catalogue = catalogue;
	}

	private static final int LOCATION_COLUMN = 2;

	public void write(CountryReport report, OutputStream out) throws IOException {
		XSSFWorkbook workbook = NewWorkbook.create();
		Language language = report.country().language();
		WorkbookStyle style = new WorkbookStyle(workbook, report.synthetic(), language);
		List<Finding> findings = report.findings().stream().sorted(Finding.REPORT_ORDER).toList();
		Function<Finding, String> messages = finding -> catalogue.message(finding, language);
		SheetTable findingsTable = AnnexWorkbook.findings(style, findings, style.text("sheet.findings"), messages);
		SheetTable intake = intake(style, report.intake());
		if (report.submittedCopy() == null) {
			intake.lineBelow(1).input(style.text("copy.none_missing"));
		}
		else {
			AnnotatedCopy copy = new AnnotatedCopy(workbook, style, messages);
			copy.copy(report.submittedCopy());
			copy.annotate(findings);
			link(findingsTable, findings, copy);
		}
		style.setCreated(report.generatedOn(),
				style.text("title.validation", report.country().iso3(), report.year()));
		style.write(out);
	}

	private static SheetTable intake(WorkbookStyle style, List<IntakeCount> counts) {
		var table = style.table(style.text("sheet.intake"), AnnexWorkbook.headers(style, "finding.file",
				"intake.read", "intake.accepted", "intake.rejected"), 22, 10, 10, 10);
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
