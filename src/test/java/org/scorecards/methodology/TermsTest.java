package org.scorecards.methodology;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.scorecards.language.Language;

class TermsTest {

	@Test
	void everyNameOfTheBundledMethodologiesIsTranslatedInEveryLanguage() {
		List<String> untranslated = new ArrayList<>();
		for (String version : List.of("v1", "v2")) {
			Methodology methodology = MethodologyLoader.bundled(version);
			for (Language language : Language.values()) {
				if (language == Language.EN) {
					continue;
				}
				Terms terms = Terms.of(language);
				methodology.pillars().forEach(p -> check(untranslated, version, language, p.label(), terms.pillar(p)));
				methodology.indicators().forEach(i -> {
					check(untranslated, version, language, i.label(), terms.indicator(i));
					check(untranslated, version, language, i.unit(), terms.unit(i.unit()));
					check(untranslated, version, language, i.rationale(), terms.rationale(i));
					check(untranslated, version, language, i.caveat(), terms.caveat(i));
				});
				methodology.workbook().forEach(w -> check(untranslated, version, language, w.label(), terms.item(w)));
				methodology.bands().forEach(b -> check(untranslated, version, language, b.label(), terms.band(b)));
				methodology.caps().forEach(c -> check(untranslated, version, language, c.reason(), terms.capReason(c)));
				methodology.treaties().forEach((name, title) -> check(untranslated, version, language, title,
						terms.treaty(name, title)));
			}
		}
		assertThat(untranslated).isEmpty();
	}

	@Test
	void aRenamedIndicatorKeepsItsOwnLabelRatherThanAStaleTranslation() {
		Indicator bundled = MethodologyLoader.bundled("v2").indicator("PT.4").orElseThrow();
		Indicator b = bundled;
		Indicator renamed = new Indicator(b.code(), b.pillar(), "Referral to shelters within 24 hours", b.unit(),
				b.source(), b.measure(), b.input(), b.filter(), b.sum(), b.numerator(), b.denominator(),
				b.numeratorInput(), b.denominatorInput(), b.minBase(), b.worst(), b.best(), b.weight(), b.critical(),
				b.treaty(), b.rationale(), b.caveat());
		assertThat(Terms.of(Language.FR).indicator(bundled)).isEqualTo("Mécanisme national d'orientation opérationnel");
		assertThat(Terms.of(Language.FR).indicator(renamed)).isEqualTo("Referral to shelters within 24 hours");
	}

	/** Words that are the same in English and in one of the translations. */
	private static final java.util.Set<String> SAME_IN_TRANSLATION = java.util.Set.of("%", "Protection", "inspections");

	private static void check(List<String> untranslated, String version, Language language, String english,
			String translated) {
		if (english != null && !SAME_IN_TRANSLATION.contains(english) && english.equals(translated)) {
			untranslated.add(version + " " + language.tag() + ": " + english);
		}
	}
}
