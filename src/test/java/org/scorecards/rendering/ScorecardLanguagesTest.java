package org.scorecards.rendering;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.scorecards.language.Language;

class ScorecardLanguagesTest {

	private static final Map<Language, PdfText> CARDS = new EnumMap<>(Language.class);

	private static final Map<Language, PdfText> SUMMARIES = new EnumMap<>(Language.class);

	@BeforeAll
	static void renderEveryLanguage() throws IOException {
		ScorecardPdf scorecards = new ScorecardPdf(Path.of("templates"));
		SummaryPdf summary = new SummaryPdf(Path.of("templates"));
		Path dir = Files.createDirectories(Path.of("target", "languages"));
		for (Language language : Language.values()) {
			PdfText card = PdfText.render(out -> scorecards.render(SampleReports.in(language, SampleReports.coteDIvoire()), out));
			CARDS.put(language, card);
			Files.write(dir.resolve("CIV-" + language.tag() + ".pdf"), card.bytes);
			PdfText cycle = PdfText.render(out -> summary.render(SampleReports.cycle(), language, false, out));
			SUMMARIES.put(language, cycle);
			Files.write(dir.resolve("summary-" + language.tag() + ".pdf"), cycle.bytes);
		}
	}

	@Test
	void rendered() {
		assertThat(CARDS).hasSize(6);
	}
}
