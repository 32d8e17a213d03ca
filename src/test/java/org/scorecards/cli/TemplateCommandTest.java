package org.scorecards.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.scorecards.TestWorkbooks;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code template} on the cycle fixture: 2026 workbooks, with the 2025 submissions as last year. */
class TemplateCommandTest {

	@TempDir
	Path work;

	@Test
	void writesOneWorkbookPerCountryWithLastYearsValues() throws Exception {
		Path input = TestWorkbooks.cycleFixture(work.resolve("input"));
		Path output = work.resolve("output");

		int code = ScorecardsCommand.execute("template", "--year", "2026", "--input", input.toString(), "--output",
				output.toString());

		assertThat(code).isEqualTo(ExitCodes.OK);
		try (var files = Files.list(output.resolve("2026/templates"))) {
			assertThat(files.map(p -> p.getFileName().toString())).containsExactly("XAA", "XAB");
		}
		try (var leftovers = Files.walk(output)) {
			assertThat(leftovers.map(Path::toString)).noneMatch(name -> name.endsWith(".part"));
		}
		try (XSSFWorkbook workbook = new XSSFWorkbook(output.resolve("2026/templates/XAA/indicators.xlsx").toFile())) {
			XSSFSheet indicators = workbook.getSheet("Indicators");
			assertThat(new DataFormatter().formatCellValue(indicators.getRow(2).getCell(6))).isEqualTo("3");
			assertThat(workbook.getSheet("Cover").getRow(6).getCell(1).getStringCellValue()).isEqualTo("Dûnmore");
		}
		// XAB's 2025 workbook names another country: it is blocked, so nothing of it is shown as last year.
		try (XSSFWorkbook workbook = new XSSFWorkbook(output.resolve("2026/templates/XAB/indicators.xlsx").toFile())) {
			assertThat(workbook.getSheet("Indicators").getRow(1).getCell(6).getStringCellValue()).isEmpty();
		}
	}

	@Test
	void writesTheOneCountryAsked() throws Exception {
		Path input = TestWorkbooks.cycleFixture(work.resolve("input"));
		Path output = work.resolve("output");

		int code = ScorecardsCommand.execute("template", "--year", "2026", "--country", "xab", "--input",
				input.toString(), "--output", output.toString());

		assertThat(code).isEqualTo(ExitCodes.OK);
		assertThat(output.resolve("2026/templates/XAB/indicators.xlsx")).isRegularFile();
		assertThat(output.resolve("2026/templates/XAA")).doesNotExist();
	}

	@Test
	void anUnknownCountryIsAUsageErrorInOneLine() throws Exception {
		Path input = TestWorkbooks.cycleFixture(work.resolve("input"));
		PrintStream err = System.err;
		ByteArrayOutputStream captured = new ByteArrayOutputStream();
		System.setErr(new PrintStream(captured, true));
		int code;
		try {
			code = ScorecardsCommand.execute("template", "--year", "2026", "--country", "QQQ", "--input", input.toString(),
					"--output", work.resolve("output").toString());
		}
		finally {
			System.setErr(err);
		}
		assertThat(code).isEqualTo(ExitCodes.USAGE);
		assertThat(captured.toString().strip()).startsWith("error: country QQQ is not in").doesNotContain("\n\tat ");
		assertThat(work.resolve("output")).doesNotExist();
	}

	@Test
	void hasHelpAndRequiresAYear() {
		assertThat(ScorecardsCommand.execute("template", "--help")).isZero();
		assertThat(ScorecardsCommand.execute("template")).isEqualTo(ExitCodes.USAGE);
	}
}
