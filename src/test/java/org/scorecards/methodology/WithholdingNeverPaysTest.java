package org.scorecards.methodology;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.scorecards.intake.CountryIntake;
import org.scorecards.intake.CountrySubmission;
import org.scorecards.intake.CsvRules;
import org.scorecards.reference.Country;
import org.scorecards.reference.ReferenceData;
import org.scorecards.reference.ReferenceDataLoader;
import org.scorecards.scoring.CountryScore;
import org.scorecards.scoring.CountryScorer;
import org.scorecards.scoring.CycleStandings;
import org.scorecards.scoring.IndicatorResult;
import org.scorecards.scoring.PillarResult;
import org.scorecards.synthetic.GeneratorOptions;
import org.scorecards.synthetic.SyntheticDataGenerator;
import org.scorecards.validation.RuleCatalogue;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The promise of methodology v2, checked exhaustively on a fixture of synthetic countries: for every value of
 * every country's Indicators sheet and for every one of its CSV files, removing it and re-scoring never
 * raises any indicator, pillar or overall score, band or rank of that country.
 */
class WithholdingNeverPaysTest {

	private static final int YEAR = 2025;

	private static final List<String> CSV_FILES = List.of("victims.csv", "prosecutions.csv", "funding.csv",
			"training.csv");

	@TempDir
	static Path work;

	static Methodology methodology;

	static CountryIntake intake;

	static Map<String, String> regionOf;

	static Map<String, CountryScore> baseline = new LinkedHashMap<>();

	@BeforeAll
	static void scoreTheFixture() throws IOException {
		// Few records, so that small bases, zero counts and No answers all occur.
		new SyntheticDataGenerator(new GeneratorOptions(8, List.of(YEAR), 25, 2025)).generate(work.resolve("input"));
		methodology = MethodologyLoader.bundled();
		ReferenceData reference = ReferenceDataLoader.load(work.resolve("input/reference"));
		intake = new CountryIntake(methodology, CsvRules.bundled(), reference, RuleCatalogue.bundled());
		regionOf = reference.countries().stream().collect(Collectors.toMap(Country::iso3, Country::region));
		for (Country country : reference.countries()) {
			baseline.put(country.iso3(), score(folder(country.iso3()), country.iso3()));
		}
	}

	@Test
	void noRemovedWorkbookValueOrCsvFileRaisesAnything() throws IOException {
		List<String> variants = new ArrayList<>();
		List<String> violations = new ArrayList<>();
		List<String> lowered = new ArrayList<>();
		for (String iso3 : baseline.keySet()) {
			for (String code : filledIndicatorCodes(folder(iso3))) {
				Path variant = copy(iso3, "without-" + code);
				blankValue(variant.resolve("indicators.xlsx"), code);
				CountryScore after = score(variant, iso3);
				violations.addAll(compare(iso3, "blank " + code, after));
				variants.add(iso3 + " " + code);
				if (after.overall().compareTo(baseline.get(iso3).overall()) < 0) {
					lowered.add(iso3 + " " + code);
				}
			}
			for (String file : CSV_FILES) {
				if (Files.exists(folder(iso3).resolve(file))) {
					Path variant = copy(iso3, "without-" + file);
					Files.delete(variant.resolve(file));
					CountryScore after = score(variant, iso3);
					violations.addAll(compare(iso3, "no " + file, after));
					variants.add(iso3 + " " + file);
					if (after.overall().compareTo(baseline.get(iso3).overall()) < 0) {
						lowered.add(iso3 + " " + file);
					}
				}
			}
		}
		// Every row and every file each country submitted (the demo profile leaves a few out): nothing sampled.
		assertThat(variants).hasSizeGreaterThan(baseline.size() * (methodology.workbook().size() + CSV_FILES.size()) * 9 / 10);
		assertThat(baseline.values()).allMatch(CountryScore::rated);
		assertThat(violations).isEmpty();
		// The removals really took effect: most of them cost the country points (a No or a 0 costs nothing).
		assertThat(lowered).hasSizeGreaterThan(variants.size() / 2);
	}

	/** The check the test rests on must catch the gaming v1 allows: a blank critical No lifts the band. */
	@Test
	void theCheckCatchesWhatMethodologyV1Allows() throws IOException {
		String iso3 = baseline.keySet().iterator().next();
		Path answeredNo = copy(iso3, "pr1-no");
		setValue(answeredNo.resolve("indicators.xlsx"), "PR.1", "No");
		Methodology v1 = MethodologyLoader.bundled("v1");
		CountryIntake v1Intake = new CountryIntake(v1, CsvRules.bundled(),
				ReferenceDataLoader.load(work.resolve("input/reference")), RuleCatalogue.bundled());
		CountrySubmission no = v1Intake.read(answeredNo, iso3, YEAR);
		Path blank = copy(iso3, "pr1-blank");
		blankValue(blank.resolve("indicators.xlsx"), "PR.1");
		CountrySubmission withheld = v1Intake.read(blank, iso3, YEAR);
		CountryScore before = new CountryScorer(v1).score(iso3, YEAR, no.evidence());
		CountryScore after = new CountryScorer(v1).score(iso3, YEAR, withheld.evidence());

		assertThat(violations(v1, iso3, "blank PR.1", before, after, Map.of(iso3, before), Map.of(iso3, after)))
			.isNotEmpty();
	}

	private static List<String> compare(String iso3, String change, CountryScore after) {
		Map<String, CountryScore> withVariant = new LinkedHashMap<>(baseline);
		withVariant.put(iso3, after);
		return violations(methodology, iso3, change, baseline.get(iso3), after, baseline, withVariant);
	}

	private static List<String> violations(Methodology m, String iso3, String change, CountryScore before,
			CountryScore after, Map<String, CountryScore> cycleBefore, Map<String, CountryScore> cycleAfter) {
		List<String> found = new ArrayList<>();
		String where = iso3 + " " + change + ": ";
		for (IndicatorResult was : before.indicators()) {
			IndicatorResult now = after.indicator(was.code()).orElseThrow();
			if (higher(now.score(), was.score())) {
				found.add(where + was.code() + " " + was.score() + " -> " + now.score());
			}
		}
		for (PillarResult was : before.pillars()) {
			PillarResult now = after.pillar(was.pillar()).orElseThrow();
			if (higher(now.score(), was.score())) {
				found.add(where + was.pillar() + " " + was.score() + " -> " + now.score());
			}
		}
		if (higher(after.overall(), before.overall())) {
			found.add(where + "overall " + before.overall() + " -> " + after.overall());
		}
		if (after.band() != null && (before.band() == null || m.bandOrder(after.band()) < m.bandOrder(before.band()))) {
			found.add(where + "band " + before.band() + " -> " + after.band());
		}
		Integer rankBefore = rank(m, cycleBefore, iso3);
		Integer rankAfter = rank(m, cycleAfter, iso3);
		if (rankAfter != null && (rankBefore == null || rankAfter < rankBefore)) {
			found.add(where + "rank " + rankBefore + " -> " + rankAfter);
		}
		return found;
	}

	/**
	 * A score that appears where there was none counts as higher unless it is 0: an indicator of insufficient
	 * base (no score, left out of its pillar) may become not reported (0), never scored above that.
	 */
	private static boolean higher(BigDecimal now, BigDecimal was) {
		if (now == null) {
			return false;
		}
		return was == null ? now.signum() > 0 : now.compareTo(was) > 0;
	}

	private static Integer rank(Methodology m, Map<String, CountryScore> cycle, String iso3) {
		return CycleStandings.compute(m, List.copyOf(cycle.values()), Map.of(), regionOf).standings().get(iso3).rank();
	}

	private static CountryScore score(Path folder, String iso3) {
		CountrySubmission submission = intake.read(folder, iso3, YEAR);
		return submission.blocked() ? CountryScore.blocked(iso3, YEAR, submission.blockedReason())
				: new CountryScorer(methodology).score(iso3, YEAR, submission.evidence());
	}

	private static Path folder(String iso3) {
		return work.resolve("input/" + YEAR + "/" + iso3);
	}

	private static Path copy(String iso3, String name) throws IOException {
		Path target = work.resolve("variants/" + iso3 + "/" + name);
		Files.createDirectories(target);
		try (Stream<Path> files = Files.list(folder(iso3))) {
			for (Path file : files.toList()) {
				Files.copy(file, target.resolve(file.getFileName()));
			}
		}
		return target;
	}

	/** Codes of the Indicators sheet's rows (column A), in sheet order. */
	private static List<String> filledIndicatorCodes(Path folder) throws IOException {
		List<String> codes = new ArrayList<>();
		try (InputStream in = Files.newInputStream(folder.resolve("indicators.xlsx"));
				XSSFWorkbook workbook = new XSSFWorkbook(in)) {
			for (Row row : workbook.getSheet("Indicators")) {
				Cell code = row.getCell(0);
				if (row.getRowNum() > 0 && code != null && methodology.workbookItem(code.toString()).isPresent()) {
					codes.add(code.toString());
				}
			}
		}
		return codes;
	}

	private static void blankValue(Path workbookFile, String code) throws IOException {
		setValue(workbookFile, code, null);
	}

	/** Sets (or, with {@code null}, blanks) column C, Value, of the row whose column A holds {@code code}. */
	private static void setValue(Path workbookFile, String code, String value) throws IOException {
		XSSFWorkbook workbook;
		try (InputStream in = Files.newInputStream(workbookFile)) {
			workbook = new XSSFWorkbook(in);
		}
		try (workbook) {
			Sheet sheet = workbook.getSheet("Indicators");
			boolean found = false;
			for (Row row : sheet) {
				Cell cell = row.getCell(0);
				if (cell != null && code.equals(cell.toString())) {
					Cell target = row.getCell(2, Row.MissingCellPolicy.CREATE_NULL_AS_BLANK);
					if (value == null) {
						target.setBlank();
					}
					else {
						target.setCellValue(value);
					}
					found = true;
				}
			}
			assertThat(found).as("row %s in %s", code, workbookFile).isTrue();
			try (OutputStream out = Files.newOutputStream(workbookFile)) {
				workbook.write(out);
			}
		}
	}
}
