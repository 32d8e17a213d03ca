package org.scorecards.rendering;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.scorecards.intake.SubmittedSheet;
import org.scorecards.intake.WorkbookReader;
import org.scorecards.language.Language;
import org.scorecards.reference.Country;
import org.scorecards.validation.Finding;
import org.scorecards.validation.RuleCatalogue;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The workbooks as a French, Arabic or Chinese reader opens them: labels, statuses and messages in the language
 * (codes, file names and submitted values aside), numbers still numeric cells, Arabic sheets right to left.
 */
class WorkbooksInEveryLanguageTest {

	@TempDir
	Path dir;

	private static final RuleCatalogue CATALOGUE = RuleCatalogue.bundled();

	@Test
	void aFrenchAnnexHasNoEnglishLabel() throws IOException {
		CountryReport report = in(SampleReports.coteDIvoire(), Language.FR);
		try (XSSFWorkbook annex = AnnexFixtures.read(AnnexFixtures.bytes(out -> new AnnexWorkbook().write(report, out)))) {
			assertThat(annex.getSheetAt(0).getSheetName()).isEqualTo("Résumé");
			assertThat(englishIn(annex, Language.FR)).isEmpty();
			assertThat(texts(annex.getSheet("Indicateurs"))).contains("Victimes identifiées pour 100 000 habitants",
					"non communiqué", "base insuffisante");
			// scores stay numbers: the spreadsheet shows them in its reader's locale
			assertThat(annex.getSheet("Résumé").getRow(7).getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
		}
	}

	@Test
	void anArabicValidationWorkbookHasNoEnglishLabelAndRunsRightToLeft() throws IOException {
		List<Finding> findings = List.of(
				CATALOGUE.finding("code.allowed", "CIV", "victims.csv", "line 17", "femme",
						Map.of("column", "sex", "codes", "female, male, other, unknown")),
				CATALOGUE.finding("value.answer", "CIV", "indicators.xlsx", "Indicators!C3", "Oui", Map.of("code", "PV.1")),
				CATALOGUE.finding("number.min", "CIV", "training.csv", "line 9", "0",
						Map.of("column", "participants", "bound", "at least 1")));
		CountryReport report = AnnexFixtures.withFindings(in(SampleReports.coteDIvoire(), Language.AR), findings);
		List<SubmittedSheet> copy = new WorkbookReader("CIV", 2024, AnnexFixtures.METHODOLOGY, CATALOGUE).read(submitted())
			.copy();
		byte[] bytes = AnnexFixtures
			.bytes(out -> new ValidationWorkbook(CATALOGUE).write(AnnexFixtures.withCopy(report, copy), out));
		try (XSSFWorkbook workbook = AnnexFixtures.read(bytes)) {
			assertThat(workbook.getNumberOfSheets()).isGreaterThan(2);
			for (Sheet sheet : workbook) {
				assertThat(((XSSFSheet) sheet).isRightToLeft()).as(sheet.getSheetName()).isTrue();
			}
			assertThat(englishIn(workbook, Language.AR)).isEmpty();
			List<String> messages = new ArrayList<>();
			for (Row row : workbook.getSheet("النتائج")) {
				if (row.getRowNum() > 1) {
					messages.add(row.getCell(5).getStringCellValue());
				}
			}
			assertThat(messages).hasSize(3)
				.contains("يجب أن تكون قيمة PV.1 هي Yes أو Partial أو No", "يجب أن يكون participants لا يقل عن 1");
			var comment = workbook.getSheet("Indicators المقدَّمة").getRow(2).getCell(2).getCellComment();
			assertThat(comment.getString().getString()).startsWith("خطأ (value.answer): يجب أن تكون قيمة PV.1");
		}
	}

	@Test
	void theSummaryInChineseNamesItsSheetsAndStatusesInChinese() throws IOException {
		byte[] bytes = AnnexFixtures.bytes(out -> new SummaryWorkbook().write(SampleReports.cycle(), Language.ZH, out));
		try (XSSFWorkbook summary = AnnexFixtures.read(bytes)) {
			assertThat(summary.getSheetAt(0).getSheetName()).isEqualTo("排名");
			assertThat(englishIn(summary, Language.ZH)).isEmpty();
			assertThat(texts(summary.getSheet("排名"))).contains("已评级", "预防");
		}
	}

	@Test
	void everySheetNameFitsExcelsLimitsInEveryLanguage() {
		for (Language language : Language.values()) {
			var words = org.scorecards.language.Texts.of(WorkbookStyle.BUNDLE, language);
			for (String key : words.keys()) {
				if (key.startsWith("sheet.") || key.equals("template.instructions")) {
					String name = words.text(key, "Indicators");
					assertThat(name.length()).as(language.tag() + " " + key).isLessThanOrEqualTo(31);
					assertThat(name).as(language.tag() + " " + key).doesNotContainPattern("[\\[\\]:*?/\\\\]");
				}
			}
		}
	}

	/**
	 * Cells whose whole text is an English label of the workbook or methodology bundles that has a translation in
	 * {@code language} (a methodology entry another branch has not translated yet prints in English by design).
	 * The annotated copies of the submitted workbook hold what the focal point typed, and are left out.
	 */
	static List<String> englishIn(XSSFWorkbook workbook, Language language) throws IOException {
		Set<String> english = new HashSet<>();
		for (String bundle : List.of("workbook", "methodology")) {
			Properties en = bundle(bundle, Language.EN);
			Properties translated = bundle(bundle, language);
			en.stringPropertyNames()
				.stream()
				.filter(key -> translated.getProperty(key) != null && !en.getProperty(key).equals(translated.getProperty(key)))
				.forEach(key -> english.add(en.getProperty(key).strip()));
		}
		List<String> found = new ArrayList<>();
		String copy = org.scorecards.language.Texts.of(WorkbookStyle.BUNDLE, language).text("sheet.submitted", "");
		for (Sheet sheet : workbook) {
			if (sheet.getSheetName().contains(copy.strip())) {
				continue;
			}
			for (String text : texts(sheet)) {
				if (english.contains(text.strip()) || text.matches(".*\\b(not reported|per 100k|Rating capped|best bound)\\b.*")) {
					found.add(sheet.getSheetName() + ": " + text);
				}
			}
		}
		return found;
	}

	static List<String> texts(Sheet sheet) {
		List<String> texts = new ArrayList<>();
		for (Row row : sheet) {
			for (Cell cell : row) {
				if (cell.getCellType() == CellType.STRING) {
					texts.add(cell.getStringCellValue());
				}
			}
		}
		return texts;
	}

	private static Properties bundle(String name, Language language) throws IOException {
		try (InputStream in = WorkbooksInEveryLanguageTest.class
			.getResourceAsStream("/i18n/" + name + "_" + language.tag() + ".properties")) {
			Properties properties = new Properties();
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
			return properties;
		}
	}

	static CountryReport in(CountryReport r, Language language) {
		Country country = new Country(r.country().iso3(), r.country().name(), r.country().region(), language);
		return new CountryReport(country, r.year(), r.score(), r.previous(), r.twoYearsBefore(), r.standing(),
				r.keyFigures(), r.findings(), r.intake(), r.narrative(), r.sources(), r.methodology(),
				r.inputFingerprint(), r.generatedOn(), r.synthetic(), r.suppressionThreshold(), r.governmentComments(),
				r.submittedCopy(), r.errata());
	}

	/** A submitted workbook whose PV.1 (Indicators!C3) was answered in French, not Yes, Partial or No. */
	private Path submitted() throws IOException {
		Path file = dir.resolve("indicators.xlsx");
		try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
			workbook.createSheet("Cover").createRow(0).createCell(0).setCellValue("Country (ISO3)");
			Sheet indicators = workbook.createSheet("Indicators");
			String[] header = { "Code", "Indicator", "Value" };
			Row head = indicators.createRow(1);
			for (int i = 0; i < header.length; i++) {
				head.createCell(i).setCellValue(header[i]);
			}
			Row row = indicators.createRow(2);
			row.createCell(0).setCellValue("PV.1");
			row.createCell(2).setCellValue("Oui");
			workbook.write(out);
		}
		return file;
	}
}
