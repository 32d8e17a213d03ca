package org.scorecards.rendering;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.scorecards.reference.Country;
import org.scorecards.validation.Finding;
import org.scorecards.validation.Severity;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The annex, validation and summary workbooks as spreadsheet programs and data libraries read them: the
 * same header row on synthetic and real data, a default cell style, blank cells left blank.
 */
class WorkbooksForEveryReaderTest {

	@TempDir
	Path dir;

	@Test
	void everySheetHasItsHeadersOnTheSameRowWhetherTheDataAreSyntheticOrReal() throws IOException {
		List<XSSFWorkbook> demo = written(true);
		List<XSSFWorkbook> real = written(false);
		for (int w = 0; w < demo.size(); w++) {
			try (XSSFWorkbook synthetic = demo.get(w); XSSFWorkbook actual = real.get(w)) {
				for (var sheet : synthetic) {
					String name = sheet.getSheetName();
					assertThat(rowText(actual.getSheet(name).getRow(1))).as(name).isEqualTo(rowText(sheet.getRow(1)));
					if (((XSSFSheet) sheet).getCTWorksheet().isSetAutoFilter() && !name.equals("Methodology")) {
						assertThat(((XSSFSheet) actual.getSheet(name)).getCTWorksheet().getAutoFilter().getRef()).as(name)
							.startsWith("A2:");
					}
				}
			}
		}
	}

	private static List<String> rowText(org.apache.poi.ss.usermodel.Row row) {
		List<String> text = new ArrayList<>();
		if (row != null) {
			row.forEach(cell -> text.add(new org.apache.poi.ss.usermodel.DataFormatter().formatCellValue(cell)));
		}
		return text;
	}

	@Test
	void realDataCarryANeutralCaptionWhereDemoDataCarryTheBanner() throws IOException {
		try (XSSFWorkbook real = written(false).get(0); XSSFWorkbook demo = written(true).get(0)) {
			assertThat(real.getSheet("Indicators").getRow(0).getCell(0).getStringCellValue()).isEqualTo("Indicators");
			assertThat(demo.getSheet("Indicators").getRow(0).getCell(0).getStringCellValue())
				.startsWith("SYNTHETIC DEMO DATA");
		}
	}

	@Test
	void everyWorkbookNamesItsDefaultCellStyle() throws IOException {
		for (byte[] workbook : bytes(false)) {
			assertThat(styles(workbook)).contains("<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/>");
		}
	}

	static String styles(byte[] xlsx) throws IOException {
		try (var zip = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(xlsx))) {
			for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				if (entry.getName().equals("xl/styles.xml")) {
					return new String(zip.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
				}
			}
		}
		throw new AssertionError("no xl/styles.xml");
	}

	@Test
	void anEmptyTextLeavesItsCellBlank() throws IOException {
		// the validation workbook (the second); the annex publishes no value seen at all
		for (XSSFWorkbook workbook : written(false).subList(1, 2)) {
			try (workbook) {
				XSSFSheet findings = workbook.getSheet("Findings");
				var row = AnnexFixtures.rowWith(findings, 3, "rule.without.value");
				int valueColumn = AnnexFixtures.column(findings, 1, "Value seen");
				Cell value = row.getCell(valueColumn);
				assertThat(value == null || value.getCellType() == CellType.BLANK).as(String.valueOf(value)).isTrue();
			}
		}
	}

	/** The reader that reported the problem, when the machine has it (Debian: python3-openpyxl). */
	@Test
	void openpyxlReadsEveryWorkbookWithoutAWarning() throws Exception {
		Path python = Path.of("/usr/bin/python3");
		Assumptions.assumeTrue(Files.isExecutable(python) && run(python.toString(), "-c", "import openpyxl") == 0,
				"openpyxl is not installed");
		List<String> command = new ArrayList<>(List.of(python.toString(), "-W", "error", "-c",
				"import sys, openpyxl\nfor f in sys.argv[1:]: openpyxl.load_workbook(f)"));
		int i = 0;
		for (byte[] bytes : bytes(false)) {
			Path file = dir.resolve("workbook-" + i++ + ".xlsx");
			Files.write(file, bytes);
			command.add(file.toString());
		}
		assertThat(run(command.toArray(String[]::new))).isZero();
	}

	private static int run(String... command) throws Exception {
		Process process = new ProcessBuilder(command).inheritIO().start();
		assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();
		return process.exitValue();
	}

	/** Annex, validation workbook and summary workbook, in that order. */
	private List<XSSFWorkbook> written(boolean synthetic) throws IOException {
		return bytes(synthetic).stream().map(AnnexFixtures::read).toList();
	}

	private List<byte[]> bytes(boolean synthetic) throws IOException {
		CountryReport demo = AnnexFixtures.withFindings(AnnexFixtures.report(), findings());
		CountryReport report = new CountryReport(demo.country(), demo.year(), demo.score(), demo.previous(),
				demo.standing(), demo.keyFigures(), demo.findings(), demo.intake(), demo.narrative(), demo.sources(),
				demo.methodology(), demo.inputFingerprint(), demo.generatedOn(), synthetic, demo.suppressionThreshold());
		CycleReport cycle = new CycleReport(2024,
				List.of(AnnexFixtures.report(new Country("LEM", "Lemuria", "Oceania"), new BigDecimal("61.2"), "C", 1)),
				Map.of("Oceania", Map.of("overall", new BigDecimal("61.2"))), AnnexFixtures.METHODOLOGY,
				AnnexFixtures.GENERATED_ON, synthetic);
		return List.of(AnnexFixtures.bytes(out -> new AnnexWorkbook().write(report, out)),
				AnnexFixtures.bytes(out -> new ValidationWorkbook(org.scorecards.validation.RuleCatalogue.bundled()).write(report, out)),
				AnnexFixtures.bytes(out -> new SummaryWorkbook().write(cycle, out)));
	}

	private static List<Finding> findings() {
		List<Finding> findings = new ArrayList<>(AnnexFixtures.findings("ATL"));
		findings.add(new Finding("ATL", Severity.WARNING, "training.csv", "", "rule.without.value", "",
				"a finding with no value seen and no location inside the file"));
		return findings;
	}
}
