package org.scorecards.rendering;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import org.scorecards.intake.IntakeCount;
import org.scorecards.language.Language;
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

	/** Words the findings' messages in the country's language. */
	private final RuleCatalogue catalogue;

	public ValidationWorkbook(RuleCatalogue catalogue) {
		this.catalogue = catalogue;
		this.maxSubmittedBytes = catalogue.parameter("max_workbook_megabytes").longValue() * 1024 * 1024;
	}

	private static final int LOCATION_COLUMN = 2;

	/**
	 * @param submittedWorkbook the focal point's {@code indicators.xlsx}, or {@code null} when missing or
	 * unreadable; a file that cannot be opened here is left out with a note rather than failing the output
	 */
	public void write(CountryReport report, Path submittedWorkbook, OutputStream out) throws IOException {
		XSSFWorkbook workbook = NewWorkbook.create();
		Language language = report.country().language();
		WorkbookStyle style = new WorkbookStyle(workbook, report.synthetic(), language);
		List<Finding> findings = report.findings().stream().sorted(Finding.REPORT_ORDER).toList();
		Function<Finding, String> messages = finding -> catalogue.message(finding, language);
		SheetTable findingsTable = AnnexWorkbook.findings(style, findings, style.text("sheet.findings"), messages);
		SheetTable intake = intake(style, report.intake());
		String note = annotatedCopy(workbook, style, findings, findingsTable, submittedWorkbook, maxSubmittedBytes,
				messages);
		if (note != null) {
			intake.lineBelow(1).input(note);
		}
		WorkbookStyle.setCreated(workbook, report.generatedOn(),
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

	/** Adds the annotated copy; returns a note for the reader when there is none, else {@code null}. */
	private static String annotatedCopy(XSSFWorkbook workbook, WorkbookStyle style, List<Finding> findings,
			SheetTable findingsTable, Path submitted, long maxSubmittedBytes, Function<Finding, String> messages) {
		if (submitted == null) {
			return style.text("copy.none_missing");
		}
		AnnotatedCopy copy = new AnnotatedCopy(workbook, style, messages);
		try {
			if (Files.size(submitted) > maxSubmittedBytes) {
				return style.text("copy.none_too_large", style.words.whole(maxSubmittedBytes));
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
			return style.text("copy.none_unopened", reason);
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
