package org.scorecards.rendering;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Renders hand-built reports ({@link SampleReports}) and reads the PDFs back with PDFBox. Chart labels are
 * drawn as shapes, so the figures checked here are those printed as text beside the charts.
 */
class ScorecardPdfTest {

	private static ScorecardPdf scorecards;

	private static PdfText civ;

	@BeforeAll
	static void compileTemplatesOnce() {
		scorecards = new ScorecardPdf(Path.of("templates"));
		civ = render(SampleReports.coteDIvoire());
	}

	static PdfText render(CountryReport report) {
		return PdfText.render(out -> scorecards.render(report, out));
	}

	@Test
	void printsTheCountryWithItsDiacritics() {
		assertThat(civ.pages.get(0)).contains("C\u00f4te d'Ivoire", "West Africa", "reporting year 2024");
	}

	@Test
	void printsTheOverallScoreBandRankAndTrend() {
		assertThat(civ.pages.get(0)).contains("72.4", "B \u2013 largely meets", "Rank 3 of 14",
				"Trend \u2191 up +4.3 since 2023", "Regional average 61.8");
	}

	@Test
	void printsEachIndicatorWithValueScorePreviousYearAndFlags() {
		assertThat(civ.text()).contains("PV.3 Labour inspections screening for trafficking, per 100k population",
				"21.4 per 100k 42.7 42.7", "PT.3", "insufficient base", "PR.4", "not reported",
				"75.0 % 75.0 69.0 warning", "USD 0.412 82.4 76.4", "Partial 50.0 44.0");
	}

	@Test
	void aCorrectedCardPrintsEachErratumOnItsFirstPageAndAnUncorrectedOneNone() {
		CountryReport r = SampleReports.coteDIvoire();
		CountryReport corrected = new CountryReport(r.country(), r.year(), r.score(), r.previous(), r.twoYearsBefore(),
				r.standing(), r.keyFigures(), r.findings(), r.intake(), r.narrative(), r.sources(), r.methodology(),
				r.inputFingerprint(), r.generatedOn(), r.synthetic(), r.suppressionThreshold(), r.governmentComments(),
				r.submittedCopy(), List.of(new Erratum(java.time.LocalDate.of(2026, 12, 2), 2, "Victims identified in December were added."),
						new Erratum(java.time.LocalDate.of(2027, 1, 15), 3, "PR.1 is Yes: the law was in force.")));
		assertThat(render(corrected).pages.get(0)).contains(
				"Corrected on 2 December 2026 (version 2): Victims identified in December were added.",
				"Corrected on 15 January 2027 (version 3): PR.1 is Yes: the law was in force.");
		assertThat(civ.text()).doesNotContain("Corrected on");
	}

	@Test
	void marksTheSyntheticDataOnEveryPage() {
		assertThat(civ.pages).hasSizeBetween(2, 4)
			.allSatisfy(page -> assertThat(page).contains("SYNTHETIC DEMO DATA \u2013 fictional countries"));
	}

	@Test
	void numbersThePagesXOfY() {
		int n = civ.pages.size();
		IntStream.range(0, n).forEach(i -> assertThat(civ.pages.get(i)).contains("Page " + (i + 1) + " of " + n));
	}

	@Test
	void showsSmallCountsAsLessThanFiveAndNeverTheirValue() {
		// PR.3 is scored, so its exact ratio ties acquitted (2) to convicted: the stage table is withheld whole
		assertThat(civ.text()).contains("Other <5", "Unknown <5", "Forced marriage <5", "Acquitted c",
				"Health workers <5", "Female 118", "Police 240")
			.doesNotContain("Other 3", "Unknown 3", "Forced marriage 4", "Acquitted 2", "Health workers 2");
	}

	@Test
	void printsNoRecordReferenceNorSingleFinding() {
		assertThat(civ.text()).doesNotContain(SampleReports.VICTIM_REF, "femme")
			.contains("Validation found 4 errors and 2 warnings");
	}

	@Test
	void printsMethodologyChecksumInputFingerprintAndGenerationDate() {
		assertThat(civ.pages).allSatisfy(page -> assertThat(page).contains(
				"Methodology 2.0 \u00b7 SHA-256 " + SampleReports.METHODOLOGY.checksum(),
				"Input fingerprint " + SampleReports.coteDIvoire().inputFingerprint(), "generated on 14 March 2025"));
	}

	@Test
	void printsTheFocalPointNarrative() {
		assertThat(civ.text()).contains("Three new shelters opened in Abidjan, Bouak\u00e9 and San-P\u00e9dro.");
	}

	@Test
	void embedsEveryFont() {
		assertThat(civ.fonts).isNotEmpty().allSatisfy(font -> {
			assertThat(font.isEmbedded()).as(font.getName()).isTrue();
			assertThat(font.getName()).contains("DejaVu");
		});
	}

	@Test
	void rendersCountriesInParallelWithOneInstance() {
		List<CompletableFuture<PdfText>> renders = List.of(SampleReports.blocked(), SampleReports.capped(),
				SampleReports.coteDIvoire())
			.stream()
			.map(report -> CompletableFuture.supplyAsync(() -> render(report)))
			.toList();
		assertThat(renders.get(2).join().text()).isEqualTo(civ.text());
		assertThat(renders.get(1).join().text()).contains("T\u00fcrkiye");
	}

	@Nested
	class CappedAndNotSynthetic {

		private final PdfText capped = render(SampleReports.capped());

		@Test
		void statesTheCapAndWhy() {
			assertThat(capped.pages.get(0)).contains("D \u2013 minimally meets",
					"Rating capped at D: Trafficking is not criminalised in line with Palermo art. 3 (PR.1 answered No).",
					"The score alone would give band B \u2013 largely meets.");
		}

		@Test
		void hasNoSyntheticBanner() {
			assertThat(capped.text()).contains("T\u00fcrkiye").doesNotContain("SYNTHETIC");
		}
	}

	@Nested
	class WithoutARating {

		@Test
		void blockedCountrySaysWhyInsteadOfAScore() {
			PdfText blocked = render(SampleReports.blocked());
			assertThat(blocked.pages.get(0)).contains("S\u00e3o Tom\u00e9 and Pr\u00edncipe", "Not scored",
					"The workbook indicators.xlsx is encrypted and cannot be read").doesNotContain("Rank ");
			assertThat(blocked.text()).contains("No breakdowns of victims, defendants, funding or training");
		}

		@Test
		void longestNameLongNarrativesAndNothingReportedAllPrintInFull() {
			PdfText worst = render(SampleReports.worstCase());
			assertThat(worst.pages.get(0)).contains(SampleReports.LONG_NAME, "Not rated");
			String sentence = "did not meet between February and November.";
			// a sentence may break over a page: read the pages without their footer and running header
			String body = worst.pages.stream()
				.map(page -> page.replaceFirst("Methodology \\S+ \u00b7 SHA-256 .*$", "")
					.replaceFirst("^.*?Anti-trafficking compliance scorecard \\d{4} \u00b7 "
							+ java.util.regex.Pattern.quote(SampleReports.LONG_NAME) + " ", "").strip())
				.collect(java.util.stream.Collectors.joining(" "));
			int printed = body.split(sentence, -1).length - 1;
			assertThat(printed).as("narrative sentences printed").isEqualTo(9 * 4);
			assertThat(worst.text()).contains("0 of 5", "insufficient data");
		}
	}
}
