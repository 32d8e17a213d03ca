package org.scorecards.rendering;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import org.scorecards.language.Language;

/**
 * The Côte d'Ivoire card and the sample cycle's summary rendered in each language (without the focal point's
 * narrative, which is the government's own text) and read back as a reader would: PDFBox gives Arabic in
 * presentation forms, read here through NFKC. The PDFs are left in {@code target/languages/} to look at.
 */
class PdfLanguagesTest {

	private static final Map<Language, String> CARDS = new EnumMap<>(Language.class);

	private static final Map<Language, PdfText> CARD_PDFS = new EnumMap<>(Language.class);

	private static final Map<Language, String> SUMMARIES = new EnumMap<>(Language.class);

	@BeforeAll
	static void renderEveryLanguage() throws IOException {
		ScorecardPdf scorecards = new ScorecardPdf(Path.of("templates"));
		SummaryPdf summary = new SummaryPdf(Path.of("templates"));
		Path dir = Files.createDirectories(Path.of("target", "languages"));
		for (Language language : Language.values()) {
			PdfText card = PdfText.render(out -> scorecards.render(card(language), out));
			CARD_PDFS.put(language, card);
			CARDS.put(language, read(card));
			Files.write(dir.resolve("CIV-" + language.tag() + ".pdf"), card.bytes);
			PdfText cycle = PdfText.render(out -> summary.render(SampleReports.cycle(), language, false, out));
			SUMMARIES.put(language, read(cycle));
			Files.write(dir.resolve("summary-" + language.tag() + ".pdf"), cycle.bytes);
		}
	}

	/** The sample card in {@code language}, without the narrative. */
	static CountryReport card(Language language) {
		CountryReport r = SampleReports.in(language, SampleReports.coteDIvoire());
		return new CountryReport(r.country(), r.year(), r.score(), r.previous(), r.twoYearsBefore(), r.standing(),
				r.keyFigures(), r.findings(), r.intake(), Map.of(), r.sources(), r.methodology(), r.inputFingerprint(),
				r.generatedOn(), r.synthetic(), r.suppressionThreshold(), r.governmentComments(), r.submittedCopy(),
				r.errata());
	}

	@ParameterizedTest(name = "{0}")
	@EnumSource(names = { "FR", "AR", "ZH" })
	void aCardAndASummaryInAnotherLanguageHoldNoEnglishLabel(Language language) {
		Set<String> english = englishLabels(language);
		assertThat(english).hasSizeGreaterThan(150);
		assertThat(english).filteredOn(label -> CARDS.get(language).contains(label)).as("English labels on the card")
			.isEmpty();
		assertThat(english).filteredOn(label -> SUMMARIES.get(language).contains(label))
			.as("English labels in the summary")
			.isEmpty();
	}

	@Test
	void frenchWritesDecimalCommasAndFrenchDates() {
		assertThat(CARDS.get(Language.FR)).contains("72,4", "Rang 3 sur 14", "91,3 %", "21,4 pour 100 000",
				"0,183 USD", "établi le 14 mars 2025", "Tableau de conformité en matière de lutte contre la traite",
				"B \u2013 satisfait largement", "Évolution \u2191 en hausse +4,3 depuis 2023",
				// grouped with a narrow no-break space, read as a space
				"Protection 1 905 000")
			.doesNotContain("72.4");
		assertThat(SUMMARIES.get(Language.FR)).contains("Synthèse du cycle 2024", "8 pays dans le cycle : 6 classés");
	}

	@Test
	void anAdjudicationIsQuotedInTheCardsLanguage() throws IOException {
		org.scorecards.validation.RuleCatalogue catalogue = org.scorecards.validation.RuleCatalogue.bundled();
		CountryReport french = card(Language.FR);
		List<org.scorecards.validation.Finding> findings = new java.util.ArrayList<>(french.findings());
		findings.add(catalogue.finding("adjudication.applied", "CIV", "indicators.xlsx", "Indicators!C6", "Yes",
				Map.of("code", "PT.4", "submitted", "No", "reason", "le mécanisme fonctionne depuis mars",
						"source", "rapport du ministère", "by", "analyste@secretariat.example")));
		CountryReport adjudicated = AnnexFixtures.withFindings(french, findings);
		String text = read(PdfText.render(
				out -> new ScorecardPdf(Path.of("templates")).render(adjudicated, catalogue, false, out)));

		assertThat(text).contains("Décisions du secrétariat").contains("PT.4 est noté sur la base de Yes")
			.doesNotContain("is scored as");
	}

	@Test
	void arabicIsPrintedInFullWithLatinDigits() {
		assertThat(CARDS.get(Language.AR)).contains("بطاقة الامتثال لمكافحة الاتجار بالأشخاص", "الدرجة الإجمالية",
				"72.4", "المرتبة 3 من 14", "المؤشرات حسب الركيزة", "الضحايا المحدَّدون، حسب الجنس",
				"عن هذه البطاقة", "مارس 2025");
		assertThat(SUMMARIES.get(Language.AR)).contains("موجز الدورة 2024", "البلدان المصنَّفة حسب الفئة");
	}

	@Test
	void chineseIsPrintedInAnEmbeddedCjkFont() {
		assertThat(CARDS.get(Language.ZH)).contains("打击贩运人口合规记分卡", "72.4", normalise("第 3 名（共 14 个）"),
				"按支柱分列的指标", "生成于 2025年3月14日", normalise("第 1 页，共 4 页"));
		assertThat(CARD_PDFS.get(Language.ZH).fonts).isNotEmpty().allSatisfy(font -> {
			assertThat(font.isEmbedded()).as(font.getName()).isTrue();
			assertThat(font.getName()).contains("NotoSansCJKsc");
		});
		assertThat(SUMMARIES.get(Language.ZH)).contains("2024 年周期摘要");
	}

	@ParameterizedTest(name = "{0}")
	@EnumSource(names = { "ES", "RU" })
	void spanishAndRussianAreWordedToo(Language language) {
		assertThat(CARDS.get(language)).contains(language == Language.ES ? "Puntuación global" : "Общая оценка",
				"72,4");
	}

	/**
	 * The English labels a translation must not leave behind: each fixed part of every English entry (the text
	 * between placeholders, markup removed) of eight characters or more, unless the translation words the entry
	 * identically (proper names, "Protection" in French).
	 */
	private static Set<String> englishLabels(Language language) {
		Set<String> labels = new TreeSet<>();
		for (String bundle : new String[] { "report", "methodology" }) {
			Properties english = bundle(bundle, Language.EN);
			Properties translated = bundle(bundle, language);
			for (String key : english.stringPropertyNames()) {
				String text = english.getProperty(key);
				if (text.equals(translated.getProperty(key))) {
					continue;
				}
				// the algorithm's name is the same in every language
				for (String part : text.replaceAll("</?b>|SHA-256", "").split("\\{\\d}")) {
					String label = normalise(part);
					if (label.length() >= 8 && !label.matches("[\\p{P}\\p{S}\\d\\s]*")) {
						labels.add(label);
					}
				}
			}
		}
		return labels;
	}

	private static Properties bundle(String name, Language language) {
		try (var in = PdfLanguagesTest.class.getClassLoader()
			.getResourceAsStream("i18n/" + name + "_" + language.tag() + ".properties")) {
			Properties properties = new Properties();
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
			return properties;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The text as a reader gets it: presentation forms and narrow spaces folded (NFKC), lines joined. */
	private static String read(PdfText pdf) {
		return normalise(pdf.text());
	}

	private static String normalise(String text) {
		return PdfText.normalise(Normalizer.normalize(text, Normalizer.Form.NFKC).replace('\u202f', ' ')).strip();
	}
}
