package org.scorecards.rendering;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.scorecards.intake.IntakeCount;
import org.scorecards.intake.KeyFigures;
import org.scorecards.intake.SourceFile;
import org.scorecards.language.Language;
import org.scorecards.methodology.Cap;
import org.scorecards.methodology.Indicator;
import org.scorecards.methodology.Methodology;
import org.scorecards.methodology.MethodologyLoader;
import org.scorecards.methodology.Pillar;
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
 * Hand-built reports for rendering tests, written out rather than computed by the scoring code so that a
 * rendering test never depends on it. Indicator scores are chosen by hand; pillar scores are their plain
 * mean and the overall score the mean of the pillars, so the numbers on the page add up for a reader.
 * A record reference ({@link #VICTIM_REF}) hides in a finding's value: no PDF may ever print it.
 */
final class SampleReports {

	static final Methodology METHODOLOGY = MethodologyLoader.bundled();

	static final int YEAR = 2024;

	static final LocalDate GENERATED_ON = LocalDate.of(2025, 3, 14);

	static final String VICTIM_REF = "VREF-000417";

	static final String LONG_NAME = "The United Federated Provinces of S\u00e3o Tom\u00e9 and Pr\u00edncipe-D\u00fbnmore";

	private static final String FINGERPRINT = "4f1c0a9e2b7d35c86e0f1a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f7";

	private SampleReports() {
	}

	/** Côte d'Ivoire, rated B, rank 3 of 14, with suppressed counts, a warning and an insufficient base. */
	static CountryReport coteDIvoire() {
		Country country = new Country("CIV", "C\u00f4te d'Ivoire", "West Africa");
		Map<String, Object[]> values = new LinkedHashMap<>();
		// code -> {answer or value, score, status, warning}
		values.put("PV.1", answer("yes"));
		values.put("PV.2", number("4", "80"));
		values.put("PV.3", number("21.37", "42.74"));
		values.put("PV.4", number("0.183", "73.2"));
		values.put("PV.5", answer("partial"));
		values.put("PT.1", number("5.62", "56.2"));
		values.put("PT.2", number("91.3", "91.3"));
		values.put("PT.3", status(IndicatorStatus.INSUFFICIENT_BASE));
		values.put("PT.4", answer("yes"));
		values.put("PT.5", answer("partial"));
		values.put("PT.6", number("0.412", "82.4"));
		values.put("PT.7", number("7.6", "38"));
		values.put("PR.1", answer("yes"));
		values.put("PR.2", number("1.18", "59"));
		values.put("PR.3", number("84.6", "84.6"));
		values.put("PR.4", status(IndicatorStatus.NOT_REPORTED));
		values.put("PR.5", number("10.4", "52"));
		values.put("PR.6", answer("yes"));
		values.put("PA.1", answer("yes"));
		values.put("PA.2", answer("no"));
		values.put("PA.3", warned(number("75", "75")));
		values.put("PA.4", number("3", "60"));
		values.put("PA.5", answer("yes"));
		values.put("PA.6", number("0.0949", "94.9"));
		CountryScore score = score(country.iso3(), YEAR, values, null);
		CountryScore previous = score(country.iso3(), YEAR - 1, shift(values, "-6"), null);
		Standing standing = new Standing(3, 14, trend(score.overall(), previous.overall()),
				pillarTrends(score, previous), averages("61.8", "58.2", "63.4", "55.7", "60.1"));
		Map<String, String> narrative = new LinkedHashMap<>();
		narrative.put("prevention", "The second National Action Plan (2023\u20132027) entered into force in January. "
				+ "Four campaigns targeted cocoa-growing districts, domestic workers and young people online.");
		narrative.put("protection", "Three new shelters opened in Abidjan, Bouak\u00e9 and San-P\u00e9dro. "
				+ "Residence permits for foreign victims are decided case by case; too few decisions were taken "
				+ "this year to compute a rate.");
		narrative.put("prosecution", "Sentencing data were incomplete for the courts of first instance and are "
				+ "being collected for the next cycle.");
		return new CountryReport(country, YEAR, score, previous, standing, keyFigures(), findings(country.iso3()),
				intake(country.iso3()), narrative, sources(), METHODOLOGY, FINGERPRINT, GENERATED_ON, true, 5);
	}

	/** The same report published in {@code language}. */
	static CountryReport in(Language language, CountryReport report) {
		Country c = report.country();
		return new CountryReport(new Country(c.iso3(), c.name(), c.region(), language), report.year(), report.score(),
				report.previous(), report.twoYearsBefore(), report.standing(), report.keyFigures(), report.findings(),
				report.intake(), report.narrative(), report.sources(), report.methodology(), report.inputFingerprint(),
				report.generatedOn(), report.synthetic(), report.suppressionThreshold(), report.governmentComments(),
				report.submittedCopy(), report.errata());
	}

	/** Rated on its score but capped at D because trafficking is not criminalised in line with Palermo. */
	static CountryReport capped() {
		CountryReport base = coteDIvoire();
		Map<String, Object[]> values = new LinkedHashMap<>();
		for (IndicatorResult r : base.score().indicators()) {
			values.put(r.code(), new Object[] { r.answer() != null ? r.answer() : r.value(), r.score(), r.status(),
					r.warning() });
		}
		values.put("PR.1", answer("no"));
		Cap cap = METHODOLOGY.caps().stream().filter(c -> c.indicator().equals("PR.1")).findFirst().orElseThrow();
		CountryScore score = score("TUR", YEAR, values, cap);
		Country country = new Country("TUR", "T\u00fcrkiye", "Europe and Central Asia");
		return new CountryReport(country, YEAR, score, null, new Standing(4, 14, null, Map.of(), base.standing()
			.regionalAverages()), base.keyFigures(), List.of(), base.intake(), Map.of(), base.sources(), METHODOLOGY,
				FINGERPRINT, GENERATED_ON, false, 5);
	}

	/** Blocked by validation errors: no scores at all. */
	static CountryReport blocked() {
		Country country = new Country("STP", "S\u00e3o Tom\u00e9 and Pr\u00edncipe", "Central Africa");
		CountryScore score = CountryScore.blocked(country.iso3(), YEAR,
				"The workbook indicators.xlsx is encrypted and cannot be read; the country was not scored.");
		List<Finding> findings = List.of(new Finding(country.iso3(), Severity.ERROR, "indicators.xlsx", "",
				"file.readable", "", "The workbook is encrypted: expected an unprotected .xlsx file."));
		return new CountryReport(country, YEAR, score, null, new Standing(null, 14, null, Map.of(), Map.of()),
				KeyFigures.empty(), findings, List.of(), Map.of(), List.of(), METHODOLOGY, FINGERPRINT, GENERATED_ON,
				true, 5);
	}

	/**
	 * The hardest case for the layout: a very long name, long narratives, every indicator not reported, no
	 * key figures, not rated.
	 */
	static CountryReport worstCase() {
		Country country = new Country("DUN", LONG_NAME, "Islands of the Southern Ocean and the Far Archipelagos");
		Map<String, Object[]> values = new LinkedHashMap<>();
		METHODOLOGY.indicators().forEach(i -> values.put(i.code(), status(IndicatorStatus.NOT_REPORTED)));
		CountryScore scored = score(country.iso3(), YEAR, values, null);
		CountryScore score = new CountryScore(country.iso3(), YEAR, CountryStatus.NOT_RATED, scored.indicators(),
				scored.pillars(), null, null, null, null, List.of(),
				"Every pillar has insufficient data: less than 60 % of its weight could be scored.");
		Map<String, String> narrative = new LinkedHashMap<>();
		String paragraph = "The focal point reports that data collection was disrupted across all provinces, "
				+ "including \u00cele-D\u00fbnmore and the outer islands, and that the inter-ministerial working group "
				+ "did not meet between February and November. ";
		for (Pillar pillar : METHODOLOGY.pillars()) {
			narrative.put(pillar.pillar(), paragraph.repeat(9).strip());
		}
		return new CountryReport(country, YEAR, score, null, new Standing(null, 14, null, Map.of(), Map.of()),
				KeyFigures.empty(), List.of(), List.of(), narrative, List.of(), METHODOLOGY, FINGERPRINT,
				GENERATED_ON, true, 5);
	}

	/** A cycle of the reports above plus a few plain rated countries, rated first by rank. */
	static CycleReport cycle() {
		List<CountryReport> countries = new ArrayList<>();
		countries.add(plain("ALV", "Alvaria", "Europe and Central Asia", "83.1", 1));
		countries.add(plain("BRN", "Bornholt", "West Africa", "76.5", 2));
		countries.add(coteDIvoire());
		countries.add(capped());
		countries.add(plain("DRL", "Dralmoor", "West Africa", "58.0", 5));
		countries.add(plain("ESK", "Eskarra", "Europe and Central Asia", "31.9", 6));
		countries.add(blocked());
		countries.add(worstCase());
		Map<String, Map<String, BigDecimal>> regional = new LinkedHashMap<>();
		regional.put("Europe and Central Asia", averages("58.4", "55.0", "61.2", "52.3", "65.1"));
		regional.put("West Africa", averages("61.8", "58.2", "63.4", "55.7", "60.1"));
		return new CycleReport(YEAR, countries, regional, METHODOLOGY, GENERATED_ON, true);
	}

	/** A rated country whose four pillars all score {@code overall}. */
	static CountryReport plain(String iso3, String name, String region, String overall, int rank) {
		BigDecimal value = new BigDecimal(overall);
		List<PillarResult> pillars = METHODOLOGY.pillars().stream()
			.map(p -> new PillarResult(p.pillar(), value, BigDecimal.ONE, PillarStatus.RATED))
			.toList();
		String band = METHODOLOGY.bandFor(value).band();
		CountryScore score = new CountryScore(iso3, YEAR, CountryStatus.RATED, List.of(), pillars, value, band, band,
				null, List.of(), null);
		Standing standing = new Standing(rank, 14, new Trend("steady", new BigDecimal("0.4")), Map.of(), Map.of());
		return new CountryReport(new Country(iso3, name, region), YEAR, score, null, standing, KeyFigures.empty(),
				List.of(), List.of(), Map.of(), List.of(), METHODOLOGY, FINGERPRINT, GENERATED_ON, true, 5);
	}

	static KeyFigures keyFigures() {
		return new KeyFigures(counts("female", 118, "male", 46, "other", 3, "unknown", 0),
				counts("child", 37, "adult", 127, "unknown", 3),
				counts("sexual", 71, "labour", 52, "criminal_activity", 12, "begging", 7, "forced_marriage", 4,
						"organ_removal", 0, "mixed", 9, "other", 8, "unknown", 4),
				counts("investigated", 41, "prosecuted", 19, "convicted", 11, "acquitted", 2, "dismissed", 6),
				money("prevention", "812500", "protection", "1905000", "prosecution", "640250", "partnership",
						"215000", "cross_cutting", "300000"),
				counts("police", 240, "prosecutors", 36, "judges", 12, "labour_inspectors", 58, "border_guards", 95,
						"social_workers", 41, "health_workers", 2, "other", 0));
	}

	private static List<Finding> findings(String iso3) {
		List<Finding> findings = new ArrayList<>();
		for (int line : new int[] { 17, 58, 121 }) {
			findings.add(new Finding(iso3, Severity.ERROR, "victims.csv", "line " + line, "code.allowed", VICTIM_REF,
					"sex \"femme\" is not a known code: expected female, male, other or unknown."));
		}
		findings.add(new Finding(iso3, Severity.ERROR, "prosecutions.csv", "line 44", "sentence.required", "",
				"A convicted defendant needs sentence_months."));
		findings.add(new Finding(iso3, Severity.WARNING, "indicators.xlsx", "Indicators!C14", "value.change", "12",
				"PA.3a received 12 requests, far from last year's 3: please confirm."));
		findings.add(new Finding(iso3, Severity.WARNING, "training.csv", "line 9", "date.year", "2023-12-30",
				"held_on is outside the reporting year."));
		return findings;
	}

	private static List<IntakeCount> intake(String iso3) {
		return List.of(new IntakeCount(iso3, "indicators.xlsx", 14, 14, 0),
				new IntakeCount(iso3, "victims.csv", 170, 167, 3),
				new IntakeCount(iso3, "prosecutions.csv", 80, 79, 1),
				new IntakeCount(iso3, "funding.csv", 24, 24, 0), new IntakeCount(iso3, "training.csv", 31, 31, 0));
	}

	private static List<SourceFile> sources() {
		return List.of(new SourceFile("indicators.xlsx", sha("1"), 14), new SourceFile("victims.csv", sha("2"), 170),
				new SourceFile("prosecutions.csv", sha("3"), 80), new SourceFile("funding.csv", sha("4"), 24),
				new SourceFile("training.csv", sha("5"), 31));
	}

	private static String sha(String seed) {
		return org.scorecards.Checksums.sha256(seed.getBytes(java.nio.charset.StandardCharsets.UTF_8));
	}

	private static CountryScore score(String iso3, int year, Map<String, Object[]> values, Cap cap) {
		List<IndicatorResult> indicators = new ArrayList<>();
		for (Indicator indicator : METHODOLOGY.indicators()) {
			Object[] v = values.get(indicator.code());
			IndicatorStatus status = (IndicatorStatus) v[2];
			BigDecimal score = (BigDecimal) v[1];
			String answer = v[0] instanceof String s ? s : null;
			BigDecimal value = v[0] instanceof BigDecimal d ? d : null;
			indicators.add(new IndicatorResult(indicator.code(), indicator.pillar(), status, answer, value, null, null,
					score, indicator.weight(), null, (Boolean) v[3]));
		}
		List<PillarResult> pillars = new ArrayList<>();
		for (Pillar pillar : METHODOLOGY.pillars()) {
			List<IndicatorResult> of = indicators.stream().filter(i -> i.pillar().equals(pillar.pillar())).toList();
			List<BigDecimal> scored = of.stream().filter(IndicatorResult::scored).map(IndicatorResult::score).toList();
			BigDecimal coverage = BigDecimal.valueOf(scored.size()).divide(BigDecimal.valueOf(of.size()), 4,
					RoundingMode.HALF_UP);
			BigDecimal mean = scored.isEmpty() ? null : mean(scored);
			pillars.add(new PillarResult(pillar.pillar(), mean, coverage,
					coverage.compareTo(METHODOLOGY.coverageThreshold()) >= 0 ? PillarStatus.RATED
							: PillarStatus.INSUFFICIENT_DATA));
		}
		boolean rated = pillars.stream().allMatch(PillarResult::rated);
		BigDecimal overall = rated ? mean(pillars.stream().map(PillarResult::score).toList()) : null;
		String before = rated ? METHODOLOGY.bandFor(overall).band() : null;
		String band = before;
		if (rated && cap != null && METHODOLOGY.bandOrder(cap.maxBand()) > METHODOLOGY.bandOrder(before)) {
			band = cap.maxBand();
		}
		return new CountryScore(iso3, year, rated ? CountryStatus.RATED : CountryStatus.NOT_RATED, indicators,
				pillars, overall, before, band, band != null && !band.equals(before) ? cap : null,
				rated && cap != null ? List.of(cap) : List.of(), rated ? null : "A pillar has insufficient data.");
	}

	private static BigDecimal mean(List<BigDecimal> values) {
		return values.stream().reduce(BigDecimal.ZERO, BigDecimal::add).divide(BigDecimal.valueOf(values.size()), 10,
				RoundingMode.HALF_UP);
	}

	private static Trend trend(BigDecimal now, BigDecimal before) {
		BigDecimal change = now.subtract(before);
		String direction = change.compareTo(new BigDecimal("3")) >= 0 ? "up"
				: change.compareTo(new BigDecimal("-3")) <= 0 ? "down" : "steady";
		return new Trend(direction, change);
	}

	private static Map<String, Trend> pillarTrends(CountryScore now, CountryScore before) {
		Map<String, Trend> trends = new LinkedHashMap<>();
		for (PillarResult p : now.pillars()) {
			before.pillar(p.pillar()).filter(b -> b.rated() && p.rated())
				.ifPresent(b -> trends.put(p.pillar(), trend(p.score(), b.score())));
		}
		return trends;
	}

	/** Last year's values: every score moved by {@code delta}, within 0-100. */
	private static Map<String, Object[]> shift(Map<String, Object[]> values, String delta) {
		Map<String, Object[]> shifted = new LinkedHashMap<>();
		values.forEach((code, v) -> {
			BigDecimal score = v[1] == null ? null
					: ((BigDecimal) v[1]).add(new BigDecimal(delta)).max(BigDecimal.ZERO).min(new BigDecimal("100"));
			shifted.put(code, new Object[] { v[0], code.startsWith("PV") ? v[1] : score, v[2], false });
		});
		return shifted;
	}

	private static Map<String, BigDecimal> averages(String overall, String prevention, String protection,
			String prosecution, String partnership) {
		Map<String, BigDecimal> averages = new LinkedHashMap<>();
		averages.put(Standing.OVERALL, new BigDecimal(overall));
		averages.put("prevention", new BigDecimal(prevention));
		averages.put("protection", new BigDecimal(protection));
		averages.put("prosecution", new BigDecimal(prosecution));
		averages.put("partnership", new BigDecimal(partnership));
		return averages;
	}

	private static Object[] answer(String answer) {
		BigDecimal score = METHODOLOGY.answerScores().get(answer);
		return new Object[] { answer, score, IndicatorStatus.SCORED, false };
	}

	private static Object[] number(String value, String score) {
		return new Object[] { new BigDecimal(value), new BigDecimal(score), IndicatorStatus.SCORED, false };
	}

	private static Object[] status(IndicatorStatus status) {
		return new Object[] { null, null, status, false };
	}

	private static Object[] warned(Object[] value) {
		return new Object[] { value[0], value[1], value[2], true };
	}

	private static Map<String, Long> counts(Object... pairs) {
		Map<String, Long> counts = new LinkedHashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			counts.put((String) pairs[i], ((Integer) pairs[i + 1]).longValue());
		}
		return counts;
	}

	private static Map<String, BigDecimal> money(String... pairs) {
		Map<String, BigDecimal> amounts = new LinkedHashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			amounts.put(pairs[i], new BigDecimal(pairs[i + 1]));
		}
		return amounts;
	}
}
