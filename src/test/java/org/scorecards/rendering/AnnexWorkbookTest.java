package org.scorecards.rendering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import org.scorecards.spreadsheet.CellText;
import org.scorecards.spreadsheet.StableZip;
import org.scorecards.validation.Finding;

class AnnexWorkbookTest {

	/** Row 0 is the synthetic-data banner, so table headers sit on row 1. */
	private static final int HEADER = 1;

	private final AnnexWorkbook writer = new AnnexWorkbook();

	private XSSFWorkbook written(CountryReport report) throws IOException {
		return AnnexFixtures.read(AnnexFixtures.bytes(out -> writer.write(report, out)));
	}

	@Test
	void sheetsInOrder() throws IOException {
		try (XSSFWorkbook workbook = written(AnnexFixtures.report())) {
			assertThat(workbook).extracting(s -> s.getSheetName())
				.containsExactly("Summary", "Indicators", "Pillars", "How to improve", "Breakdowns", "Findings",
						"Sources", "Methodology");
		}
	}

	@Test
	void howToImproveGivesTheGapInItsOwnUnitsAndWhatClosingItAdds() throws IOException {
		try (XSSFWorkbook workbook = written(AnnexFixtures.report())) {
			XSSFSheet sheet = workbook.getSheet("How to improve");
			Row pt1 = AnnexFixtures.rowWith(sheet, 0, "PT.1");
			// 42 victims in 1,000,000 = 4.2 per 100k, best 10: 5.8 per 100k more = 58 more victims identified
			assertThat(pt1.getCell(AnnexFixtures.column(sheet, HEADER, "Gap to the best bound")).getStringCellValue())
				.isEqualTo("+58 victims identified");
			assertThat(pt1.getCell(AnnexFixtures.column(sheet, HEADER, "Indicator points")).getNumericCellValue())
				.isEqualTo(58.0);
			// protection counts 6 indicators (PT.2 has insufficient base): +58/6 to the pillar, a quarter of that
			// overall = 2.41667, official figure 2.4167
			assertThat(pt1.getCell(AnnexFixtures.column(sheet, HEADER, "Overall points")).getNumericCellValue())
				.isEqualTo(2.4167);
			assertThat(AnnexFixtures.rowWith(sheet, 0, "PV.1")
				.getCell(AnnexFixtures.column(sheet, HEADER, "Gap to the best bound")).getStringCellValue())
				.isEqualTo("Partial \u2192 Yes");
			assertThat(AnnexFixtures.rowWith(sheet, 0, "PT.2")
				.getCell(AnnexFixtures.column(sheet, HEADER, "Indicator points"))).isNull();
		}
	}

	@Test
	void indicatorScoreIsANumberShownAsOnTheScorecard() throws IOException {
		try (XSSFWorkbook workbook = written(AnnexFixtures.report())) {
			XSSFSheet sheet = workbook.getSheet("Indicators");
			Cell score = AnnexFixtures.rowWith(sheet, 0, "PV.2")
				.getCell(AnnexFixtures.column(sheet, HEADER, "Score"));

			assertThat(score.getCellType()).isEqualTo(CellType.NUMERIC);
			assertThat(score.getNumericCellValue()).isCloseTo(AnnexFixtures.PV2_SCORE.doubleValue(), within(1e-4));
			// 72.34996: the official figure 72.3500 in the annex, its one-decimal rounding 72.4 on the card
			assertThat(new DataFormatter().formatCellValue(score)).isEqualTo("72.3500");
			assertThat(Display.oneDecimal(AnnexFixtures.PV2_SCORE)).isEqualTo("72.4");
		}
	}

	@Test
	void everyMethodologyIndicatorHasARow() throws IOException {
		try (XSSFWorkbook workbook = written(AnnexFixtures.report())) {
			XSSFSheet sheet = workbook.getSheet("Indicators");
			assertThat(sheet.getLastRowNum() - HEADER).isEqualTo(AnnexFixtures.METHODOLOGY.indicators().size());
			Row pt2 = AnnexFixtures.rowWith(sheet, 0, "PT.2");
			assertThat(pt2.getCell(AnnexFixtures.column(sheet, HEADER, "Status")).getStringCellValue())
				.isEqualTo("insufficient base");
			assertThat(pt2.getCell(AnnexFixtures.column(sheet, HEADER, "Score"))).isNull();
		}
	}

	@Test
	void smallCountsAreSuppressedAndOthersAreNumbers() throws IOException {
		try (XSSFWorkbook workbook = written(AnnexFixtures.report())) {
			XSSFSheet breakdowns = workbook.getSheet("Breakdowns");
			Cell male = AnnexFixtures.rowWith(breakdowns, 1, "male").getCell(2);
			Cell female = AnnexFixtures.rowWith(breakdowns, 1, "female").getCell(2);
			Cell other = AnnexFixtures.rowWith(breakdowns, 1, "other").getCell(2);

			assertThat(male.getCellType()).isEqualTo(CellType.STRING);
			assertThat(male.getStringCellValue()).isEqualTo("<5");
			assertThat(female.getNumericCellValue()).isEqualTo(40);
			// the total is known from PT.1: male + unknown = 10, so the 7 is withheld to protect the male
			assertThat(AnnexFixtures.rowWith(breakdowns, 1, "unknown").getCell(2).getStringCellValue()).isEqualTo("c");
			assertThat(other.getCellType()).isEqualTo(CellType.NUMERIC);
			assertThat(other.getNumericCellValue()).isZero();

			XSSFSheet indicators = workbook.getSheet("Indicators");
			Row pt2 = AnnexFixtures.rowWith(indicators, 0, "PT.2");
			// 3 of 4 referred: numerator and denominator are given away together, so withheld together
			assertThat(pt2.getCell(AnnexFixtures.column(indicators, HEADER, "Numerator")).getStringCellValue())
				.isEqualTo("c");
			assertThat(pt2.getCell(AnnexFixtures.column(indicators, HEADER, "Denominator")).getStringCellValue())
				.isEqualTo("c");
			Row pt1 = AnnexFixtures.rowWith(indicators, 0, "PT.1");
			assertThat(pt1.getCell(AnnexFixtures.column(indicators, HEADER, "Denominator")).getNumericCellValue())
				.isEqualTo(1_000_000);
		}
	}

	@Test
	void inputTextIsNeverAFormula() throws IOException {
		CountryReport report = AnnexFixtures.withNarrative(AnnexFixtures.report(),
				Map.of("prevention", AnnexFixtures.INJECTION));

		try (XSSFWorkbook workbook = written(report)) {
			Cell narrative = AnnexFixtures.rowWith(workbook.getSheet("Pillars"), 0, "Prevention").getCell(7);

			for (Cell cell : List.of(narrative)) {
				assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
				assertThat(cell.getStringCellValue()).isEqualTo(CellText.defused(AnnexFixtures.INJECTION))
					.doesNotStartWith("=");
			}
		}
	}

	@Test
	void findingsGiveRuleFileLocationAndCountButNeverTheValueSeen() throws IOException {
		CountryReport report = AnnexFixtures.withNarrative(AnnexFixtures.report(),
				Map.of("prevention", "plain"));
		try (XSSFWorkbook workbook = written(report)) {
			XSSFSheet findings = workbook.getSheet("Findings");
			Row row = AnnexFixtures.rowWith(findings, 1, "victims.csv");
			assertThat(row.getCell(2).getStringCellValue()).isNotEmpty();
			assertThat(row.getCell(4).getStringCellValue()).contains("line 17");
			StringBuilder text = new StringBuilder();
			findings.forEach(r -> r.forEach(c -> text.append(c.toString()).append('|')));
			assertThat(text).doesNotContain("HYPERLINK").doesNotContain("Value seen");
		}
	}

	@Test
	void findingsErrorsFirst() throws IOException {
		try (XSSFWorkbook workbook = written(AnnexFixtures.report())) {
			XSSFSheet findings = workbook.getSheet("Findings");
			assertThat(findings.getRow(HEADER + 1).getCell(0).getStringCellValue()).isEqualTo("error");
			assertThat(findings.getRow(HEADER + 2).getCell(0).getStringCellValue()).isEqualTo("warning");
		}
	}

	@Test
	void headersFrozenAndFiltered() throws IOException {
		try (XSSFWorkbook workbook = written(AnnexFixtures.report())) {
			for (String name : List.of("Summary", "Indicators", "Pillars", "Breakdowns", "Findings", "Sources")) {
				XSSFSheet sheet = workbook.getSheet(name);
				PaneInformation pane = sheet.getPaneInformation();
				assertThat(pane.isFreezePane()).as(name).isTrue();
				assertThat(pane.getHorizontalSplitPosition()).as(name).isEqualTo((short) (HEADER + 1));
				assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).as(name).startsWith("A" + (HEADER + 1));
				assertThat(sheet.getRow(HEADER).getCell(0).getCellStyle().getFont().getBold()).as(name).isTrue();
			}
		}
	}

	@Test
	void summaryNamesSyntheticDataAndMethodology() throws IOException {
		try (XSSFWorkbook workbook = written(AnnexFixtures.report())) {
			XSSFSheet summary = workbook.getSheet("Summary");
			assertThat(summary.getRow(0).getCell(0).getStringCellValue())
				.isEqualTo("SYNTHETIC DEMO DATA \u2013 fictional countries");
			assertThat(AnnexFixtures.rowWith(summary, 0, "Methodology checksum (SHA-256)").getCell(1)
				.getStringCellValue()).isEqualTo(AnnexFixtures.METHODOLOGY.checksum());
			assertThat(AnnexFixtures.rowWith(summary, 0, "Band").getCell(1).getStringCellValue()).isEqualTo("B");
			assertThat(summary.getSheetConditionalFormatting().getNumConditionalFormattings()).isPositive();
		}
	}

	@Test
	void sameReportSameBytesDatedByTheReport() throws IOException {
		CountryReport report = AnnexFixtures.report();

		// As the cycle writes it: zip entries stamped by StableZip, or the clock would tell the two apart.
		java.time.LocalDateTime stamp = report.generatedOn().atStartOfDay();
		byte[] first = AnnexFixtures.bytes(out -> StableZip.write(o -> writer.write(report, o), out, stamp));
		byte[] second = AnnexFixtures.bytes(out -> StableZip.write(o -> writer.write(report, o), out, stamp));

		assertThat(second).isEqualTo(first);
		try (XSSFWorkbook workbook = AnnexFixtures.read(first)) {
			assertThat(workbook.getProperties().getCoreProperties().getCreated().toInstant())
				.hasToString("2025-03-31T00:00:00Z");
		}
	}

	@Test
	void noFindingsSaysSo() throws IOException {
		try (XSSFWorkbook workbook = written(AnnexFixtures.withFindings(AnnexFixtures.report(),
				List.<Finding>of()))) {
			assertThat(AnnexFixtures.rowWith(workbook.getSheet("Findings"), 0, "No findings.")).isNotNull();
		}
	}

	@Test
	void methodologyListsBandsCapsAndDefinitions() throws IOException {
		try (XSSFWorkbook workbook = written(AnnexFixtures.report())) {
			XSSFSheet sheet = workbook.getSheet("Methodology");
			assertThat(AnnexFixtures.rowWith(sheet, 0, "E").getCell(2).getStringCellValue())
				.isEqualTo("does not meet");
			// the cap comes before the definition of PR.1
			assertThat(AnnexFixtures.rowWith(sheet, 0, "PR.1").getCell(3).getStringCellValue())
				.isEqualTo("Trafficking is not criminalised in line with Palermo art. 3");
			Row pa3 = AnnexFixtures.rowWith(sheet, 0, "PA.3");
			assertThat(pa3.getCell(7).getNumericCellValue()).isEqualTo(3);
		}
	}
}
