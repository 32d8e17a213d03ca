package org.scorecards.intake;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.scorecards.TestWorkbooks;
import org.scorecards.methodology.Methodology;
import org.scorecards.methodology.MethodologyLoader;
import org.scorecards.validation.Finding;
import org.scorecards.validation.RuleCatalogue;
import org.scorecards.validation.Severity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The workbook as Excel, LibreOffice and online spreadsheets return it, and as a hostile sender might craft
 * it. Every fixture is built here with POI from the worked example's values (TestWorkbooks), one quirk or
 * fault at a time, so each test shows what it is about; the zip bomb and the entity are POI's output with the
 * Indicators sheet's XML rewritten through java.util.zip ({@link #rewrite}), streaming the padding.
 */
class WorkbookReaderTest {

	static final Methodology METHODOLOGY = MethodologyLoader.bundled();

	/** The 14 workbook items in the methodology's order; in {@link #contract()} PV.1 is on row 2. */
	static final List<String> CODES = METHODOLOGY.workbook().stream().map(i -> i.code()).toList();

	@TempDir
	Path dir;

	WorkbookReader reader = new WorkbookReader("XAA", 2025, METHODOLOGY, RuleCatalogue.bundled());

	// --- fixtures -----------------------------------------------------------------------------------------

	/** A filled-in workbook in the contract's layout for XAA 2025, header on row 1, values in column C. */
	static XSSFWorkbook contract() {
		XSSFWorkbook workbook = new XSSFWorkbook();
		Sheet cover = workbook.createSheet("Cover");
		coverRow(cover, 0, "Country (ISO3)", "XAA");
		coverRow(cover, 1, "Reporting year", 2025);
		coverRow(cover, 2, "Focal point", "A. Tester");
		coverRow(cover, 3, "Email", "focal.point@example.org");
		coverRow(cover, 4, "Submitted on", "2026-01-15");
		Sheet indicators = workbook.createSheet("Indicators");
		row(indicators, 0, "Code", "Indicator", "Value", "Unit", "Evidence", "Comment");
		int r = 1;
		for (Map.Entry<String, Object> value : TestWorkbooks.workedExample2025().entrySet()) {
			Row row = row(indicators, r++, value.getKey(), METHODOLOGY.workbookItem(value.getKey()).orElseThrow().label());
			set(row.createCell(2), value.getValue());
		}
		return workbook;
	}

	static void coverRow(Sheet cover, int r, String label, Object value) {
		set(row(cover, r, label).createCell(1), value);
	}

	static Row row(Sheet sheet, int r, String... texts) {
		Row row = sheet.createRow(r);
		for (int c = 0; c < texts.length; c++) {
			row.createCell(c).setCellValue(texts[c]);
		}
		return row;
	}

	static void set(Cell cell, Object value) {
		if (value instanceof Number number) {
			cell.setCellValue(number.doubleValue());
		}
		else {
			cell.setCellValue(value.toString());
		}
	}

	/** The Value cell (column C) of the row holding {@code code} on the Indicators sheet. */
	static Cell value(Workbook workbook, String code) {
		Sheet sheet = workbook.getSheet("Indicators");
		for (Row row : sheet) {
			Cell first = row.getCell(0);
			if (first != null && first.toString().equals(code)) {
				return row.getCell(2, Row.MissingCellPolicy.CREATE_NULL_AS_BLANK);
			}
		}
		throw new IllegalArgumentException(code + " not on the Indicators sheet");
	}

	static byte[] bytes(Workbook workbook) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		workbook.write(out);
		workbook.close();
		return out.toByteArray();
	}

	WorkbookSubmission read(Workbook workbook) throws IOException {
		return read(bytes(workbook));
	}

	WorkbookSubmission read(byte[] content) throws IOException {
		Path file = dir.resolve(IndicatorWorkbook.FILE);
		Files.write(file, content);
		return reader.read(file);
	}

	/** Each finding as "location rule value", the form a focal point's list shows. */
	List<String> located() {
		return reader.findings().stream().map(f -> f.location() + " " + f.rule() + " " + f.value()).toList();
	}

	static void assertAllAcceptedFrom(WorkbookSubmission submission, int firstRow) {
		assertThat(submission.blockedReason()).isNull();
		assertThat(submission.entries()).containsOnlyKeys(CODES);
		assertThat(submission.entries().get("PV.1").location()).isEqualTo("Indicators!C" + firstRow);
	}

	// --- tests --------------------------------------------------------------------------------------------

	@Test
	void theContractLayoutIsReadWithoutFindings() throws IOException {
		WorkbookSubmission submission = read(contract());
		assertThat(reader.findings()).isEmpty();
		assertAllAcceptedFrom(submission, 2);
		assertThat(submission.entries().get("PA.3b")).isEqualTo(new WorkbookEntry("PA.3b", null,
				new BigDecimal("8"), "Indicators!C13"));
		assertThat(submission.cover()).containsEntry("Country (ISO3)", "XAA").containsEntry("Reporting year", "2025");
		assertThat(reader.rowsRead()).isEqualTo(14);
	}

	@Nested
	class QuirksReadWithoutFindings {

		@Test
		void numbersStoredAsTextWithSpacesAreNumbers() throws IOException {
			XSSFWorkbook workbook = contract();
			value(workbook, "PV.2").setCellValue(" 12 ");
			value(workbook, "PA.4").setCellValue("3.0");
			WorkbookSubmission submission = read(workbook);
			assertThat(reader.findings()).isEmpty();
			assertThat(submission.entries().get("PV.2").number()).isEqualByComparingTo("12");
			assertThat(submission.entries().get("PA.4").number()).isEqualByComparingTo("3");
		}

		@Test
		void aFormulaIsReadFromItsCachedResult() throws IOException {
			XSSFWorkbook workbook = contract();
			value(workbook, "PV.2").setCellFormula("5+3");
			value(workbook, "PV.1").setCellFormula("IF(1>0,\"Yes\",\"No\")");
			workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
			WorkbookSubmission submission = read(workbook);
			assertThat(reader.findings()).isEmpty();
			assertThat(submission.entries().get("PV.2").number()).isEqualByComparingTo("8");
			assertThat(submission.entries().get("PV.1").answer()).isEqualTo("yes");
		}

		@Test
		void aNumberIsReadAsExcelShowsItToFifteenDigits() throws IOException {
			// (0.1 + 0.2) * 10 is 3.0000000000000004 in binary floating point, as a program computing the value
			// stores it; Excel shows and compares 3.
			XSSFWorkbook workbook = contract();
			value(workbook, "PV.2").setCellValue((0.1 + 0.2) * 10);
			WorkbookSubmission submission = read(workbook);
			assertThat(reader.findings()).isEmpty();
			assertThat(submission.entries().get("PV.2").number()).isEqualByComparingTo("3");
		}

		@Test
		void answersAreReadInAnyCase() throws IOException {
			XSSFWorkbook workbook = contract();
			value(workbook, "PV.1").setCellValue("YES");
			value(workbook, "PV.5").setCellValue("partial");
			value(workbook, "PA.2").setCellValue(" nO ");
			WorkbookSubmission submission = read(workbook);
			assertThat(reader.findings()).isEmpty();
			assertThat(submission.entries()).extractingByKeys("PV.1", "PV.5", "PA.2")
				.extracting(WorkbookEntry::answer)
				.containsExactly("yes", "partial", "no");
		}

		@Test
		void aMergedTitleAboveTheHeaderAndMergedEvidenceCellsAreRead() throws IOException {
			XSSFWorkbook workbook = contract();
			Sheet sheet = workbook.getSheet("Indicators");
			sheet.shiftRows(0, sheet.getLastRowNum(), 2);
			row(sheet, 0, "Indicators 2025: Dûnmore");
			sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 5));
			// Evidence E3:E5 and Comment F6:F8, one text over three indicator rows
			sheet.getRow(2).createCell(4).setCellValue("Annual report of the national coordinator, p. 12");
			sheet.addMergedRegion(new CellRangeAddress(2, 4, 4, 4));
			sheet.getRow(5).createCell(5).setCellValue("Figures from the labour inspectorate");
			sheet.addMergedRegion(new CellRangeAddress(5, 7, 5, 5));
			WorkbookSubmission submission = read(workbook);
			assertThat(reader.findings()).isEmpty();
			assertAllAcceptedFrom(submission, 4);
			assertThat(submission.entries().get("PV.2").location()).isEqualTo("Indicators!C5");
		}

		@Test
		void blankRowsBetweenIndicatorsAndFormattedBlankRowsAfterThemAreSkipped() throws IOException {
			XSSFWorkbook workbook = contract();
			Sheet sheet = workbook.getSheet("Indicators");
			CellStyle yellow = workbook.createCellStyle();
			yellow.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
			yellow.setFillPattern(FillPatternType.SOLID_FOREGROUND);
			// three empty rows after PV.5 (row 5): PT.4 moves from row 6 to row 9
			sheet.shiftRows(5, sheet.getLastRowNum(), 3);
			for (int r : new int[] { 6, 40, 41, 42, 9_999 }) {
				Row row = sheet.createRow(r);
				for (int c = 0; c < 6; c++) {
					row.createCell(c).setCellStyle(yellow);
				}
			}
			sheet.createRow(43).createCell(0).setCellValue("   ");
			WorkbookSubmission submission = read(workbook);
			assertThat(reader.findings()).isEmpty();
			assertAllAcceptedFrom(submission, 2);
			assertThat(submission.entries().get("PT.4").location()).isEqualTo("Indicators!C9");
			assertThat(reader.rowsRead()).isEqualTo(14);
		}

		@Test
		void aHiddenExtraSheetIsIgnored() throws IOException {
			XSSFWorkbook workbook = contract();
			Sheet lists = workbook.createSheet("Lists");
			row(lists, 0, "Code", "Value");
			row(lists, 1, "PV.9", "Maybe");
			workbook.setSheetHidden(workbook.getSheetIndex(lists), true);
			WorkbookSubmission submission = read(workbook);
			assertThat(reader.findings()).isEmpty();
			assertAllAcceptedFrom(submission, 2);
		}

		@Test
		void extraColumnsInAnotherOrderAreReadThroughTheHeader() throws IOException {
			XSSFWorkbook workbook = contract();
			workbook.removeSheetAt(workbook.getSheetIndex("Indicators"));
			Sheet sheet = workbook.createSheet("Indicators");
			row(sheet, 0, "VALUE", "Source", "code ", "Indicator", "Unit", "Evidence", "Comment");
			int r = 1;
			for (Map.Entry<String, Object> value : TestWorkbooks.workedExample2025().entrySet()) {
				Row row = row(sheet, r++);
				set(row.createCell(0), value.getValue());
				row.createCell(1).setCellValue("ministry");
				row.createCell(2).setCellValue(value.getKey());
			}
			WorkbookSubmission submission = read(workbook);
			assertThat(reader.findings()).isEmpty();
			assertThat(submission.entries()).containsOnlyKeys(CODES);
			assertThat(submission.entries().get("PV.2").location()).isEqualTo("Indicators!A3");
		}

		@Test
		void aCoverWithATitleAndExtraRowsIsReadByLabel() throws IOException {
			XSSFWorkbook workbook = contract();
			Sheet cover = workbook.getSheet("Cover");
			cover.shiftRows(0, cover.getLastRowNum(), 2);
			row(cover, 0, "Annual submission: indicator workbook");
			cover.addMergedRegion(new CellRangeAddress(0, 0, 0, 3));
			coverRow(cover, 8, "Phone", "+00 123 456");
			coverRow(cover, 9, "Notes", "Second version, replaces the one of 10 January");
			WorkbookSubmission submission = read(workbook);
			assertThat(reader.findings()).isEmpty();
			assertAllAcceptedFrom(submission, 2);
			assertThat(submission.cover()).containsEntry("Country (ISO3)", "XAA").containsEntry("Phone", "+00 123 456");
		}

		@Test
		void aDateCellForSubmittedOnIsReadAsAnIsoDate() throws IOException {
			XSSFWorkbook workbook = contract();
			CellStyle date = workbook.createCellStyle();
			date.setDataFormat(workbook.createDataFormat().getFormat("dd.mm.yyyy"));
			Cell submittedOn = workbook.getSheet("Cover").getRow(4).getCell(1);
			submittedOn.setCellValue(LocalDate.of(2026, 1, 15));
			submittedOn.setCellStyle(date);
			WorkbookSubmission submission = read(workbook);
			assertThat(reader.findings()).isEmpty();
			assertThat(submission.cover()).containsEntry("Submitted on", "2026-01-15");
		}

		@Test
		void aLowerCaseCountryAndATextYearOnTheCoverAreAccepted() throws IOException {
			XSSFWorkbook workbook = contract();
			workbook.getSheet("Cover").getRow(0).getCell(1).setCellValue("xaa");
			workbook.getSheet("Cover").getRow(1).getCell(1).setCellValue("2025");
			WorkbookSubmission submission = read(workbook);
			assertThat(reader.findings()).isEmpty();
			assertAllAcceptedFrom(submission, 2);
		}
	}

	@Nested
	class ProblemsFoundAndLocated {

		@Test
		void anAnswerOutsideYesPartialNoIsRejectedAtItsCell() throws IOException {
			XSSFWorkbook workbook = contract();
			value(workbook, "PV.1").setCellValue("Maybe");
			WorkbookSubmission submission = read(workbook);
			assertThat(reader.findings()).containsExactly(new Finding("XAA", Severity.ERROR, "indicators.xlsx",
					"Indicators!C2", "value.answer", "Maybe", "PV.1 must be Yes, Partial or No"));
			assertThat(submission.entries()).doesNotContainKey("PV.1").hasSize(13);
			assertThat(submission.blockedReason()).isNull();
		}

		@Test
		void aFractionOrANegativeCountIsRejected() throws IOException {
			XSSFWorkbook workbook = contract();
			value(workbook, "PV.2").setCellValue("12.5");
			value(workbook, "PV.3").setCellValue(12.5);
			value(workbook, "PA.4").setCellValue("-3");
			value(workbook, "PA.3a").setCellValue("1,250");
			WorkbookSubmission submission = read(workbook);
			assertThat(located()).containsExactly("Indicators!C3 value.count 12.5", "Indicators!C4 value.count 12.5",
					"Indicators!C12 value.count 1,250", "Indicators!C14 value.count -3");
			assertThat(reader.findings().get(3).message()).isEqualTo("PA.4 must be a whole number of at least 0");
			assertThat(submission.entries()).doesNotContainKeys("PV.2", "PV.3", "PA.3a", "PA.4").hasSize(10);
		}

		@Test
		void anEmptyValueIsAWarningAndNotReported() throws IOException {
			XSSFWorkbook workbook = contract();
			value(workbook, "PV.3").setBlank();
			value(workbook, "PT.4").setCellValue("  ");
			WorkbookSubmission submission = read(workbook);
			assertThat(reader.findings()).extracting(Finding::location, Finding::rule, Finding::severity, Finding::message)
				.containsExactly(
						tuple("Indicators!C4", "value.missing", Severity.WARNING,
								"PV.3 has no value; it is not reported (enter a whole number, 0 if none)"),
						tuple("Indicators!C6", "value.missing", Severity.WARNING,
								"PT.4 has no value; it is not reported (enter Yes, Partial or No)"));
			assertThat(submission.entries()).doesNotContainKeys("PV.3", "PT.4");
		}

		@Test
		void aFormulaWithoutACachedResultIsNotReadAsZero() throws IOException {
			// Programs that write workbooks without calculating them leave the formula's result out; POI would
			// then give 0, a value the focal point never saw.
			XSSFWorkbook workbook = contract();
			Row row = value(workbook, "PV.2").getRow();
			row.removeCell(row.getCell(2));
			row.createCell(2).setCellFormula("5+3");
			WorkbookSubmission submission = read(workbook);
			assertThat(reader.findings()).extracting(Finding::location, Finding::rule, Finding::value, Finding::severity)
				.containsExactly(tuple("Indicators!C3", "value.uncalculated", "=5+3", Severity.WARNING));
			assertThat(reader.findings().get(0).message()).startsWith("PV.2 is a formula saved without its result");
			assertThat(submission.entries()).doesNotContainKey("PV.2");
		}

		@Test
		void aFormulaSavedWithAnEmptyCachedValueAsOpenpyxlWritesItIsNotReadAsZero() throws IOException {
			// openpyxl writes <f>5+3</f><v></v>: a result element, empty.
			XSSFWorkbook workbook = contract();
			Row row = value(workbook, "PV.2").getRow();
			row.removeCell(row.getCell(2));
			org.apache.poi.xssf.usermodel.XSSFCell cell = (org.apache.poi.xssf.usermodel.XSSFCell) row.createCell(2);
			cell.setCellFormula("5+3");
			cell.getCTCell().setV("");
			WorkbookSubmission submission = read(workbook);
			assertThat(reader.findings()).extracting(Finding::location, Finding::rule)
				.containsExactly(tuple("Indicators!C3", "value.uncalculated"));
			assertThat(submission.entries()).doesNotContainKey("PV.2");
		}

		@Test
		void findingsAreBoundedPerRuleAndTheRestCounted() throws IOException {
			XSSFWorkbook workbook = contract();
			for (int r = 0; r < 1500; r++) {
				row(workbook.getSheet("Indicators"), 15 + r, "ZZ." + r, "Unknown").createCell(2).setCellValue(1);
			}
			read(workbook);
			assertThat(reader.findings()).filteredOn(f -> f.rule().equals("indicator.unknown_code")).hasSize(1000);
			assertThat(reader.findings()).last().satisfies(f -> {
				assertThat(f.rule()).isEqualTo("findings.more");
				assertThat(f.message()).startsWith("500 more");
			});
			assertThat(reader.rowsRead()).isEqualTo(14 + 1500);
		}

		@Test
		void overlongTextsAreCutToTheBoundWithALocatedFinding() throws IOException {
			XSSFWorkbook workbook = contract();
			String huge = "x".repeat(32_000);
			row(workbook.getSheet("Indicators"), 15, huge, "Something else").createCell(2).setCellValue(4);
			Sheet narrative = workbook.createSheet("Narrative");
			row(narrative, 0, "Pillar", "Text");
			row(narrative, 1, "Prevention", huge);
			WorkbookSubmission submission = read(workbook);
			assertThat(reader.findings()).extracting(Finding::location, Finding::rule)
				.contains(tuple("Indicators!A16", "indicator.unknown_code"), tuple("Narrative!B2", "cell.too_long"));
			assertThat(reader.findings()).allSatisfy(f -> {
				assertThat(f.value()).hasSizeLessThan(300);
				assertThat(f.message()).hasSizeLessThan(600);
			});
			assertThat(submission.narrative().get("prevention")).hasSize(4000);
		}

		@Test
		void anUnknownCodeIsAWarningAtItsCodeCell() throws IOException {
			XSSFWorkbook workbook = contract();
			row(workbook.getSheet("Indicators"), 15, "PV.9", "Something else").createCell(2).setCellValue(4);
			WorkbookSubmission submission = read(workbook);
			assertThat(reader.findings()).extracting(Finding::location, Finding::rule, Finding::value, Finding::severity,
					Finding::message)
				.containsExactly(tuple("Indicators!A16", "indicator.unknown_code", "PV.9", Severity.WARNING,
						"code PV.9 is not an indicator of methodology 2.0; the row was ignored"));
			assertAllAcceptedFrom(submission, 2);
			assertThat(reader.rowsRead()).isEqualTo(15);
		}

		@Test
		void aDuplicatedCodeUsesNeitherRow() throws IOException {
			XSSFWorkbook workbook = contract();
			row(workbook.getSheet("Indicators"), 15, "pv.2").createCell(2).setCellValue(4);
			WorkbookSubmission submission = read(workbook);
			assertThat(located()).containsExactly("Indicators!A16 indicator.duplicate pv.2");
			assertThat(reader.findings().get(0).message()).isEqualTo("code PV.2 appears more than once; keep one row per indicator");
			assertThat(submission.entries()).doesNotContainKey("PV.2").hasSize(13);
		}

		@Test
		void aMissingIndicatorRowIsAWarning() throws IOException {
			XSSFWorkbook workbook = contract();
			Sheet sheet = workbook.getSheet("Indicators");
			sheet.removeRow(value(workbook, "PA.5").getRow());
			WorkbookSubmission submission = read(workbook);
			assertThat(reader.findings()).extracting(Finding::location, Finding::rule, Finding::value, Finding::severity,
					Finding::message)
				.containsExactly(tuple("Indicators", "indicator.missing_row", "PA.5", Severity.WARNING,
						"no row for PA.5 (Formal cooperation agreements with civil society); it is not reported"));
			assertThat(submission.entries()).hasSize(13);
		}

		@Test
		void moreRequestsExecutedThanReceivedRejectsTheExecutedCount() throws IOException {
			XSSFWorkbook workbook = contract();
			value(workbook, "PA.3b").setCellValue(12);
			WorkbookSubmission submission = read(workbook);
			assertThat(reader.findings()).containsExactly(new Finding("XAA", Severity.ERROR, "indicators.xlsx",
					"Indicators!C13", "consistency.mla_executed", "12",
					"PA.3b (requests executed) cannot exceed PA.3a (requests received, 10)"));
			assertThat(submission.entries()).containsKey("PA.3a").doesNotContainKey("PA.3b");
		}

		@Test
		void aConsistencyCheckDeclaredInTheRulesFileApplies() throws IOException {
			String bundled = new String(RuleCatalogue.class.getResourceAsStream(RuleCatalogue.BUNDLED).readAllBytes(),
					java.nio.charset.StandardCharsets.UTF_8);
			Path rules = dir.resolve("rules.yaml");
			// joint investigations (PA.4 = 2 in the contract) cannot exceed requests executed (PA.3b = 8): holds;
			// requests received (PA.3a = 10) cannot exceed joint investigations: broken
			Files.writeString(rules, bundled.replace("workbook_checks:\n", """
					workbook_checks:
					  - {rule: consistency.mla_executed, code: PA.4, at_most: PA.3b}
					  - {rule: consistency.mla_executed, code: PA.3a, at_most: PA.4}
					"""));
			WorkbookReader custom = new WorkbookReader("XAA", 2025, METHODOLOGY, RuleCatalogue.load(rules));
			Path file = dir.resolve(IndicatorWorkbook.FILE);
			Files.write(file, bytes(contract()));

			WorkbookSubmission submission = custom.read(file);

			assertThat(custom.findings()).extracting(Finding::location, Finding::rule, Finding::value)
				.containsExactly(tuple("Indicators!C12", "consistency.mla_executed", "10"));
			assertThat(submission.entries()).doesNotContainKey("PA.3a").containsKeys("PA.3b", "PA.4");
		}

		@Test
		void aCoverForAnotherCountryAndYearBlocksTheWorkbook() throws IOException {
			XSSFWorkbook workbook = contract();
			workbook.getSheet("Cover").getRow(0).getCell(1).setCellValue("XAB");
			workbook.getSheet("Cover").getRow(1).getCell(1).setCellValue(2024);
			WorkbookSubmission submission = read(workbook);
			assertThat(reader.findings()).extracting(Finding::location, Finding::rule, Finding::value, Finding::message)
				.containsExactly(
						tuple("Cover!B1", "cover.country", "XAB",
								"Country (ISO3) must be XAA, the country folder this workbook was submitted in"),
						tuple("Cover!B2", "cover.year", "2024",
								"Reporting year must be 2025, the year this workbook was submitted for"));
			// the reason is published: it names the rule, never the value typed (which the findings keep, privately)
			assertThat(submission.blockedReason()).isEqualTo("the workbook's Cover does not name XAA as its country")
				.doesNotContain("XAB");
		}

		@Test
		void aMissingIndicatorsSheetBlocksTheWorkbook() throws IOException {
			XSSFWorkbook workbook = contract();
			workbook.setSheetName(workbook.getSheetIndex("Indicators"), "Indicateurs");
			WorkbookSubmission submission = read(workbook);
			assertThat(reader.findings()).extracting(Finding::rule, Finding::value, Finding::message)
				.containsExactly(tuple("workbook.sheets", "Indicators",
						"sheet 'Indicators' not found; the workbook needs sheets Cover and Indicators"));
			assertThat(submission.blockedReason()).isNotNull();
			assertThat(submission.entries()).isEmpty();
		}

		@Test
		void anIndicatorsSheetWithoutHeaderBlocksTheWorkbook() throws IOException {
			XSSFWorkbook workbook = contract();
			workbook.removeSheetAt(workbook.getSheetIndex("Indicators"));
			workbook.createSheet("Indicators");
			WorkbookSubmission submission = read(workbook);
			assertThat(located()).containsExactly("Indicators header.indicators ");
			assertThat(submission.blockedReason()).isNotNull();
		}
	}

	/** What a sheet of a million rows, or a value in the last column, costs: only the contract's cells are kept. */
	@Nested
	class BoundedByTheContract {

		@Test
		void aValueInColumnXfdAndUnusedColumnsChangeNothingAndAreNotCopied() throws IOException {
			XSSFWorkbook workbook = contract();
			Sheet sheet = workbook.getSheet("Indicators");
			for (Row row : sheet) {
				for (int c = 6; c < 30; c++) {
					row.createCell(c).setCellValue("beside the table " + c);
				}
			}
			sheet.getRow(3).createCell(16_383).setCellValue("victim ref V-0042");
			workbook.getSheet("Cover").getRow(0).createCell(16_383).setCellValue(1);
			WorkbookSubmission submission = read(workbook);
			assertThat(reader.findings()).isEmpty();
			assertAllAcceptedFrom(submission, 2);
			assertThat(submission.copy()).extracting(SubmittedSheet::name).containsExactly("Cover", "Indicators");
			assertThat(submission.copy()).flatExtracting(SubmittedSheet::cells)
				.allSatisfy(cell -> assertThat(cell.column()).isLessThan(6))
				.noneMatch(cell -> cell.value().contains("victim ref") || cell.value().contains("beside"));
		}

		@Test
		void fiveThousandRowsOfUnknownCodesGiveCappedFindingsAndABoundedCopy() throws IOException {
			XSSFWorkbook workbook = contract();
			for (int r = 0; r < 5_000; r++) {
				row(workbook.getSheet("Indicators"), 15 + r, "ZZ." + r, "Unknown", "", "", "Evidence " + r);
			}
			WorkbookSubmission submission = read(workbook);
			assertThat(reader.findings()).filteredOn(f -> f.rule().equals("indicator.unknown_code")).hasSize(1_000);
			assertThat(reader.findings()).last().satisfies(f -> {
				assertThat(f.rule()).isEqualTo("findings.more");
				assertThat(f.value()).isEqualTo("indicator.unknown_code");
				assertThat(f.message()).startsWith("4000 more");
			});
			assertThat(reader.rowsRead()).isEqualTo(14 + 5_000);
			assertAllAcceptedFrom(submission, 2);
			// header, 14 indicators and 5,000 unknown rows hold values: the first 200 are copied, the rest counted
			SubmittedSheet indicators = submission.copy().get(1);
			assertThat(indicators.cells().stream().map(SubmittedCell::row).distinct()).hasSize(SubmittedSheet.MAX_ROWS);
			assertThat(indicators.lastRow()).isEqualTo(SubmittedSheet.MAX_ROWS - 1);
			assertThat(indicators.rowsLeftOut()).isEqualTo(1 + 14 + 5_000 - SubmittedSheet.MAX_ROWS);
		}

		@Test
		void theCopyKeepsTypesWidthsAndMergedRangesOfTheContractColumns() throws IOException {
			XSSFWorkbook workbook = contract();
			Sheet sheet = workbook.getSheet("Indicators");
			sheet.setColumnWidth(1, 40 * 256);
			sheet.addMergedRegion(new CellRangeAddress(1, 2, 4, 4));
			sheet.addMergedRegion(new CellRangeAddress(1, 2, 6, 7));
			CellStyle date = workbook.createCellStyle();
			date.setDataFormat(workbook.createDataFormat().getFormat("dd.mm.yyyy"));
			Cell submittedOn = workbook.getSheet("Cover").getRow(4).getCell(1);
			submittedOn.setCellValue(LocalDate.of(2026, 1, 15));
			submittedOn.setCellStyle(date);
			Row pv2 = value(workbook, "PV.2").getRow();
			pv2.removeCell(pv2.getCell(2));
			pv2.createCell(2).setCellFormula("5+3");
			workbook.setSheetHidden(workbook.getSheetIndex("Cover"), true);

			WorkbookSubmission submission = read(workbook);

			// a hidden sheet is read and checked, never copied
			assertThat(submission.cover()).containsEntry("Submitted on", "2026-01-15");
			assertThat(submission.copy()).extracting(SubmittedSheet::name).containsExactly("Indicators");
			SubmittedSheet indicators = submission.copy().get(0);
			assertThat(indicators.columnWidths()).containsEntry(1, 40 * 256);
			assertThat(indicators.mergedRegions()).containsExactly("E2:E3");
			assertThat(indicators.cells()).contains(new SubmittedCell(2, 2, SubmittedCell.Kind.UNCALCULATED, "5+3"),
					new SubmittedCell(1, 2, SubmittedCell.Kind.TEXT, "Yes"));
			assertThat(indicators.cells()).filteredOn(c -> c.row() == 3 && c.column() == 2).singleElement()
				.satisfies(c -> {
					assertThat(c.kind()).isEqualTo(SubmittedCell.Kind.NUMBER);
					assertThat(CellValues.text(c)).isEqualTo("250");
				});
		}
	}

	@Nested
	class TheCover {

		@Test
		void submittedOnAsTextOtherThanIsoIsAnErrorAtItsCell() throws IOException {
			XSSFWorkbook workbook = contract();
			workbook.getSheet("Cover").getRow(4).getCell(1).setCellValue("28/01/2026");
			WorkbookSubmission submission = read(workbook);
			assertThat(located()).containsExactly("Cover!B5 submitted_on.date 28/01/2026");
			assertThat(reader.findings().get(0).isError()).isTrue();
			assertThat(reader.findings().get(0).message()).contains("must be a date").contains("2026-01-15");
			// The date is not scored: every indicator is still read.
			assertAllAcceptedFrom(submission, 2);
		}

		@Test
		void submittedOnAsADateCellOrIsoTextIsADate() throws IOException {
			XSSFWorkbook workbook = contract();
			Cell date = workbook.getSheet("Cover").getRow(4).getCell(1);
			date.setCellValue(java.time.LocalDate.of(2026, 1, 28));
			var style = workbook.createCellStyle();
			style.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
			date.setCellStyle(style);
			read(workbook);
			assertThat(reader.findings()).isEmpty();
		}

		@Test
		void aSubmissionDatedAfterTheRunsDateIsAWarning() throws IOException {
			reader = new WorkbookReader("XAA", 2025, METHODOLOGY, RuleCatalogue.bundled(), java.time.LocalDate.of(2026, 1, 14));
			WorkbookSubmission submission = read(contract());
			assertThat(located()).containsExactly("Cover!B5 submitted_on.after_as_of 2026-01-15");
			assertThat(reader.findings().get(0).isError()).isFalse();
			assertThat(reader.findings().get(0).message()).contains("after 2026-01-14");
			assertAllAcceptedFrom(submission, 2);
		}

		@Test
		void aSubmissionDatedOnTheRunsDateIsFine() throws IOException {
			reader = new WorkbookReader("XAA", 2025, METHODOLOGY, RuleCatalogue.bundled(), java.time.LocalDate.of(2026, 1, 15));
			read(contract());
			assertThat(reader.findings()).isEmpty();
		}
	}

	@Nested
	class AWorkbookOfAnotherFormat {

		@Test
		void isNamedWithItsFormatAndWhatToDo() throws IOException {
			for (String name : List.of("indicators.ods", "indicators.xls", "indicators.xml", "Indicators.XLS")) {
				Path folder = Files.createDirectories(dir.resolve(name.replace('.', '-')));
				Files.write(folder.resolve(name), new byte[] { 1, 2, 3 });
				WorkbookReader reader = new WorkbookReader("XAA", 2025, METHODOLOGY, RuleCatalogue.bundled());
				WorkbookSubmission submission = reader.read(folder.resolve(IndicatorWorkbook.FILE));
				assertThat(submission.blockedReason()).isNotNull();
				assertThat(reader.findings()).singleElement().satisfies(f -> {
					assertThat(f.rule()).isEqualTo("workbook.other_format");
					assertThat(f.file()).isEqualTo(name);
					assertThat(f.isError()).isTrue();
					assertThat(f.message()).contains("indicators.xlsx was not submitted, but " + name + " was")
						.contains("save it as an Excel workbook (.xlsx) named indicators.xlsx");
				});
			}
		}

		@Test
		void saysWhichFormat() throws IOException {
			Files.write(dir.resolve("indicators.ods"), new byte[] { 1 });
			reader.read(dir.resolve(IndicatorWorkbook.FILE));
			assertThat(reader.findings().get(0).message()).contains("an OpenDocument spreadsheet");
		}

		@Test
		void aFolderWithNoSpreadsheetAtAllStillSaysNotSubmitted() throws IOException {
			Files.writeString(dir.resolve("victims.csv"), "victim_ref\n");
			reader.read(dir.resolve(IndicatorWorkbook.FILE));
			assertThat(located()).containsExactly(" workbook.missing ");
		}
	}

	@Nested
	class HostileFilesRefused {

		Finding onlyFinding(WorkbookSubmission submission) {
			assertThat(submission.blockedReason()).isNotNull();
			assertThat(submission.entries()).isEmpty();
			assertThat(reader.findings()).hasSize(1);
			return reader.findings().get(0);
		}

		@Test
		void aCsvFileRenamedXlsxIsNotAnXlsx() throws IOException {
			Finding finding = onlyFinding(read("Code,Value\nPV.1,Yes\n".getBytes(StandardCharsets.UTF_8)));
			assertThat(finding.rule()).isEqualTo("workbook.unreadable");
			assertThat(finding.message()).contains("it is not an .xlsx file");
		}

		@Test
		void randomBytesAreNotAnXlsx() throws IOException {
			byte[] noise = new byte[8192];
			new Random(42).nextBytes(noise);
			Finding finding = onlyFinding(read(noise));
			assertThat(finding.rule()).isEqualTo("workbook.unreadable");
			assertThat(finding.message()).contains("it is not an .xlsx file");
		}

		@Test
		void anEmptyFileIsRefused() throws IOException {
			assertThat(onlyFinding(read(new byte[0])).rule()).isEqualTo("workbook.unreadable");
		}

		@Test
		void aZipThatIsNotAWorkbookIsRefused() throws IOException {
			ByteArrayOutputStream zip = new ByteArrayOutputStream();
			try (ZipOutputStream out = new ZipOutputStream(zip)) {
				out.putNextEntry(new ZipEntry("notes.txt"));
				out.write("not a workbook".getBytes(StandardCharsets.UTF_8));
			}
			Finding finding = onlyFinding(read(zip.toByteArray()));
			assertThat(finding.rule()).isEqualTo("workbook.unreadable");
			assertThat(finding.message()).doesNotContain("Exception");
		}

		@Test
		void aTruncatedWorkbookIsRefused() throws IOException {
			byte[] whole = bytes(contract());
			Finding finding = onlyFinding(read(Arrays.copyOf(whole, whole.length / 2)));
			assertThat(finding.rule()).isEqualTo("workbook.unreadable");
			// POI names the file by its full path: the focal point reads only its name
			assertThat(finding.message()).contains("indicators.xlsx")
				.doesNotContain(dir.toString())
				.doesNotContain("Exception");
		}

		@Test
		void anOldBinaryXlsRenamedXlsxIsRefused() throws IOException {
			// The contract is .xlsx; an Excel 97-2003 file would also bypass the zip-level protections.
			HSSFWorkbook xls = new HSSFWorkbook();
			row(xls.createSheet("Cover"), 0, "Country (ISO3)", "XAA");
			row(xls.createSheet("Indicators"), 0, "Code", "Indicator", "Value");
			Finding finding = onlyFinding(read(xls));
			assertThat(finding.rule()).isEqualTo("workbook.unreadable");
			assertThat(finding.message()).contains("it is not an .xlsx file");
		}

		@Test
		void aPasswordProtectedWorkbookIsEncrypted() throws Exception {
			EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
			Encryptor encryptor = info.getEncryptor();
			encryptor.confirmPassword("secret");
			byte[] plain = bytes(contract());
			ByteArrayOutputStream encrypted = new ByteArrayOutputStream();
			try (POIFSFileSystem fs = new POIFSFileSystem()) {
				try (OutputStream out = encryptor.getDataStream(fs)) {
					out.write(plain);
				}
				fs.writeFilesystem(encrypted);
			}
			Finding finding = onlyFinding(read(encrypted.toByteArray()));
			assertThat(finding.rule()).isEqualTo("workbook.encrypted");
			assertThat(finding.message()).isEqualTo("the workbook is password-protected; submit it without a password");
		}

		@Test
		void aZipBombIsRefusedWithoutInflatingIt() throws IOException {
			// 200 MB of blanks inside the Indicators sheet's XML deflate to about 200 KB.
			byte[] bomb = rewrite(bytes(contract()), "xl/worksheets/sheet2.xml", (xml, out) -> {
				int at = xml.indexOf("<sheetData");
				out.write(xml.substring(0, at).getBytes(StandardCharsets.UTF_8));
				byte[] blanks = new byte[1 << 20];
				Arrays.fill(blanks, (byte) ' ');
				for (int i = 0; i < 200; i++) {
					out.write(blanks);
				}
				out.write(xml.substring(at).getBytes(StandardCharsets.UTF_8));
			});
			assertThat(bomb.length).isLessThan(1 << 20);
			Finding finding = onlyFinding(read(bomb));
			assertThat(finding.rule()).isEqualTo("workbook.unreadable");
			assertThat(finding.message()).contains("zip bomb");
		}

		@Test
		void aFileAboveTheSizeLimitIsRefusedUnread() throws IOException {
			Path rules = dir.resolve("rules.yaml");
			try (InputStream bundled = RuleCatalogue.class.getResourceAsStream(RuleCatalogue.BUNDLED)) {
				Files.writeString(rules, new String(bundled.readAllBytes(), StandardCharsets.UTF_8)
					.replace("max_workbook_megabytes: 20", "max_workbook_megabytes: 0"));
			}
			reader = new WorkbookReader("XAA", 2025, METHODOLOGY, RuleCatalogue.load(rules));
			Finding finding = onlyFinding(read(contract()));
			assertThat(finding.rule()).isEqualTo("file.too_large");
			// a file of a few kilobytes is reported as 1 MB (rounded up), never as "0 MB, above the limit of 0 MB"
			assertThat(finding.message()).isEqualTo("indicators.xlsx is 1 MB, above the limit of 0 MB; it was not read");
		}

		@Test
		void anExternalEntityIsNeverExpanded() throws IOException {
			byte[] xxe = rewrite(bytes(contract()), "xl/worksheets/sheet2.xml", (xml, out) -> {
				String hostile = xml
					.replaceFirst("\\?>", "?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>")
					.replaceFirst("<c r=\"C2\"[^>]*>.*?</c>", "<c r=\"C2\" t=\"inlineStr\"><is><t>&e;</t></is></c>");
				out.write(hostile.getBytes(StandardCharsets.UTF_8));
			});
			WorkbookSubmission submission = read(xxe);
			Stream<String> seen = Stream.of(submission.cover().values().stream(),
					submission.entries().values().stream().map(String::valueOf),
					reader.findings().stream().map(f -> f.value() + " " + f.message()))
				.flatMap(s -> s);
			assertThat(seen).noneMatch(text -> text.contains("root:"));
			assertThat(located()).containsExactly(" workbook.doctype ");
			assertThat(submission.blockedReason()).isNotNull();
		}
	}

	interface EntryWriter {

		void write(String original, OutputStream out) throws IOException;

	}

	/** A copy of the xlsx {@code zip} with entry {@code name} rewritten; the other entries as they were. */
	static byte[] rewrite(byte[] zip, String name, EntryWriter writer) throws IOException {
		ByteArrayOutputStream copy = new ByteArrayOutputStream();
		boolean found = false;
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
				ZipOutputStream out = new ZipOutputStream(copy)) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				byte[] content = in.readAllBytes();
				out.putNextEntry(new ZipEntry(entry.getName()));
				if (entry.getName().equals(name)) {
					writer.write(new String(content, StandardCharsets.UTF_8), out);
					found = true;
				}
				else {
					out.write(content);
				}
				out.closeEntry();
			}
		}
		assertThat(found).as("entry %s in the workbook", name).isTrue();
		return copy.toByteArray();
	}
}
