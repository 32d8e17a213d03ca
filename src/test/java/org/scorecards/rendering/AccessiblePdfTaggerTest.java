package org.scorecards.rendering;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

import java.util.stream.Stream;

/**
 * The structure tree written by {@link AccessiblePdfTagger}, checked by veraPDF (offline) against PDF/A-2a and
 * PDF/UA-1: the Côte d'Ivoire card, the worst case (long names, every flag) and the cycle summary. Three
 * documents, two profiles each, 2-5 s a validation: the other cards are drawn by the same templates.
 */
class AccessiblePdfTaggerTest {

	private static final Map<String, byte[]> DOCUMENTS = new TreeMap<>();

	@BeforeAll
	static void renderOnce() {
		VeraGreenfieldFoundryProvider.initialise();
		ScorecardPdf scorecards = new ScorecardPdf(Path.of("templates"));
		DOCUMENTS.put("CIV", PdfText.render(out -> scorecards.render(SampleReports.coteDIvoire(), out)).bytes);
		DOCUMENTS.put("worst case", PdfText.render(out -> scorecards.render(SampleReports.worstCase(), out)).bytes);
		SummaryPdf summary = new SummaryPdf(Path.of("templates"));
		DOCUMENTS.put("summary", PdfText.render(out -> summary.render(SampleReports.cycle(), out)).bytes);
		Path dir = Path.of("target", "accessible-pdf");
		try {
			Files.createDirectories(dir);
			for (Map.Entry<String, byte[]> document : DOCUMENTS.entrySet()) {
				Files.write(dir.resolve(document.getKey().replace(' ', '-') + ".pdf"), document.getValue());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static Stream<Arguments> documentsAndProfiles() {
		return Stream.of("CIV", "worst case", "summary")
			.flatMap(document -> Stream.of(Arguments.of(document, "2a"), Arguments.of(document, "ua1")));
	}

	@ParameterizedTest(name = "{0} passes {1}")
	@MethodSource("documentsAndProfiles")
	void passesVeraPdf(String document, String profile) throws Exception {
		PDFAFlavour flavour = PDFAFlavour.fromString(profile);
		ValidationResult result;
		try (PDFAParser parser = Foundries.defaultInstance()
			.createParser(new ByteArrayInputStream(DOCUMENTS.get(document)), flavour);
				PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false)) {
			result = validator.validate(parser);
		}
		assertThat(failedRules(result)).as("rules of %s failed by %s", profile, document).isEmpty();
		assertThat(result.isCompliant()).isTrue();
	}

	/** Rule id (clause-test) with its count and the first message, for the failure report. */
	private static Map<String, String> failedRules(ValidationResult result) {
		Map<String, String> failed = new TreeMap<>();
		result.getFailedChecks().forEach((rule, count) -> failed.put(rule.getClause() + "-" + rule.getTestNumber(),
				count + "x"));
		for (TestAssertion assertion : result.getTestAssertions()) {
			if (assertion.getStatus() == TestAssertion.Status.FAILED) {
				String id = assertion.getRuleId().getClause() + "-" + assertion.getRuleId().getTestNumber();
				failed.computeIfPresent(id, (key, value) -> value.contains(": ") ? value
						: value + ": " + assertion.getMessage() + " at " + assertion.getLocation().getContext());
			}
		}
		return failed;
	}
}
