package org.scorecards.rendering;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

import org.scorecards.language.Language;

/**
 * The structure tree written by {@link AccessiblePdfTagger}, checked by veraPDF (offline) against PDF/A-2a and
 * PDF/UA-1: the Côte d'Ivoire card, the worst case (long names, every flag) and the cycle summary in English, and
 * the card and the summary in each other language (its script's fonts embedded, Arabic charts as images, its
 * {@code /Lang}). Two profiles each, 2-5 s a validation: the other cards are drawn by the same templates. Rows of
 * one width, heading levels not skipped and the like are veraPDF's rules (PDF/UA-1 7.2-43, 7.4.2-1).
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
		for (Language language : Language.values()) {
			if (language != Language.EN) {
				DOCUMENTS.put("CIV " + language.tag(), PdfText.render(
						out -> scorecards.render(SampleReports.in(language, SampleReports.coteDIvoire()), out)).bytes);
				DOCUMENTS.put("summary " + language.tag(),
						PdfText.render(out -> summary.render(SampleReports.cycle(), language, false, out)).bytes);
			}
		}
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

	/** The English documents, then a card and a summary in each other language. */
	static Stream<Arguments> documentsAndProfiles() {
		return Stream.concat(Stream.of("CIV", "worst case", "summary"),
				Arrays.stream(Language.values()).filter(l -> l != Language.EN)
					.flatMap(l -> Stream.of("CIV " + l.tag(), "summary " + l.tag())))
			.flatMap(document -> Stream.of(Arguments.of(document, "2a"), Arguments.of(document, "ua1")));
	}

	@ParameterizedTest(name = "{0}")
	@EnumSource(Language.class)
	void everyDocumentNamesItsLanguageAndShowsItsTitle(Language language) throws IOException {
		String suffix = language == Language.EN ? "" : " " + language.tag();
		for (String document : List.of("CIV" + suffix, "summary" + suffix)) {
			try (PDDocument pdf = Loader.loadPDF(DOCUMENTS.get(document))) {
				assertThat(pdf.getDocumentCatalog().getLanguage()).as(document).isEqualTo(language.tag());
				assertThat(pdf.getDocumentInformation().getTitle()).as(document)
					.contains(document.startsWith("CIV") ? "C\u00f4te d'Ivoire" : "2024");
				assertThat(pdf.getDocumentCatalog().getViewerPreferences().displayDocTitle()).isTrue();
			}
		}
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

	@Test
	void chartsAreFiguresWhoseAlternativeTextGivesTheData() {
		assertThat(tags("CIV")).contains(
				"Figure: Pillar scores of C\u00f4te d'Ivoire in 2024 beside the regional average: Prevention: country score "
						+ "69.2, regional average 58.2; Protection: country score 69.7, regional average 63.4; Prosecution: "
						+ "country score 79.1, regional average 55.7; Partnership: country score 71.7, regional average 60.1.",
				"Figure: Victims identified, by sex: Female 118, Male withheld, Other fewer than 5, Unknown 0.");
		assertThat(tags("summary")).anyMatch(tag -> tag.startsWith("Figure: Rated countries by band: A \u2013 "));
		assertThat(tags("worst case")).filteredOn(tag -> tag.startsWith("Figure")).allMatch(tag -> tag.length() > 40);
	}

	@Test
	void headingsGoFromTheCountryToSectionsToPillars() {
		List<String> civ = tags("CIV");
		assertThat(civ).filteredOn(tag -> tag.startsWith("H1")).containsExactly("H1: C\u00f4te d'Ivoire");
		assertThat(civ).contains("H2: Scores over three years beside the regional average", "H2: Indicators by pillar",
				"H3: 1 Prevention");
		assertThat(civ.indexOf("H2: Indicators by pillar")).isLessThan(civ.indexOf("H3: 1 Prevention"));
		assertThat(tags("summary")).filteredOn(tag -> tag.startsWith("H1")).containsExactly("H1: Cycle summary 2024");
	}

	@Test
	void tablesHaveAHeaderRowBeforeTheirDataRows() {
		List<String> civ = tags("CIV");
		assertThat(civ).contains("TH: Code", "TH: Indicator and treaty provision", "TD: PV.1");
		assertThat(civ.indexOf("TH: Code")).isLessThan(civ.indexOf("TD: PV.1"));
	}

	/**
	 * The structure tree in reading order, "Type: text" per element: a heading's or cell's text (read back by
	 * its actual marked content), a figure's alternative text.
	 */
	private static List<String> tags(String document) {
		try (PDDocument pdf = Loader.loadPDF(DOCUMENTS.get(document))) {
			List<String> tags = new ArrayList<>();
			walk(pdf.getDocumentCatalog().getStructureTreeRoot(), pdf, tags);
			return tags;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void walk(PDStructureNode node, PDDocument pdf, List<String> tags) throws IOException {
		for (Object kid : node.getKids()) {
			if (kid instanceof PDStructureElement element) {
				String type = element.getStructureType();
				if (type.equals("Figure")) {
					tags.add("Figure: " + element.getAlternateDescription());
				}
				else if (type.matches("H[1-6]|P|TH|TD")) {
					tags.add(type + ": " + MarkedText.of(element, pdf));
				}
				walk(element, pdf, tags);
			}
		}
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
