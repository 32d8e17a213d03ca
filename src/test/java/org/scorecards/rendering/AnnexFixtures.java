package org.scorecards.rendering;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import org.scorecards.intake.IntakeCount;
import org.scorecards.intake.KeyFigures;
import org.scorecards.intake.SourceFile;
import org.scorecards.intake.SubmittedSheet;
import org.scorecards.methodology.Indicator;
import org.scorecards.methodology.Measure;
import org.scorecards.methodology.Methodology;
import org.scorecards.methodology.MethodologyLoader;
import org.scorecards.reference.Country;
import org.scorecards.scoring.CountryScore;
import org.scorecards.scoring.CountryStatus;
import org.scorecards.scoring.IndicatorResult;
import org.scorecards.scoring.IndicatorStatus;
import org.scorecards.scoring.PillarResult;
import org.scorecards.scoring.PillarStatus;
import org.scorecards.scoring.Standing;
import org.scorecards.scoring.Trend;
import org.scorecards.validation.Finding;
import org.scorecards.validation.Severity;

/**
 * Country and cycle reports built by hand for the workbook writers, with the bundled methodology v1.
 * Every indicator is scored 60 except the few the tests look at:
 * <ul>
 * <li>PV.2 scores 72.34996: shown 72.3 as on the scorecard, where rounding twice would show 72.4;</li>
 * <li>PT.2 has 3 of 4 victims referred: insufficient base, and both counts fall under disclosure control;</li>
 * <li>PT.1 counts 42 victims in a population of 1,000,000.</li>
 * </ul>
 */
final class AnnexFixtures {

	static final Methodology METHODOLOGY = MethodologyLoader.bundled();

	static final LocalDate GENERATED_ON = LocalDate.of(2025, 3, 31);

	static final String INJECTION = "=HYPERLINK(\"http://x\")";

	static final BigDecimal PV2_SCORE = new BigDecimal("72.34996");

	private AnnexFixtures() {
	}

	static CountryReport report() {
		return report(new Country("ATL", "Atlantis", "Oceania"), new BigDecimal("68.1234"), "B", 2);
	}

	static CountryReport report(Country country, BigDecimal overall, String band, Integer rank) {
		CountryScore score = new CountryScore(country.iso3(), 2024, CountryStatus.RATED, indicators(), pillars(),
				overall, band, band, null, List.of(), null);
		Standing standing = new Standing(rank, 3, new Trend("up", new BigDecimal("3.5")),
				Map.of("prevention", new Trend("steady", new BigDecimal("1.2"))),
				Map.of("prevention", new BigDecimal("55.55"), Standing.OVERALL, new BigDecimal("61.0")));
		return new CountryReport(country, 2024, score, null, standing, keyFigures(), findings(country.iso3()),
				List.of(new IntakeCount(country.iso3(), "victims.csv", 50, 48, 2)),
				Map.of("prevention", "A national plan for 2024\u20132027 was adopted."),
				List.of(new SourceFile("victims.csv", "ab".repeat(32), 50)), METHODOLOGY, "cd".repeat(32),
				GENERATED_ON, true, 5);
	}

	static CountryReport notRated(Country country, String reason) {
		CountryScore score = new CountryScore(country.iso3(), 2024, CountryStatus.NOT_RATED, indicators(),
				pillars(), null, null, null, null, List.of(), reason);
		Standing standing = new Standing(null, 3, null, Map.of(), Map.of());
		return new CountryReport(country, 2024, score, null, standing, KeyFigures.empty(), List.of(), List.of(),
				Map.of(), List.of(), METHODOLOGY, "ef".repeat(32), GENERATED_ON, true, 5);
	}

	static CountryReport withFindings(CountryReport r, List<Finding> findings) {
		return new CountryReport(r.country(), r.year(), r.score(), r.previous(), r.standing(), r.keyFigures(),
				findings, r.intake(), r.narrative(), r.sources(), r.methodology(), r.inputFingerprint(),
				r.generatedOn(), r.synthetic(), r.suppressionThreshold());
	}

	/** The report with the submitted workbook's cells, as the reader kept them for the annotated copy. */
	static CountryReport withCopy(CountryReport r, List<SubmittedSheet> copy) {
		return new CountryReport(r.country(), r.year(), r.score(), r.previous(), r.twoYearsBefore(), r.standing(),
				r.keyFigures(), r.findings(), r.intake(), r.narrative(), r.sources(), r.methodology(),
				r.inputFingerprint(), r.generatedOn(), r.synthetic(), r.suppressionThreshold(), r.governmentComments(),
				copy, r.errata());
	}

	static CountryReport withNarrative(CountryReport r, Map<String, String> narrative) {
		return new CountryReport(r.country(), r.year(), r.score(), r.previous(), r.standing(), r.keyFigures(),
				r.findings(), r.intake(), narrative, r.sources(), r.methodology(), r.inputFingerprint(),
				r.generatedOn(), r.synthetic(), r.suppressionThreshold());
	}

	static List<Finding> findings(String iso3) {
		return List.of(
				new Finding(iso3, Severity.WARNING, "indicators.xlsx", "Indicators!C5", "value.far_from_last_year",
						"140", "PV.3 is 140, more than twice last year's 60; please confirm"),
				new Finding(iso3, Severity.ERROR, "victims.csv", "line 17", "code.allowed", INJECTION,
						"sex must be one of female, male, other, unknown"));
	}

	private static List<IndicatorResult> indicators() {
		List<IndicatorResult> results = new ArrayList<>();
		BigDecimal sixty = new BigDecimal("60");
		for (Indicator indicator : METHODOLOGY.indicators()) {
			boolean answer = indicator.measure() == Measure.ANSWER;
			results.add(switch (indicator.code()) {
				case "PV.2" -> scored(indicator, null, new BigDecimal("3.6174980"), null, null, PV2_SCORE);
				case "PT.1" -> scored(indicator, null, new BigDecimal("4.2"), new BigDecimal("42"),
						new BigDecimal("1000000"), new BigDecimal("42"));
				case "PT.2" -> new IndicatorResult(indicator.code(), indicator.pillar(),
						IndicatorStatus.INSUFFICIENT_BASE, null, new BigDecimal("75"), new BigDecimal("3"),
						new BigDecimal("4"), null, indicator.weight(), null, false);
				default -> scored(indicator, answer ? "partial" : null, answer ? null : BigDecimal.ONE, null, null,
						answer ? new BigDecimal("50") : sixty);
			});
		}
		return results;
	}

	private static IndicatorResult scored(Indicator indicator, String answer, BigDecimal value,
			BigDecimal numerator, BigDecimal denominator, BigDecimal score) {
		return new IndicatorResult(indicator.code(), indicator.pillar(), IndicatorStatus.SCORED, answer, value,
				numerator, denominator, score, indicator.weight(), score.divide(new BigDecimal("5")), false);
	}

	private static List<PillarResult> pillars() {
		return List.of(new PillarResult("prevention", new BigDecimal("66.469992"), BigDecimal.ONE, PillarStatus.RATED),
				new PillarResult("protection", new BigDecimal("55.5"), new BigDecimal("0.8571"), PillarStatus.RATED),
				new PillarResult("prosecution", new BigDecimal("70"), BigDecimal.ONE, PillarStatus.RATED),
				new PillarResult("partnership", new BigDecimal("80.525"), BigDecimal.ONE, PillarStatus.RATED));
	}

	private static KeyFigures keyFigures() {
		Map<String, Long> sex = new LinkedHashMap<>();
		sex.put("female", 40L);
		sex.put("male", 3L);
		sex.put("other", 0L);
		sex.put("unknown", 7L);
		return new KeyFigures(sex, Map.of("adult", 48L, "child", 2L), Map.of("sexual", 30L, "labour", 20L),
				Map.of("convicted", 6L, "acquitted", 2L), Map.of("prevention", new BigDecimal("12345.67")),
				Map.of("police", 25L));
	}

	static XSSFWorkbook read(byte[] bytes) {
		try {
			return new XSSFWorkbook(new ByteArrayInputStream(bytes));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	interface Writer {

		void write(ByteArrayOutputStream out) throws IOException;
	}

	static byte[] bytes(Writer writer) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		writer.write(out);
		return out.toByteArray();
	}

	/** The first row whose cell in {@code column} holds {@code text}. */
	static Row rowWith(Sheet sheet, int column, String text) {
		for (Row row : sheet) {
			Cell cell = row.getCell(column);
			if (cell != null && cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
					&& cell.getStringCellValue().equals(text)) {
				return row;
			}
		}
		throw new AssertionError("No row with " + text + " in column " + column + " of " + sheet.getSheetName());
	}

	/** Column index of a header in the sheet's header row. */
	static int column(Sheet sheet, int headerRow, String header) {
		for (Cell cell : sheet.getRow(headerRow)) {
			if (cell.getStringCellValue().equals(header)) {
				return cell.getColumnIndex();
			}
		}
		throw new AssertionError("No header " + header + " in " + sheet.getSheetName());
	}
}
