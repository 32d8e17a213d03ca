package org.scorecards.template;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.scorecards.intake.WorkbookReader;
import org.scorecards.intake.WorkbookSubmission;
import org.scorecards.language.Language;
import org.scorecards.methodology.Methodology;
import org.scorecards.methodology.MethodologyLoader;
import org.scorecards.methodology.WorkbookItem;
import org.scorecards.reference.Country;
import org.scorecards.validation.RuleCatalogue;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The template in a focal point's language is read back exactly as the English one: what the reader checks
 * (sheet names, Cover labels, the Code and Value header, pillar names, Yes/Partial/No) is the contract's.
 */
class TemplateInEveryLanguageTest {

	private static final Methodology METHODOLOGY = MethodologyLoader.bundled();

	private static final int YEAR = 2026;

	@TempDir
	Path work;

	@ParameterizedTest
	@EnumSource(Language.class)
	void aFilledTemplateInAnyLanguageIsReadWithoutAFinding(Language language) throws IOException {
		Path template = write(language);
		fillIn(template);
		WorkbookReader reader = new WorkbookReader("XAA", YEAR, METHODOLOGY, RuleCatalogue.bundled());

		WorkbookSubmission submission = reader.read(template);

		assertThat(reader.findings()).as(language.tag()).isEmpty();
		assertThat(submission.blockedReason()).isNull();
		assertThat(submission.entries()).hasSize(METHODOLOGY.workbook().size());
		assertThat(submission.narrative()).containsEntry("prevention", "Un nouveau plan a été adopté en mars.");
	}

	@Test
	void theFrenchTemplateSpeaksFrenchBesideTheContract() throws IOException {
		try (XSSFWorkbook workbook = open(write(Language.FR))) {
			assertThat(workbook.getSheetAt(0).getSheetName()).isEqualTo("Instructions");
			assertThat(workbook.getSheet("Cover").getRow(0).getCell(2).getStringCellValue())
				.isEqualTo("Pays (ISO3) : Prérempli : ne pas modifier.");
			Sheet indicators = workbook.getSheet("Indicators");
			assertThat(texts(indicators.getRow(0))).startsWith("Code", "Indicateur", "Valeur");
			assertThat(texts(indicators.getRow(1))).startsWith("Code", "Indicator", "Value");
			assertThat(indicators.getRow(2).getCell(3).getStringCellValue()).isEqualTo("Yes/Partial/No");
			assertThat(indicators.getRow(2).getCell(1).getStringCellValue())
				.isEqualTo("Plan d'action national en vigueur pour l'année");
			String instructions = String.join(" ", texts(workbook.getSheet("Instructions")));
			assertThat(instructions).contains("au plus tard le 28 février 2027").doesNotContain("Fill in");
		}
	}

	@Test
	void theArabicTemplateRunsRightToLeft() throws IOException {
		try (XSSFWorkbook workbook = open(write(Language.AR))) {
			assertThat(workbook.getSheetAt(0).getSheetName()).isEqualTo("التعليمات");
			for (Sheet sheet : workbook) {
				assertThat(((XSSFSheet) sheet).isRightToLeft()).as(sheet.getSheetName()).isTrue();
			}
		}
	}

	private Path write(Language language) throws IOException {
		Path file = work.resolve("template-" + language.tag() + ".xlsx");
		try (OutputStream out = Files.newOutputStream(file)) {
			new WorkbookTemplate(METHODOLOGY, LocalDate.of(2027, 2, 28), false)
				.write(new Country("XAA", "Dûnmore", "Northern Reach", language), YEAR, Map.of(), out);
		}
		return file;
	}

	/** Fills the template as a focal point does: rows found by their code, whatever rows head the sheet. */
	private static void fillIn(Path template) throws IOException {
		String[] answers = { "Yes", "Partial", "No" };
		XSSFWorkbook workbook;
		try (InputStream in = Files.newInputStream(template)) {
			workbook = new XSSFWorkbook(in);
		}
		try (workbook) {
			Sheet cover = workbook.getSheet("Cover");
			cover.getRow(2).getCell(1).setCellValue("A. Focal Point");
			cover.getRow(3).getCell(1).setCellValue("focal.point@example.org");
			cover.getRow(4).getCell(1).setCellValue(LocalDate.of(2027, 1, 15));
			Sheet sheet = workbook.getSheet("Indicators");
			int i = 0;
			for (Row row : sheet) {
				String code = row.getCell(0) == null ? "" : row.getCell(0).getStringCellValue();
				WorkbookItem item = METHODOLOGY.workbookItem(code).orElse(null);
				if (item == null) {
					continue;
				}
				if (item.isAnswer()) {
					row.getCell(2).setCellValue(answers[i++ % 3]);
				}
				else {
					row.getCell(2).setCellValue(code.equals("PA.3b") ? 4 : 5 + i++);
				}
			}
			workbook.getSheet("Narrative").getRow(1).getCell(1).setCellValue("Un nouveau plan a été adopté en mars.");
			try (OutputStream out = Files.newOutputStream(template)) {
				workbook.write(out);
			}
		}
	}

	private static XSSFWorkbook open(Path file) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			return new XSSFWorkbook(in);
		}
	}

	private static List<String> texts(Row row) {
		List<String> texts = new ArrayList<>();
		for (Cell cell : row) {
			if (cell.getCellType() == CellType.STRING) {
				texts.add(cell.getStringCellValue());
			}
		}
		return texts;
	}

	private static List<String> texts(Sheet sheet) {
		List<String> texts = new ArrayList<>();
		sheet.forEach(row -> texts.addAll(texts(row)));
		return texts;
	}
}
