package org.scorecards.template;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DataValidationConstraint.OperatorType;
import org.apache.poi.ss.usermodel.DataValidationConstraint.ValidationType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFDataValidation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.scorecards.OutputTree;
import org.scorecards.TestWorkbooks;
import org.scorecards.intake.InputTree;
import org.scorecards.intake.WorkbookEntry;
import org.scorecards.intake.WorkbookReader;
import org.scorecards.intake.WorkbookSubmission;
import org.scorecards.methodology.Methodology;
import org.scorecards.methodology.MethodologyLoader;
import org.scorecards.methodology.WorkbookItem;
import org.scorecards.reference.Country;
import org.scorecards.validation.Finding;
import org.scorecards.validation.Severity;

import static org.assertj.core.api.Assertions.assertThat;

/** The template as a focal point and as {@code WorkbookReader} see it. */
class WorkbookTemplateTest {

	private static final Methodology METHODOLOGY = MethodologyLoader.bundled();

	private static final Country COUNTRY = new Country("XAA", "Dûnmore", "Northern Reach");

	private static final int YEAR = 2026;

	@TempDir
	Path work;

	@Test
	void aFilledInTemplatePassesTheReaderWithoutAFinding() throws IOException {
		Path template = write(COUNTRY, Map.of());
		Map<String, Object> filled = fillIn(template);
		WorkbookReader reader = new WorkbookReader("XAA", YEAR, METHODOLOGY, org.scorecards.validation.RuleCatalogue.bundled());

		WorkbookSubmission submission = reader.read(template);

		assertThat(reader.findings()).isEmpty();
		assertThat(submission.blockedReason()).isNull();
		assertThat(submission.entries()).hasSize(METHODOLOGY.workbook().size());
		for (WorkbookItem item : METHODOLOGY.workbook()) {
			WorkbookEntry entry = submission.entries().get(item.code());
			assertThat(entry).as(item.code()).isNotNull();
			Object value = filled.get(item.code());
			if (item.isAnswer()) {
				assertThat(entry.answer()).as(item.code()).isEqualTo(value.toString().toLowerCase());
			}
			else {
				assertThat(entry.number()).as(item.code()).isEqualByComparingTo(BigDecimal.valueOf((Integer) value));
			}
		}
		assertThat(submission.narrative()).containsEntry("prevention", "A new plan was adopted in March.");
		assertThat(submission.cover()).containsEntry("Submitted on", "2027-01-15").containsEntry("Reporting year", "2026");
	}

	@Test
	void anUntouchedTemplateGivesOneMissingValueWarningPerRowAndNoError() throws IOException {
		Path template = write(COUNTRY, Map.of());
		WorkbookReader reader = new WorkbookReader("XAA", YEAR, METHODOLOGY, org.scorecards.validation.RuleCatalogue.bundled());

		WorkbookSubmission submission = reader.read(template);

		assertThat(submission.blockedReason()).isNull();
		assertThat(submission.entries()).isEmpty();
		assertThat(reader.findings()).extracting(Finding::severity).containsOnly(Severity.WARNING);
		assertThat(reader.findings()).extracting(Finding::rule).containsOnly("value.missing");
		assertThat(reader.findings()).extracting(Finding::location)
			.containsExactlyElementsOf(rows(r -> "Indicators!C" + (r + 1)));
	}

	@Test
	void valueCellsAreOpenAndValidatedTheRestIsLocked() throws IOException {
		Path template = write(COUNTRY, Map.of());
		try (XSSFWorkbook workbook = open(template)) {
			XSSFSheet sheet = workbook.getSheet("Indicators");
			assertThat(workbook.getSheetAt(0).getSheetName()).isEqualTo("Instructions");
			assertThat(sheet.getProtect()).isTrue();
			assertThat(workbook.getSheet("Cover").getProtect()).isTrue();
			assertThat(workbook.isStructureLocked()).isTrue();
			assertThat(cells(sheet.getRow(0))).containsExactly("Code", "Indicator", "Value", "Unit", "Evidence", "Comment",
					"Last year", "Treaty");
			List<WorkbookItem> items = METHODOLOGY.workbook();
			for (int i = 0; i < items.size(); i++) {
				WorkbookItem item = items.get(i);
				Row row = sheet.getRow(i + 1);
				assertThat(row.getCell(0).getStringCellValue()).isEqualTo(item.code());
				assertThat(row.getCell(0).getCellStyle().getLocked()).as(item.code()).isTrue();
				assertThat(row.getCell(1).getCellStyle().getLocked()).isTrue();
				assertThat(row.getCell(2).getCellStyle().getLocked()).as(item.code()).isFalse();
				assertThat(row.getCell(4).getCellStyle().getLocked()).isFalse();
				assertThat(row.getCell(5).getCellStyle().getLocked()).isFalse();
				XSSFDataValidation validation = validationOf(sheet, i + 1, 2);
				assertThat(validation).as(item.code()).isNotNull();
				assertThat(validation.getShowErrorBox()).isTrue();
				assertThat(validation.getShowPromptBox()).isTrue();
				var constraint = validation.getValidationConstraint();
				if (item.isAnswer()) {
					assertThat(constraint.getValidationType()).as(item.code()).isEqualTo(ValidationType.LIST);
					assertThat(constraint.getExplicitListValues()).containsExactly("Yes", "Partial", "No");
				}
				else {
					assertThat(constraint.getValidationType()).as(item.code()).isEqualTo(ValidationType.INTEGER);
					assertThat(constraint.getOperator()).isEqualTo(OperatorType.GREATER_OR_EQUAL);
					assertThat(constraint.getFormula1()).isEqualTo("0");
				}
			}
			// showDropDown="1" would hide the list's arrow in Excel.
			assertThat(sheet.getCTWorksheet().getDataValidations().getDataValidationArray())
				.noneMatch(v -> v.getShowDropDown());
			assertThat(sheet.getRow(items.stream().map(WorkbookItem::code).toList().indexOf("PA.3a") + 1).getCell(7)
				.getStringCellValue()).isEqualTo("UNTOC 18; CoE 32");
		}
	}

	@Test
	void coverIsFilledInAndCountryTextIsDefused() throws IOException {
		Path template = write(new Country("XAA", "=HYPERLINK(\"http://x\")", "@Region"), Map.of());
		try (XSSFWorkbook workbook = open(template)) {
			XSSFSheet cover = workbook.getSheet("Cover");
			assertThat(cells(cover.getRow(0))).startsWith("Country (ISO3)", "XAA");
			assertThat(cover.getRow(1).getCell(1).getNumericCellValue()).isEqualTo(2026.0);
			assertThat(cells(cover.getRow(2))).startsWith("Focal point", "");
			assertThat(cover.getRow(2).getCell(1).getCellStyle().getLocked()).isFalse();
			assertThat(cover.getRow(0).getCell(1).getCellStyle().getLocked()).isTrue();
			assertThat(cells(cover.getRow(4))).startsWith("Submitted on", "");
			assertThat(validationOf(cover, 4, 1).getValidationConstraint().getValidationType())
				.isEqualTo(ValidationType.DATE);
			assertThat(cover.getRow(6).getCell(1).getStringCellValue()).isEqualTo("'=HYPERLINK(\"http://x\")");
			assertThat(cover.getRow(7).getCell(1).getStringCellValue()).isEqualTo("'@Region");
			XSSFSheet narrative = workbook.getSheet("Narrative");
			assertThat(cells(narrative.getRow(0))).containsExactly("Pillar", "Text");
			assertThat(narrative.getRow(1).getCell(1).getCellStyle().getLocked()).isFalse();
		}
	}

	@Test
	void lastYearsAcceptedValueStandsBesideEachRow() throws IOException {
		Path input = work.resolve("input");
		Map<String, Object> lastYear = new LinkedHashMap<>(TestWorkbooks.workedExample2025());
		lastYear.remove("PA.4");
		lastYear.put("PV.5", "invalid");
		TestWorkbooks.write(input.resolve("2025/XAA/indicators.xlsx"), "XAA", 2025, lastYear, Map.of());
		Map<String, WorkbookEntry> previous = new CountryTemplates(new InputTree(input), new OutputTree(work), METHODOLOGY,
				new WorkbookTemplate(METHODOLOGY)).lastYear("XAA", 2025);

		Path template = write(COUNTRY, previous);

		Map<String, String> shown = new HashMap<>();
		try (XSSFWorkbook workbook = open(template)) {
			for (Row row : workbook.getSheet("Indicators")) {
				if (row.getRowNum() > 0) {
					shown.put(row.getCell(0).getStringCellValue(), new DataFormatter().formatCellValue(row.getCell(6)));
				}
			}
		}
		assertThat(shown).containsEntry("PV.1", "Yes")
			.containsEntry("PV.2", "3")
			.containsEntry("PV.3", "250")
			.containsEntry("PR.6", "Partial")
			.containsEntry("PA.2", "No")
			.containsEntry("PA.3a", "10")
			.containsEntry("PA.3b", "8")
			.containsEntry("PV.5", "not reported")
			.containsEntry("PA.4", "not reported");
	}

	@Test
	void theSameInputsGiveTheSameBytes() throws IOException {
		Map<String, WorkbookEntry> previous = Map.of("PV.2",
				new WorkbookEntry("PV.2", null, BigDecimal.valueOf(4), "Indicators!C3"));
		byte[] first = bytes(previous);
		byte[] second = bytes(previous);

		assertThat(second).isEqualTo(first);
		// Equal bytes within one test could still come from the clock's two-second zip resolution.
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(first))) {
			for (ZipEntry entry; (entry = zip.getNextEntry()) != null;) {
				assertThat(entry.getTimeLocal()).as(entry.getName()).isEqualTo(LocalDateTime.of(2026, 1, 1, 0, 0));
			}
		}
	}

	private byte[] bytes(Map<String, WorkbookEntry> previous) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		new WorkbookTemplate(METHODOLOGY).write(COUNTRY, YEAR, previous, out);
		return out.toByteArray();
	}

	private Path write(Country country, Map<String, WorkbookEntry> previous) throws IOException {
		Path file = work.resolve("template-" + System.nanoTime() + ".xlsx");
		try (OutputStream out = Files.newOutputStream(file)) {
			new WorkbookTemplate(METHODOLOGY, LocalDate.of(2027, 2, 28), false).write(country, YEAR, previous, out);
		}
		return file;
	}

	/** Fills the template the way a focal point does and returns the values entered by code. */
	private static Map<String, Object> fillIn(Path template) throws IOException {
		Map<String, Object> values = new HashMap<>();
		String[] answers = { "Yes", "Partial", "No" };
		try (InputStream in = Files.newInputStream(template); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
			XSSFSheet cover = workbook.getSheet("Cover");
			cover.getRow(2).getCell(1).setCellValue("A. Focal Point");
			cover.getRow(3).getCell(1).setCellValue("focal.point@example.org");
			cover.getRow(4).getCell(1).setCellValue(LocalDate.of(2027, 1, 15));
			XSSFSheet sheet = workbook.getSheet("Indicators");
			int i = 0;
			for (WorkbookItem item : METHODOLOGY.workbook()) {
				Row row = sheet.getRow(i + 1);
				Cell value = row.getCell(2);
				Object entered = item.isAnswer() ? answers[i % 3] : (Object) (item.code().equals("PA.3b") ? 4 : 5 + i);
				if (entered instanceof Integer number) {
					value.setCellValue(number);
				}
				else {
					value.setCellValue(entered.toString());
				}
				row.getCell(4).setCellValue("National report " + YEAR);
				values.put(item.code(), entered);
				i++;
			}
			workbook.getSheet("Narrative").getRow(1).getCell(1).setCellValue("A new plan was adopted in March.");
			try (OutputStream out = Files.newOutputStream(template)) {
				workbook.write(out);
			}
		}
		return values;
	}

	private static XSSFWorkbook open(Path file) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			return new XSSFWorkbook(in);
		}
	}

	private static List<String> rows(java.util.function.IntFunction<String> location) {
		return java.util.stream.IntStream.rangeClosed(1, METHODOLOGY.workbook().size()).mapToObj(location).toList();
	}

	private static List<String> cells(Row row) {
		DataFormatter formatter = new DataFormatter();
		List<String> texts = new java.util.ArrayList<>();
		for (int c = 0; c < row.getLastCellNum(); c++) {
			texts.add(formatter.formatCellValue(row.getCell(c)));
		}
		return texts;
	}

	private static XSSFDataValidation validationOf(XSSFSheet sheet, int row, int column) {
		for (XSSFDataValidation validation : sheet.getDataValidations()) {
			for (CellRangeAddress range : validation.getRegions().getCellRangeAddresses()) {
				if (range.isInRange(row, column)) {
					return validation;
				}
			}
		}
		return null;
	}
}
