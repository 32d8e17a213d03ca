package org.scorecards.rendering;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SummaryPdfTest {

	private static PdfText summary;

	@BeforeAll
	static void renderOnce() {
		SummaryPdf pdf = new SummaryPdf(Path.of("templates"));
		summary = PdfText.render(out -> pdf.render(SampleReports.cycle(), out));
	}

	@Test
	void ranksEveryRatedCountryWithItsScoreAndBand() {
		// the en dash is the Likely column: the sample cycle has no robustness analysis
		assertThat(summary.text()).contains("1 \u2013 Alvaria Europe and Central Asia 83.1 A",
				"2 \u2013 Bornholt West Africa 76.5 B", "3 \u2013 C\u00f4te d'Ivoire West Africa 72.4 B \u2191 up +4.3",
				"4 \u2013 T\u00fcrkiye Europe and Central Asia 67.4 D*", "5 \u2013 Dralmoor West Africa 58.0 C",
				"6 \u2013 Eskarra Europe and Central Asia 31.9 E");
	}

	@Test
	void listsTheCountriesWithoutARatingAndWhy() {
		assertThat(summary.text()).contains(
				"S\u00e3o Tom\u00e9 and Pr\u00edncipe Central Africa not scored The workbook indicators.xlsx is encrypted",
				SampleReports.LONG_NAME, "not rated Every pillar has insufficient data");
	}

	@Test
	void givesRegionalAveragesAndCounts() {
		assertThat(summary.text()).contains("West Africa 3 of 3 61.8 58.2 63.4 55.7 60.1",
				"8 countries in the cycle: 6 rated, 1 not rated", "Band capped");
	}

	@Test
	void marksSyntheticDataAndNamesTheMethodology() {
		assertThat(summary.pages).allSatisfy(page -> assertThat(page)
			.contains("SYNTHETIC DEMO DATA \u2013 fictional countries",
					"SHA-256 " + SampleReports.METHODOLOGY.checksum(), "generated on 14 March 2025"));
	}
}
