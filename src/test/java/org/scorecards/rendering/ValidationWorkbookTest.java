package org.scorecards.rendering;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.scorecards.intake.SubmittedSheet;
import org.scorecards.intake.WorkbookReader;
import org.scorecards.validation.Finding;
import org.scorecards.validation.RuleCatalogue;
import org.scorecards.validation.Severity;

class ValidationWorkbookTest {

	private static final int HEADER = 1;

	@TempDir
	Path dir;

	private final ValidationWorkbook writer = new ValidationWorkbook(org.scorecards.validation.RuleCatalogue.bundled());

	/** The validation workbook of {@code report}, with the cells the reader kept of {@code submitted} (or none). */
	private XSSFWorkbook written(CountryReport report, Path submitted) throws IOException {
		List<SubmittedSheet> copy = submitted == null ? null
				: new WorkbookReader("ATL", 2024, AnnexFixtures.METHODOLOGY, RuleCatalogue.bundled()).read(submitted).copy();
		return AnnexFixtures.read(AnnexFixtures.bytes(out -> writer.write(AnnexFixtures.withCopy(report, copy), out)));
	}

	/**
	 * A small submitted workbook: Cover, Indicators with a title row, the header on row 2 and PV.1 on row 3
	 * (so C5 is PV.3's value), and a Narrative whose text tries a formula.
	 */
	private Path submitted() throws IOException {
		Path file = dir.resolve("indicators.xlsx");
		try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
			Sheet cover = workbook.createSheet("Cover");
			cover.createRow(0).createCell(0).setCellValue("Country (ISO3)");
			cover.getRow(0).createCell(1).setCellValue("ATL");
			Sheet indicators = workbook.createSheet("Indicators");
			String[] header = { "Code", "Indicator", "Value", "Unit", "Evidence", "Comment" };
			indicators.createRow(0).createCell(0).setCellValue("Indicators 2024");
			Row head = indicators.createRow(1);
			for (int i = 0; i < header.length; i++) {
				head.createCell(i).setCellValue(header[i]);
			}
			Object[][] rows = { { "PV.1", "Yes" }, { "PV.2", 3.0 }, { "PV.3", 140.0 }, { "PV.5", "No" } };
			for (int r = 0; r < rows.length; r++) {
				Row row = indicators.createRow(r + 2);
				row.createCell(0).setCellValue((String) rows[r][0]);
				if (rows[r][1] instanceof String text) {
					row.createCell(2).setCellValue(text);
				}
				else {
					row.createCell(2).setCellValue((Double) rows[r][1]);
				}
			}
			indicators.getRow(2).createCell(3).setCellFormula("C3*2");
			Sheet narrative = workbook.createSheet("Narrative");
			narrative.createRow(0).createCell(1).setCellValue(AnnexFixtures.INJECTION);
			workbook.write(out);
		}
		return file;
	}

	@Test
	void findingsSortedWithHeaderFrozenAndFiltered() throws IOException {
		try (XSSFWorkbook workbook = written(AnnexFixtures.report(), null)) {
			XSSFSheet findings = workbook.getSheet("Findings");
			assertThat(findings.getRow(HEADER + 1).getCell(0).getStringCellValue()).isEqualTo("error");
			assertThat(findings.getRow(HEADER + 2).getCell(2).getStringCellValue()).isEqualTo("Indicators!C5");
			assertThat(findings.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) (HEADER + 1));
			assertThat(findings.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A2:F4");
		}
	}

	@Test
	void intakeCountsAsNumbers() throws IOException {
		try (XSSFWorkbook workbook = written(AnnexFixtures.report(), null)) {
			Row victims = AnnexFixtures.rowWith(workbook.getSheet("Intake"), 0, "victims.csv");
			assertThat(victims.getCell(1).getNumericCellValue()).isEqualTo(50);
			assertThat(victims.getCell(2).getNumericCellValue()).isEqualTo(48);
			assertThat(victims.getCell(3).getNumericCellValue()).isEqualTo(2);
		}
	}

	@Test
	void findingCellOfTheCopyIsMarkedAndCommented() throws IOException {
		try (XSSFWorkbook workbook = written(AnnexFixtures.report(), submitted())) {
			assertThat(workbook).extracting(Sheet::getSheetName)
				.containsExactly("Findings", "Intake", "Submitted Cover", "Submitted Indicators",
						"Submitted Narrative");
			Cell c5 = workbook.getSheet("Submitted Indicators").getRow(4).getCell(2);

			assertThat(c5.getNumericCellValue()).isEqualTo(140);
			assertThat(c5.getCellComment().getString().getString()).contains("WARNING")
				.contains("value.far_from_last_year")
				.contains("PV.3 is 140, more than twice last year's 60; please confirm");
			assertThat(c5.getCellStyle().getFillPattern()).isEqualTo(FillPatternType.SOLID_FOREGROUND);
			Cell link = workbook.getSheet("Findings").getRow(HEADER + 2).getCell(2);
			assertThat(link.getHyperlink().getAddress()).isEqualTo("'Submitted Indicators'!C5");
		}
	}

	@Test
	void copyHoldsValuesNotFormulasAndDefusesText() throws IOException {
		try (XSSFWorkbook workbook = written(AnnexFixtures.report(), submitted())) {
			Cell cached = workbook.getSheet("Submitted Indicators").getRow(2).getCell(3);
			Cell narrative = workbook.getSheet("Submitted Narrative").getRow(0).getCell(1);

			assertThat(cached.getCellType()).isNotEqualTo(CellType.FORMULA);
			assertThat(narrative.getCellType()).isEqualTo(CellType.STRING);
			assertThat(narrative.getStringCellValue()).doesNotStartWith("=");
		}
	}

	@Test
	void findingOnAnEmptyCellCreatesIt() throws IOException {
		List<Finding> findings = new ArrayList<>(AnnexFixtures.findings("ATL"));
		findings.add(new Finding("ATL", Severity.ERROR, "indicators.xlsx", "Indicators!E40", "value.required", "",
				"Evidence is required for PA.3a"));
		findings.add(new Finding("ATL", Severity.ERROR, "indicators.xlsx", "'Cover'!B1", "cover.country", "ATL",
				"Country must match the folder"));
		findings.add(new Finding("ATL", Severity.ERROR, "indicators.xlsx", "Missing!A1", "sheet.missing", "",
				"A sheet that is not there"));
		CountryReport report = AnnexFixtures.withFindings(AnnexFixtures.report(), findings);

		try (XSSFWorkbook workbook = written(report, submitted())) {
			Cell e40 = workbook.getSheet("Submitted Indicators").getRow(39).getCell(4);
			assertThat(e40.getCellComment().getString().getString()).contains("ERROR (value.required)");
			assertThat(workbook.getSheet("Submitted Cover").getRow(0).getCell(1).getCellComment()).isNotNull();
		}
	}

	@Test
	void theCopyIsMadeFromTheCellsReadWithoutOpeningTheFileAgain() throws IOException {
		Path file = submitted();
		List<SubmittedSheet> copy = new WorkbookReader("ATL", 2024, AnnexFixtures.METHODOLOGY, RuleCatalogue.bundled())
			.read(file)
			.copy();
		Files.delete(file);

		byte[] bytes = AnnexFixtures.bytes(out -> writer.write(AnnexFixtures.withCopy(AnnexFixtures.report(), copy), out));

		try (XSSFWorkbook workbook = AnnexFixtures.read(bytes)) {
			assertThat(workbook.getSheet("Submitted Indicators").getRow(4).getCell(2).getNumericCellValue()).isEqualTo(140);
		}
	}

	@Test
	void aSheetOfThousandsOfRowsIsCopiedInPartAndSaysSo() throws IOException {
		Path file = dir.resolve("indicators.xlsx");
		try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
			workbook.createSheet("Cover").createRow(0).createCell(0).setCellValue("Country (ISO3)");
			Sheet indicators = workbook.createSheet("Indicators");
			indicators.createRow(0).createCell(0).setCellValue("Code");
			indicators.getRow(0).createCell(2).setCellValue("Value");
			for (int r = 1; r <= 5_000; r++) {
				indicators.createRow(r).createCell(0).setCellValue("ZZ." + r);
			}
			workbook.write(out);
		}
		WorkbookReader reader = new WorkbookReader("ATL", 2024, AnnexFixtures.METHODOLOGY, RuleCatalogue.bundled());
		List<SubmittedSheet> copy = reader.read(file).copy();
		CountryReport report = AnnexFixtures.withCopy(AnnexFixtures.withFindings(AnnexFixtures.report(), reader.findings()),
				copy);

		try (XSSFWorkbook workbook = AnnexFixtures.read(AnnexFixtures.bytes(out -> writer.write(report, out)))) {
			XSSFSheet sheet = workbook.getSheet("Submitted Indicators");
			int last = SubmittedSheet.MAX_ROWS - 1;
			assertThat(sheet.getRow(last).getCell(0).getStringCellValue()).isEqualTo("ZZ." + last);
			assertThat(sheet.getRow(last).getCell(0).getCellComment()).isNotNull();
			// the note below the copied rows, and nothing after it: no finding's cell is made up further down
			assertThat(sheet.getLastRowNum()).isEqualTo(last + 2);
			assertThat(sheet.getRow(last + 2).getCell(0).getStringCellValue())
				.isEqualTo("4,801 more rows with values are not copied here: this copy holds the first 200. "
						+ "The Findings sheet lists the findings of every row.");
			// the first 1,000 unknown codes are listed; those past the copy are not links
			XSSFSheet findings = workbook.getSheet("Findings");
			assertThat(findings.getLastRowNum()).isLessThan(1_100);
			long links = java.util.stream.IntStream.rangeClosed(HEADER + 1, findings.getLastRowNum())
				.mapToObj(r -> findings.getRow(r).getCell(2))
				.filter(c -> c != null && c.getHyperlink() != null
						&& c.getHyperlink().getAddress().startsWith("'Submitted Indicators'"))
				.count();
			assertThat(links).isEqualTo(SubmittedSheet.MAX_ROWS - 1);
		}
	}

	@Nested
	class WhenTheSubmittedWorkbookIsUnusable {

		@Test
		void unreadableFileGivesANoteAndNoCopy() throws IOException {
			Path broken = dir.resolve("indicators.xlsx");
			Files.writeString(broken, "not a workbook");

			try (XSSFWorkbook workbook = written(AnnexFixtures.report(), broken)) {
				assertThat(workbook).extracting(Sheet::getSheetName).containsExactly("Findings", "Intake");
				assertThat(noteOf(workbook)).isEqualTo(
						"No annotated copy of indicators.xlsx: the workbook is missing or could not be read.");
			}
		}

		@Test
		void missingFileGivesANote() throws IOException {
			try (XSSFWorkbook workbook = written(AnnexFixtures.report(), null)) {
				assertThat(noteOf(workbook)).contains("missing");
			}
		}

		private String noteOf(XSSFWorkbook workbook) {
			XSSFSheet intake = workbook.getSheet("Intake");
			return intake.getRow(intake.getLastRowNum()).getCell(0).getStringCellValue();
		}
	}
}
