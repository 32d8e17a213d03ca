package org.scorecards.cycle;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.scorecards.intake.KeyFigures;
import org.scorecards.methodology.Methodology;
import org.scorecards.methodology.MethodologyLoader;
import org.scorecards.reference.Country;
import org.scorecards.rendering.AnnexWorkbook;
import org.scorecards.rendering.CountryReport;
import org.scorecards.rendering.CycleReport;
import org.scorecards.rendering.ScorecardPdf;
import org.scorecards.rendering.SummaryPdf;
import org.scorecards.rendering.SummaryWorkbook;
import org.scorecards.scoring.CountryScore;
import org.scorecards.scoring.CountryStatus;
import org.scorecards.scoring.OfficialFigure;
import org.scorecards.scoring.PillarResult;
import org.scorecards.scoring.PillarStatus;
import org.scorecards.scoring.Standing;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rounding edges through every output: scores.csv, the annex and the summary workbook carry the official
 * figure; the scorecard and the summary PDF print that figure rounded to one decimal, and the band is read
 * from it.
 */
class OfficialFigureSweepTest {

	private static final Methodology METHODOLOGY = MethodologyLoader.bundled();

	/** exact overall, official figure, as printed, band. */
	private static final String[][] EDGES = { { "72.34996", "72.3500", "72.4", "B" },
			{ "72.34994999", "72.3499", "72.3", "B" }, { "72.35", "72.3500", "72.4", "B" },
			{ "79.99995", "80.0000", "80.0", "A" }, { "79.99994999", "79.9999", "80.0", "B" },
			{ "64.99995", "65.0000", "65.0", "B" } };

	static List<CountryReport> reports = new ArrayList<>();

	static CycleReport cycle;

	@BeforeAll
	static void reports() {
		for (int i = 0; i < EDGES.length; i++) {
			reports.add(report("XA" + (char) ('A' + i), new BigDecimal(EDGES[i][0]), i + 1));
		}
		cycle = new CycleReport(2025, reports, Map.of(), METHODOLOGY, LocalDate.of(2026, 3, 1), true);
	}

	@Test
	void scoresCsvCarriesTheOfficialFigure() throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		SummaryTables.scores(cycle, out);
		String csv = out.toString(StandardCharsets.UTF_8);
		for (int i = 0; i < EDGES.length; i++) {
			assertThat(csv).contains(iso3(i) + ",2025,overall,overall,," + EDGES[i][1] + ",," + EDGES[i][3] + ",");
			assertThat(csv).contains(iso3(i) + ",2025,pillar,prevention,," + EDGES[i][1] + ",");
		}
	}

	@Test
	void annexCarriesTheOfficialFigure() throws IOException {
		for (int i = 0; i < EDGES.length; i++) {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			new AnnexWorkbook().write(reports.get(i), out);
			try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
				Row overall = row(workbook.getSheet("Summary"), "Overall score");
				assertThat(BigDecimal.valueOf(overall.getCell(1).getNumericCellValue()))
					.isEqualByComparingTo(EDGES[i][1]);
				assertThat(new DataFormatter().formatCellValue(overall.getCell(1))).isEqualTo(EDGES[i][1]);
				assertThat(row(workbook.getSheet("Summary"), "Band").getCell(1).getStringCellValue())
					.isEqualTo(EDGES[i][3]);
			}
		}
	}

	@Test
	void summaryWorkbookCarriesTheOfficialFigure() throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		new SummaryWorkbook().write(cycle, out);
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
			Sheet ranking = workbook.getSheet("Ranking");
			DataFormatter formatter = new DataFormatter();
			for (int i = 0; i < EDGES.length; i++) {
				Row row = row(ranking, iso3(i));
				int overall = column(ranking, "Overall");
				assertThat(formatter.formatCellValue(row.getCell(overall))).isEqualTo(EDGES[i][1]);
				assertThat(row.getCell(overall + 1).getStringCellValue()).isEqualTo(EDGES[i][3]);
			}
		}
	}

	@Test
	void documentsPrintTheOfficialFigureToOneDecimal() throws IOException {
		ScorecardPdf scorecard = new ScorecardPdf(Path.of("templates"));
		for (int i = 0; i < EDGES.length; i++) {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			scorecard.render(reports.get(i), out);
			assertThat(text(out)).contains("Overall score " + EDGES[i][2] + " out of 100 " + EDGES[i][3]);
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		new SummaryPdf(Path.of("templates")).render(cycle, out);
		String summary = text(out);
		for (int i = 0; i < EDGES.length; i++) {
			assertThat(summary).contains("Country " + iso3(i) + " ");
			assertThat(summary).containsPattern("Country " + iso3(i) + " .*? " + EDGES[i][2].replace(".", "\\.") + " "
					+ EDGES[i][3]);
		}
	}

	private static String iso3(int i) {
		return reports.get(i).country().iso3();
	}

	private static CountryReport report(String iso3, BigDecimal overall, int rank) {
		List<PillarResult> pillars = METHODOLOGY.pillars().stream()
			.map(p -> new PillarResult(p.pillar(), overall, BigDecimal.ONE, PillarStatus.RATED))
			.toList();
		String band = METHODOLOGY.bandFor(OfficialFigure.of(overall)).band();
		CountryScore score = new CountryScore(iso3, 2025, CountryStatus.RATED, List.of(), pillars, overall, band, band,
				null, List.of(), null);
		Standing standing = new Standing(rank, EDGES.length, null, Map.of(), Map.of());
		return new CountryReport(new Country(iso3, "Country " + iso3, "Region"), 2025, score, null, standing,
				KeyFigures.empty(), List.of(), List.of(), Map.of(), List.of(), METHODOLOGY, "ab".repeat(32),
				LocalDate.of(2026, 3, 1), true, 5);
	}

	private static Row row(Sheet sheet, String firstCell) {
		DataFormatter formatter = new DataFormatter();
		for (Row row : sheet) {
			for (int c = 0; c < 3; c++) {
				if (row.getCell(c) != null && firstCell.equals(formatter.formatCellValue(row.getCell(c)))) {
					return row;
				}
			}
		}
		throw new AssertionError("no row " + firstCell + " in " + sheet.getSheetName());
	}

	private static int column(Sheet sheet, String header) {
		DataFormatter formatter = new DataFormatter();
		for (Row row : sheet) {
			for (var cell : row) {
				if (header.equals(formatter.formatCellValue(cell))) {
					return cell.getColumnIndex();
				}
			}
		}
		throw new AssertionError("no column " + header);
	}

	private static String text(ByteArrayOutputStream pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf.toByteArray())) {
			return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
		}
	}
}
