package org.scorecards.rendering;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import org.scorecards.intake.IntakeCount;
import org.scorecards.spreadsheet.NewWorkbook;
import org.scorecards.validation.Finding;
import org.scorecards.validation.RuleCatalogue;

/**
 * What the focal point gets back ({@code <ISO3>-<year>-validation.xlsx}): every finding, the record
 * accounting per file, and a copy of their own workbook with each offending cell marked and commented.
 */
public final class ValidationWorkbook {

	/** The size from which a submitted workbook is not opened a second time: the limit the reader applied. */
	private final long maxSubmittedBytes;

	public ValidationWorkbook(RuleCatalogue catalogue) {
		this.maxSubmittedBytes = catalogue.parameter("max_workbook_megabytes").longValue() * 1024 * 1024;
	}

	private static final int LOCATION_COLUMN = 2;

	/**
	 * @param submittedWorkbook the focal point's {@code indicators.xlsx}, or {@code null} when missing or
	 * unreadable; a file that cannot be opened here is left out with a note rather than failing the output
	 */
	public void write(CountryReport report, Path submittedWorkbook, OutputStream out) throws IOException {
		XSSFWorkbook workbook = NewWorkbook.create();
		WorkbookStyle style = new WorkbookStyle(workbook, report.synthetic());
		List<Finding> findings = report.findings().stream().sorted(Finding.REPORT_ORDER).toList();
		SheetTable findingsTable = AnnexWorkbook.findings(style, findings, "Findings");
		SheetTable intake = intake(style, report.intake());
		String note = annotatedCopy(workbook, style, findings, findingsTable, submittedWorkbook, maxSubmittedBytes);
		if (note != null) {
			intake.lineBelow(1).input(note);
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

	/** Adds the annotated copy; returns a note for the reader when there is none, else {@code null}. */
	private static String annotatedCopy(XSSFWorkbook workbook, WorkbookStyle style, List<Finding> findings,
			SheetTable findingsTable, Path submitted, long maxSubmittedBytes) {
		if (submitted == null) {
			return "No annotated copy of indicators.xlsx: the workbook is missing or could not be read.";
		}
		AnnotatedCopy copy = new AnnotatedCopy(workbook, style);
		try {
			if (Files.size(submitted) > maxSubmittedBytes) {
				return "No annotated copy of indicators.xlsx: the file is larger than %,d bytes."
					.formatted(maxSubmittedBytes);
			}
			// read-only: the submitted file is evidence and must not be touched
			try (Workbook source = WorkbookFactory.create(submitted.toFile(), null, true)) {
				copy.copy(source);
			}
			copy.annotate(findings);
			link(findingsTable, findings, copy);
			return null;
		}
		catch (IOException | RuntimeException ex) {
			// a half-made copy would mislead: drop whatever was created
			copy.discard();
			String reason = ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage();
			return "No annotated copy of indicators.xlsx: the workbook could not be opened (" + reason + ").";
		}
	}

	/** Makes each located finding's location a link to the marked cell of the copy. */
	private static void link(SheetTable table, List<Finding> findings, AnnotatedCopy copy) {
		for (int i = 0; i < findings.size(); i++) {
			int rowIndex = table.headerRow + 1 + i;
			AnnotatedCopy.locate(findings.get(i)).ifPresent(located -> {
				XSSFSheet sheet = copy.copyOf(located.sheet());
				if (sheet == null) {
					return;
				}
				Cell cell = table.sheet.getRow(rowIndex).getCell(LOCATION_COLUMN);
				Hyperlink hyperlink = table.sheet.getWorkbook().getCreationHelper().createHyperlink(HyperlinkType.DOCUMENT);
				hyperlink.setAddress("'" + sheet.getSheetName().replace("'", "''") + "'!" + located.cell());
				cell.setHyperlink(hyperlink);
				cell.setCellStyle(table.style.link);
			});
		}
	}
}
