package org.scorecards.cycle;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import org.scorecards.TestWorkbooks;
import org.scorecards.language.Language;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole cycle on the hand-checked fixture (src/test/resources/cycle-fixture). Worked example for XAA,
 * 1,000,000 people, all scores 0-100:
 * <pre>
 * prevention  PV.1 yes 100, PV.2 3 of 5 = 60, PV.3 250 = 25/100k of 50 = 50,
 *             PV.4 (125,000 + 40,000/4) USD / 1M = 0.135 of 0.25 = 54, PV.5 partial 50   -> 314/5 = 62.8
 * protection  PT.1 6 victims = 0.6/100k of 10 = 6, PT.2 4/5 = 80, PT.3 base 3 < 5 insufficient,
 *             PT.4 100, PT.5 100, PT.6 200,000/1M = 0.2 of 0.5 = 40, PT.7 50 = 5/100k of 20 = 25
 *                                                                                     -> 351/6 = 58.5
 * prosecution PR.1 100, PR.2 5 = 0.5/100k of 2 = 25, PR.3 4/5 = 80, PR.4 base 4 < 5 insufficient,
 *             PR.5 60 = 6/100k of 20 = 30, PR.6 partial 50                             -> 285/5 = 57
 * partnership PA.1 100, PA.2 0, PA.3 8/10 = 80, PA.4 2 of 5 = 40, PA.5 100, PA.6 0.01 of 0.1 = 10
 *                                                                                     -> 330/6 = 55
 * overall     (62.8 + 58.5 + 57 + 55) / 4 = 58.325 -> band C, rank 1 of 1
 * 2024        workbook only, re-scored under v2: every CSV-fed indicator is not reported and scores 0 with
 *             its weight. Prevention 400/5 = 80 (down), protection 200/7 = 28.57 (up), prosecution 150/6 = 25
 *             (up), partnership 320/6 = 53.33 (steady), overall 46.73 (up); see the test of the pillars
 * </pre>
 */
@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ScorecardJobFunctionalTest {

	// Made here rather than by @TempDir: the Spring context, which needs it, starts before JUnit injects one.
	static final Path work = temporaryDirectory();

	@Autowired
	CycleLauncher launcher;

	CycleResult result;

	Path output;

	@DynamicPropertySource
	static void jobRepository(DynamicPropertyRegistry registry) {
		registry.add("scorecards.db", () -> work.resolve("db/scorecards").toString());
	}

	private static Path temporaryDirectory() {
		try {
			return Files.createTempDirectory("scorecard-job");
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	@BeforeAll
	void runTheCycle() throws Exception {
		Path input = TestWorkbooks.cycleFixture(work.resolve("input"));
		output = work.resolve("output");
		result = launcher.run(new CycleParameters(2025, input, output, null, null, null, Path.of("templates"),
				LocalDate.of(2026, 3, 1), 2, 5));
	}

	@Test
	void theRunCompletesWithOneCountryRatedAndOneBlocked() {
		assertThat(result.completed()).isTrue();
		assertThat(result.rated()).isEqualTo(1);
		assertThat(result.blocked()).isEqualTo(1);
	}

	@Test
	void everyRecordReadIsAcceptedOrRejected() throws IOException {
		Map<String, String> xaa = privateCsv("intake").stream()
			.filter(r -> r.get("iso3").equals("XAA"))
			.collect(Collectors.toMap(r -> r.get("file"), r -> r.get("read") + "/" + r.get("accepted") + "/" + r.get("rejected")));
		assertThat(xaa).containsEntry("indicators.xlsx", "14/14/0")
			.containsEntry("victims.csv", "7/6/1")
			.containsEntry("prosecutions.csv", "7/6/1")
			.containsEntry("funding.csv", "3/3/0")
			.containsEntry("training.csv", "5/5/0");
	}

	@Test
	void indicatorScoresMatchTheWorkedExample() throws IOException {
		Map<String, String> xaa = scores("XAA", "indicator");
		assertThat(xaa).containsEntry("PV.1", "yes|100.0000|scored")
			.containsEntry("PV.3", "25.0000|50.0000|scored")
			.containsEntry("PV.4", "0.1350|54.0000|scored")
			.containsEntry("PT.1", "0.6000|6.0000|scored")
			.containsEntry("PT.2", "80.0000|80.0000|scored")
			.containsEntry("PT.3", "||insufficient_base")
			.containsEntry("PT.6", "0.2000|40.0000|scored")
			.containsEntry("PT.7", "5.0000|25.0000|scored")
			.containsEntry("PR.2", "0.5000|25.0000|scored")
			.containsEntry("PR.4", "||insufficient_base")
			.containsEntry("PR.5", "6.0000|30.0000|scored")
			.containsEntry("PA.3", "80.0000|80.0000|scored")
			.containsEntry("PA.6", "0.0100|10.0000|scored");
	}

	/**
	 * Methodology v2 by hand. 2025: insufficient base (PT.3, PR.4) is reported, so every pillar's coverage is
	 * 1; the pillar scores are those of the indicators above. The 2024 inputs are a workbook only: under v2
	 * every CSV-fed indicator is not reported and scores 0 with its weight. 2024 prevention (100 + 100 + 100
	 * + 0 + 100) / 5 = 80, so 62.8 is down; protection (0 + 0 + 0 + 100 + 100 + 0 + 0) / 7 = 28.5714, so
	 * 58.5 is up; prosecution (100 + 0 + 0 + 0 + 0 + 50) / 6 = 25, so 57 is up; partnership (100 + 0 + 80 + 40
	 * + 100 + 0) / 6 = 53.3333, so 55 is steady (+1.6667 against a threshold of 3). Overall 2024 (80 +
	 * 28.5714 + 25 + 53.3333) / 4 = 46.7262, so 58.325 is up.
	 */
	@Test
	void pillarAndOverallScoresMatchTheWorkedExample() throws IOException {
		List<CSVRecord> rows = csv("scores");
		assertThat(rows).filteredOn(r -> r.get("iso3").equals("XAA") && r.get("level").equals("pillar"))
			.extracting(r -> r.get("code") + " " + r.get("score") + " " + r.get("coverage") + " " + r.get("trend") + " " + r.get("status"))
			.containsExactly("prevention 62.8000 1.0000 down rated", "protection 58.5000 1.0000 up rated",
					"prosecution 57.0000 1.0000 up rated", "partnership 55.0000 1.0000 steady rated");
		assertThat(rows).filteredOn(r -> r.get("level").equals("overall"))
			.extracting(r -> r.get("iso3") + " " + r.get("score") + " " + r.get("rating") + " " + r.get("trend") + " "
					+ r.get("rank") + " " + r.get("status") + " " + r.get("band_before_cap") + " " + r.get("cap"))
			.containsExactly("XAA 58.3250 C up 1 rated C ", "XAB     not_rated  ");
	}

	@Test
	void findingsNameFileLocationRuleAndValue() throws IOException {
		assertThat(privateCsv("findings")).extracting(r -> String.join("|", r.get("iso3"), r.get("severity"), r.get("file"),
				r.get("location"), r.get("rule"), r.get("value")))
			.contains("XAA|error|victims.csv|line 8|code.allowed|femal",
					"XAB|error|indicators.xlsx|Cover!B1|cover.country|XAC");
	}

	@Test
	void everyDocumentIsWritten() {
		Path year = output.resolve("2025");
		assertThat(year.resolve("XAA/XAA-2025-scorecard.pdf")).isRegularFile();
		assertThat(year.resolve("XAA/XAA-2025-annex.xlsx")).isRegularFile();
		Path feedback = work.resolve("feedback/2025");
		assertThat(feedback.resolve("XAA/XAA-2025-validation.xlsx")).isRegularFile();
		assertThat(feedback.resolve("XAB/XAB-2025-validation.xlsx")).isRegularFile();
		assertThat(feedback.resolve("2025-findings.csv")).isRegularFile();
		assertThat(feedback.resolve("2025-intake.csv")).isRegularFile();
		assertThat(year.resolve("XAB/XAB-2025-scorecard.pdf")).doesNotExist();
		assertThat(year.resolve("summary/2025-summary.pdf")).isRegularFile();
		assertThat(year.resolve("summary/2025-summary.xlsx")).isRegularFile();
		assertThat(year.resolve("summary/2025-robustness.xlsx")).isRegularFile();
		assertThat(year.resolve("manifest.json")).isRegularFile();
	}

	@Test
	void thePublishedTreeHoldsOnlyPublishableFilesAndTheManifestListsThemAll() throws IOException {
		Path year = output.resolve("2025");
		List<String> files;
		try (var walk = Files.walk(year)) {
			files = walk.filter(Files::isRegularFile).map(f -> year.relativize(f).toString().replace('\\', '/')).sorted().toList();
		}
		assertThat(files).allMatch(f -> f.matches("XA[A-Z]/XA[A-Z]-2025-(scorecard\\.pdf|annex\\.xlsx)|summary/2025-[a-z]+\\.(pdf|xlsx|csv)|manifest\\.json"),
				"a scorecard, an annex, a summary table or the manifest");
		assertThat(files).noneMatch(f -> f.contains("/.") || f.startsWith(".") || f.contains("validation")
				|| f.contains("findings") || f.contains("intake"));
		List<String> listed = new java.util.ArrayList<>();
		new com.fasterxml.jackson.databind.ObjectMapper().readTree(year.resolve("manifest.json").toFile())
			.path("outputs").forEach(o -> listed.add(o.path("path").asText()));
		assertThat(listed).containsExactlyElementsOf(files.stream().filter(f -> !f.equals("manifest.json")).toList());
		assertThat(work.resolve("state/work/2025/XAA.json")).isRegularFile();
	}

	/** breakdowns.csv, the annex's Breakdowns sheet and the card's listings show every count alike. */
	@Test
	void breakdownsCsvShowsEveryCountAsTheAnnexAndTheScorecardDo() throws IOException {
		List<CSVRecord> rows = csv("breakdowns");
		assertThat(rows).extracting(r -> r.get("table")).contains("victims_by_sex", "victims_by_identified_by",
				"defendants_by_stage", "funding_usd_by_pillar", "funding_usd_by_source", "trained_by_audience");
		assertThat(rows).allMatch(r -> r.get("count").matches("\\d+|<5|c"));
		String annex = OutputText.of(output.resolve("2025/XAA/XAA-2025-annex.xlsx"));
		String card;
		try (PDDocument pdf = Loader.loadPDF(output.resolve("2025/XAA/XAA-2025-scorecard.pdf").toFile())) {
			card = new PDFTextStripper().getText(pdf).replace('\u00a0', ' ').replaceAll("\\s+", " ");
		}
		for (CSVRecord row : rows) {
			if (row.get("table").startsWith("funding") || !row.get("iso3").equals("XAA")) {
				continue;
			}
			assertThat(annex).as(row.toString()).contains(row.get("category") + "\n" + row.get("count"));
			if (!row.get("table").equals("victims_by_identified_by")) {
				String category = row.get("category").replace('_', ' ');
				category = Character.toUpperCase(category.charAt(0)) + category.substring(1);
				assertThat(card).as(row.toString()).contains(category + " " + row.get("count"));
			}
		}
	}

	@Test
	void theScorecardPrintsTheCountryNameAndItsOverallScore() throws IOException {
		try (PDDocument pdf = Loader.loadPDF(output.resolve("2025/XAA/XAA-2025-scorecard.pdf").toFile())) {
			String text = new PDFTextStripper().getText(pdf);
			assertThat(text).contains("Dûnmore").contains("58.3").contains("Rank 1 of 1 (likely 1\u20131)");
		}
	}

	@Test
	void theRobustnessTableGivesTheOnlyRatedCountryRankOneInEveryDrawAndItsScoreRange() throws IOException {
		// XAA alone is rated: its rank cannot move; its score moves with the weights, bounds and aggregation
		// (10,000 draws from the methodology's seed 2025; the range was read from this run and is fixed by the seed)
		assertThat(csv("robustness")).extracting(r -> String.join(",", r.values()))
			.containsExactly("XAA,1,1,1,1,54.4,62.1"); // around the published 58.3
	}

	@Test
	void noReferenceOfAnyInputRecordAppearsInAnyOutput() throws IOException {
		List<String> refs = new java.util.ArrayList<>();
		for (String file : List.of("victims.csv", "prosecutions.csv", "funding.csv", "training.csv")) {
			try (Reader reader = Files.newBufferedReader(work.resolve("input/2025/XAA").resolve(file))) {
				for (CSVRecord record : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
					refs.add(record.get(0));
					if (file.equals("prosecutions.csv")) {
						refs.add(record.get(1));
					}
				}
			}
		}
		assertThat(refs).contains("V-001", "D-07", "F-3", "T-5");
		// Both trees, the published and the private feedback, and the state folder a successful run leaves.
		List<Path> trees = List.of(output.resolve("2025"), work.resolve("feedback/2025"), work.resolve("state"));
		for (Path tree : trees) {
			assertThat(tree).isDirectory();
		}
		try (var files = trees.stream().flatMap(ScorecardJobFunctionalTest::walk)) {
			for (Path file : files.filter(f -> Files.isRegularFile(f) && !f.toString().endsWith(".mv.db")).toList()) {
				String text = OutputText.of(file);
				for (String ref : refs) {
					assertThat(text).as(file + " must not show " + ref).doesNotContainPattern("(?<![\\w-])" + ref + "(?![\\w-])");
				}
			}
		}
	}

	@Test
	void theSameInputsAndDateGiveTheSameBytes() throws Exception {
		Path again = work.resolve("output-again");
		launcher.run(new CycleParameters(2025, work.resolve("input"), again, null, null, null, Path.of("templates"),
				LocalDate.of(2026, 3, 1), 1, 5));
		try (var files = Files.walk(output.resolve("2025"))) {
			List<Path> published = files.filter(Files::isRegularFile)
				.filter(f -> !f.endsWith("manifest.json"))
				.toList();
			assertThat(published).hasSizeGreaterThanOrEqualTo(6);
			for (Path file : published) {
				Path twin = again.resolve(output.relativize(file).toString());
				assertThat(Files.readAllBytes(twin)).as(output.relativize(file).toString())
					.isEqualTo(Files.readAllBytes(file));
			}
		}
	}

	/**
	 * XAA publishes in Arabic ({@code language} column of countries.csv), XAB in English; then the same cycle is run
	 * again on the same output with {@code --lang fr}.
	 */
	@Nested
	@TestInstance(TestInstance.Lifecycle.PER_CLASS)
	@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
	class InTheLanguagesOfItsCountries {

		final Path languages = work.resolve("output-languages");

		final Path year = languages.resolve("2025");

		Path input;

		@BeforeAll
		void runTheCycleWithXaaInArabic() throws Exception {
			input = TestWorkbooks.cycleFixture(work.resolve("input-languages"));
			Files.writeString(input.resolve("reference/countries.csv"), """
					iso3,name,region,language
					XAA,Dûnmore,Northern Reach,ar
					XAB,Côte d'Azuria,Northern Reach,
					""", StandardCharsets.UTF_8);
			run(null);
		}

		private void run(Language language) throws Exception {
			launcher.run(new CycleParameters(2025, input, languages, null, null, null, Path.of("templates"),
					LocalDate.of(2026, 3, 1), 2, 5, false, work.resolve("state-languages"),
					work.resolve("feedback-languages"), null, null, language));
		}

		@Test
		@Order(1)
		void aCountryWhoseLanguageIsArabicGetsAnArabicCard() throws IOException {
			assertThat(text(year.resolve("XAA/XAA-2025-scorecard.pdf"))).contains("بطاقة الامتثال لمكافحة الاتجار بالأشخاص",
					"الدرجة الإجمالية", "58.3", "المرتبة 1 من 1").doesNotContain("Overall score");
		}

		@Test
		@Order(2)
		void theSummaryIsPublishedInEveryLanguageOfTheCycleAndTheManifestListsEach() throws IOException {
			assertThat(text(year.resolve("summary/2025-summary.pdf"))).contains("Cycle summary 2025");
			assertThat(text(year.resolve("summary/2025-summary-ar.pdf"))).contains("موجز الدورة 2025");
			assertThat(manifestOutputs()).contains("summary/2025-summary.pdf", "summary/2025-summary-ar.pdf");
		}

		@Test
		@Order(3)
		void langFrGivesFrenchCardsAndOnlyAFrenchSummary() throws Exception {
			run(Language.FR);
			assertThat(text(year.resolve("XAA/XAA-2025-scorecard.pdf"))).contains(
					"Tableau de conformité en matière de lutte contre la traite", "58,3", "Rang 1 sur 1");
			assertThat(text(year.resolve("summary/2025-summary-fr.pdf"))).contains("Synthèse du cycle 2025");
			assertThat(year.resolve("summary/2025-summary.pdf")).doesNotExist();
			assertThat(year.resolve("summary/2025-summary-ar.pdf")).doesNotExist();
			assertThat(manifestOutputs()).filteredOn(f -> f.endsWith(".pdf") && f.startsWith("summary/"))
				.containsExactly("summary/2025-summary-fr.pdf");
		}

		private List<String> manifestOutputs() throws IOException {
			List<String> listed = new java.util.ArrayList<>();
			new com.fasterxml.jackson.databind.ObjectMapper().readTree(year.resolve("manifest.json").toFile())
				.path("outputs")
				.forEach(o -> listed.add(o.path("path").asText()));
			return listed;
		}

		/** The text as a reader gets it; Arabic presentation forms folded back (NFKC). */
		private static String text(Path pdf) throws IOException {
			try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
				return Normalizer.normalize(new PDFTextStripper().getText(document), Normalizer.Form.NFKC)
					.replaceAll("\\s+", " ");
			}
		}
	}

	private static java.util.stream.Stream<Path> walk(Path tree) {
		try {
			return Files.walk(tree);
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	private Map<String, String> scores(String iso3, String level) throws IOException {
		return csv("scores").stream()
			.filter(r -> r.get("iso3").equals(iso3) && r.get("level").equals(level))
			.collect(Collectors.toMap(r -> r.get("code"), r -> r.get("value") + "|" + r.get("score") + "|" + r.get("status")));
	}

	private List<CSVRecord> csv(String kind) throws IOException {
		return read(output.resolve("2025/summary/2025-" + kind + ".csv"));
	}

	private List<CSVRecord> privateCsv(String kind) throws IOException {
		return read(work.resolve("feedback/2025/2025-" + kind + ".csv"));
	}

	private static List<CSVRecord> read(Path file) throws IOException {
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
		}
	}
}
